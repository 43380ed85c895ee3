package org.reformindicators.io.golden;

import org.reformindicators.core.composite.ComponentCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reformindicators.core.observation.ObservationStatus;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.area.UnitRegistry;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.evaluation.ClauseAssessment;
import org.reformindicators.core.evaluation.PlanAssessment;
import org.reformindicators.core.evaluation.ProgressStatus;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.target.ClauseId;
import org.reformindicators.io.DocumentFormat;
import java.nio.file.Files;
import org.reformindicators.core.composite.MissingDataPolicy;
import org.reformindicators.core.composite.ranking.BandScheme;
import org.reformindicators.core.composite.scoring.StepTable;
import org.reformindicators.core.indicator.IndicatorCatalogue;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.target.ChangePerYear;
import org.reformindicators.core.target.RankBand;
import org.reformindicators.core.target.Recurring;
import org.reformindicators.core.observation.Observation;
import java.util.List;
import java.util.Optional;
import org.reformindicators.io.ModuleTestBase;
import org.reformindicators.io.composite.CompositeResultDocument;
import org.reformindicators.io.csv.ObservationCsvReader;

/**
 * The golden files of format version 1 keep reading to the same values, whatever later versions add. Never
 * edit a file under {@code golden/v1}; a new format version gets its own directory ({@link GoldenFilesV2Test}).
 */
class GoldenFilesTest extends ModuleTestBase {

  static final Path V1 = Path.of("src", "test", "resources", "golden", "v1");
  static final Path V2 = Path.of("src", "test", "resources", "golden", "v2");

  @Test
  void indicatorCatalogue() throws Exception {
    assertEquals(GoldenFixtures.catalogue(), IO.read(V1.resolve("indicator-catalogue.json"), IndicatorCatalogue.class));
  }

  @Test
  void unitRegistry() throws Exception {
    UnitRegistry registry = IO.readUnitRegistry(V1.resolve("unit-registry.yaml"));
    assertEquals(GoldenFixtures.registry(), registry);
    assertEquals(2, registry.versionsOf(UnitCode.of("51")).size());
  }

  @Test
  void observationsAsJsonAndCsv() throws Exception {
    ObservationSet expected = GoldenFixtures.observations();
    assertEquals(expected.observations(), IO.read(V1.resolve("observations.json"), ObservationSet.class).observations());
    // the CSV has no source column
    List<Observation> withoutSource =
        expected.observations().stream().map(o -> Observation.builder().from(o).source(Optional.empty()).build()).toList();
    assertEquals(withoutSource, ObservationCsvReader.create().read(V1.resolve("observations.csv")).observations());
    assertEquals(withoutSource, IO.readObservations(V1.resolve("observations.csv")).observations());
  }

  @Test
  void planOfQuangNgai() throws Exception {
    Plan plan = IO.readPlan(V1.resolve("plan.json"));
    assertEquals("quang-ngai-1256-2021", plan.id());
    assertEquals(38, plan.targets().size());
    assertEquals("T1a", plan.targets().get(0).clauseId().toString());
    assertEquals("T14d", plan.targets().get(37).clauseId().toString());
    // Decision 1256/QĐ-UBND: T1b "PAR INDEX rank 25–30 of 63 provinces by 2025"
    assertEquals(RankBand.of(25, 30, 63), plan.target(ClauseId.parse("T1b")).orElseThrow().kind());
    // Decision 1256/QĐ-UBND, T7a: +20 percentage points a year from the 2021 value, capped at 100
    ChangePerYear t7a = (ChangePerYear) ((Recurring) plan.target(ClauseId.parse("T7a")).orElseThrow().kind()).each();
    assertEquals(20.0, t7a.minChangePerYear());
    assertEquals(100.0, t7a.ceiling().getAsDouble());
    assertEquals(UnitCode.of("51"), plan.unitCode());
  }

  @Test
  void planAssessment() throws Exception {
    Path file = V1.resolve("plan-assessment.json");
    PlanAssessment assessment = IO.readAssessment(file);
    assertEquals(CalendarYear.of(2021), assessment.asOf());
    assertEquals(38, assessment.clauses().size());
    assertEquals("eurostat", assessment.settings().planMethod().orElseThrow().id());
    assertEquals("open-sdg", assessment.settings().chosenMethod(ClauseId.parse("T5")).orElseThrow().id());
    // T1a as assessed: PAR INDEX rank 55 of 63 in 2021 against 63 in 2020
    ClauseAssessment t1a = assessment.clause(ClauseId.parse("T1a")).orElseThrow();
    assertEquals(55.0, t1a.latestValue().getAsDouble());
    assertEquals(63.0, t1a.baselineValue().getAsDouble());
    assertEquals(ProgressStatus.ON_TRACK, t1a.status());
    // version 1 has no typed result: the text is held as written, the status up to a lapse is only in the text
    assertTrue(t1a.cause().isEmpty() && t1a.requirement().isEmpty() && t1a.rules().isEmpty());
    assertEquals(ObservationStatus.NORMAL_VALUE, t1a.latestStatus().orElseThrow());
    assertEquals(8.0, t1a.linearProgressPerYear().getAsDouble()); // actualAnnualRate
    assertEquals(5.0, t1a.requiredLinearProgressPerYear().getAsDouble()); // requiredAnnualRate
    assertTrue(t1a.explanation().en().startsWith("T1a: On track. Value 55 (2021)"), t1a.explanation().en());
    assertEquals("method eurostat chosen by the caller", t1a.rulesApplied().get(1).en());
    // written again it becomes version 2 and reads back equal, held text and all
    String v2 = IO.writeString(assessment, DocumentFormat.JSON);
    assertTrue(v2.startsWith("{\n  \"formatVersion\" : 2,"), v2.substring(0, 40));
    assertEquals(assessment, IO.readString(v2, DocumentFormat.JSON, PlanAssessment.class));
  }

  @Test
  void compositeResult() throws Exception {
    Path file = V1.resolve("composite-result.json");
    CompositeResultDocument result = IO.read(file, CompositeResultDocument.class);
    assertEquals("pci", result.methodology());
    // unit 51 holds the PCI 2019 sub-indices of Quảng Ngãi (Decision 2948/QĐ-BNV, Ministry of Home Affairs): 64.315 published as 64.32;
    // units 48 and 01 are made-up rows of the fixture
    assertEquals(new BigDecimal("64.32"), result.units().get(0).scores().get(ComponentCode.of("PCI")));
    assertEquals(new BigDecimal("5.90"), result.units().get(0).scores().get(ComponentCode.of("PCI_PROACTIVITY")));
    assertEquals(2.0, result.units().get(0).rank().getAsDouble());
    assertEquals(3, result.intervals().size());
    assertEquals(java.util.Optional.empty(), result.units().get(0).rankingScore());
    assertEquals(java.util.Optional.empty(), result.uncertainty());
    // a version 1 file is written back as version 2: the same content, whole ranks as integers
    String written = IO.writeString(result, DocumentFormat.JSON);
    assertEquals(Files.readString(file).replace("\"formatVersion\" : 1", "\"formatVersion\" : 2")
        .replaceAll("(\"(?:rank|medianRank|lowerRank|upperRank)\" : )(\\d+)\\.0", "$1$2"), written);
  }

  @Test
  void compositeResultOfVersion2() throws Exception {
    Path file = V2.resolve("composite-result.json");
    CompositeResultDocument result = IO.read(file, CompositeResultDocument.class);
    assertEquals(new BigDecimal("64.32"), result.units().get(0).rankingScore().orElseThrow());
    assertEquals(2.0, result.units().get(0).rank().getAsDouble());
    assertEquals(1000, result.uncertainty().orElseThrow().draws());
    assertEquals(java.util.Map.of(1, 0.25), result.uncertainty().orElseThrow().weightNoise());
    assertEquals(1, result.warnings().size());
    assertEquals(Files.readString(file), IO.writeString(result, DocumentFormat.JSON));
  }

  @Test
  void methodology() throws Exception {
    CompositeIndex demo = IO.readMethodology(V1.resolve("demo-index.yaml"));
    assertEquals("demo-index", demo.id());
    assertEquals(2024, demo.lastYear().getAsInt());
    assertEquals(MissingDataPolicy.minimumCoverage(0.5), demo.missingData());
    assertEquals("Khá", ((BandScheme) demo.grouping().orElseThrow()).labelOf(new BigDecimal("70")));
    StepTable delays = (StepTable) demo.node(ComponentCode.of("DEMO_DELAYS")).orElseThrow().scoring().orElseThrow();
    assertEquals(new BigDecimal("5.50"), delays.points(new BigDecimal("0.5")));
    assertEquals(6, demo.root().nodes().size() - 1);
  }
}
