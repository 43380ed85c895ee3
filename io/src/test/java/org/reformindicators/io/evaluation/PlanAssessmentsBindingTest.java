package org.reformindicators.io.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.evaluation.AssessmentRenderer;
import org.reformindicators.core.evaluation.Rule;
import org.reformindicators.core.target.BilingualText;
import org.reformindicators.core.area.AdministrativeLevel;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.area.VietnamUnits;
import org.reformindicators.core.evaluation.EvaluationSettings;
import org.reformindicators.core.evaluation.PlanAssessments;
import org.reformindicators.core.evaluation.PlanEvaluator;
import org.reformindicators.core.evaluation.ProgressStatus;
import org.reformindicators.core.evaluation.UnitAssessment;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.plan.QuangNgaiPlan1256;
import org.reformindicators.core.evaluation.ClauseAssessment;
import org.reformindicators.core.evaluation.PlanAssessment;
import org.reformindicators.core.target.ClauseId;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.problem.ReadException;

/** The {@code plan-assessments} document: streamed and in-memory writing agree, round trips, golden file v1. */
public class PlanAssessmentsBindingTest {

  private static final ReformIndicatorsIo IO = ReformIndicatorsIo.create();
  private static final Plan PLAN = QuangNgaiPlan1256.plan();
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "v1", "plan-assessments.json");

  /** Generated commune codes (no commune list is bundled or invented) and Quảng Ngãi before its merger. */
  static List<AdministrativeUnit> units() {
    List<AdministrativeUnit> units = new ArrayList<>();
    units.add(VietnamUnits.registry().find(UnitCode.of("51"), LocalDate.of(2022, 12, 31)).orElseThrow());
    units.add(AdministrativeUnit.builder().code(UnitCode.of("00001")).nameVi("Xã 00001").level(AdministrativeLevel.COMMUNE).build());
    units.add(AdministrativeUnit.builder()
        .code(UnitCode.of("00002"))
        .nameVi("Xã 00002")
        .level(AdministrativeLevel.COMMUNE)
        .validUntil(LocalDate.of(2025, 6, 30))
        .build());
    return units;
  }

  /** The observations of the binding tests, copied to every unit, the copies shifted so that units differ. */
  static ObservationSet observations(List<AdministrativeUnit> units) {
    List<Observation> list = new ArrayList<>();
    int shift = 0;
    for (AdministrativeUnit unit : units) {
      for (Observation o : AssessmentBindingTest.observations().observations()) {
        double value = o.value().getAsDouble();
        double moved = o.universe().isPresent() ? Math.max(1, value - shift) : Math.min(100, value + shift);
        list.add(Observation.builder().from(o).unit(unit.code()).value(moved).build());
      }
      shift += 5;
    }
    return ObservationSet.of(list);
  }

  public static PlanAssessments assessments() {
    List<AdministrativeUnit> units = units();
    return PlanEvaluator.defaults().evaluateEach(PLAN, units, observations(units), CalendarYear.of(2022));
  }

  @Test
  void streamedDocumentIsTheInMemoryDocumentByteForByte() throws IOException {
    PlanAssessments all = assessments();
    for (DocumentFormat format : DocumentFormat.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (PlanAssessmentsWriter w =
          PlanAssessmentsWriter.open(out, format, PLAN, all.asOf(), EvaluationSettings.defaults())) {
        List<AdministrativeUnit> units = units();
        PlanEvaluator.defaults().evaluateEach(PLAN, units, observations(units), all.asOf(), w.asConsumer());
      }
      assertEquals(IO.writeString(all, format), out.toString(StandardCharsets.UTF_8), format.toString());
    }
  }

  @Test
  void roundTripsAsJsonAndYaml() throws ReadException {
    PlanAssessments all = assessments();
    for (DocumentFormat format : DocumentFormat.values()) {
      PlanAssessments read = IO.readString(IO.writeString(all, format), format, PlanAssessments.class);
      assertEquals(all, read, format.toString());
    }
  }

  @Test
  void eachUnitIsNamedWithItsValidityAndItsClausesByIdOnly() {
    String json = IO.writeString(assessments(), DocumentFormat.JSON);
    assertTrue(json.contains("\"kind\" : \"plan-assessments\""), json.substring(0, 200));
    assertTrue(json.contains("\"validUntil\" : \"2025-06-30\""));
    // the plan is written once: its 38 targets, not 38 per unit
    assertEquals(38, json.split("\"sourceText\"", -1).length - 1);
  }

  @Test
  void goldenFileOfFormatVersion1ReadsAsWrittenAndWritesAsVersion2() throws IOException {
    PlanAssessments golden = IO.read(GOLDEN, PlanAssessments.class);
    assertEquals(CalendarYear.of(2022), golden.asOf());
    assertEquals(List.of("51", "00001", "00002"), golden.units().stream().map(u -> u.unitCode().value()).toList());
    UnitAssessment qng = golden.unit(UnitCode.of("51")).orElseThrow();
    assertEquals(LocalDate.of(2025, 6, 30), qng.unit().validUntil().orElseThrow());
    assertEquals(LocalDate.of(2025, 6, 30), qng.assessment().settings().planUnitLastDay().orElseThrow());
    // T1a: PAR INDEX rank 48 of 63 in 2022 against 63 in 2020
    assertEquals(48.0, qng.assessment().clause(ClauseId.parse("T1a")).orElseThrow().latestValue().getAsDouble());
    assertEquals(ProgressStatus.ON_TRACK, qng.assessment().clause(ClauseId.parse("T1a")).orElseThrow().status());
    // version 1 holds text, not the typed result: the figures and statuses equal the engine's
    PlanAssessments engine = assessments();
    for (UnitAssessment unit : golden.units()) {
      PlanAssessment made = engine.unit(unit.unitCode()).orElseThrow().assessment();
      for (ClauseAssessment read : unit.assessment().clauses()) {
        ClauseAssessment expected = made.clause(read.clauseId()).orElseThrow();
        assertEquals(expected.status(), read.status(), read.clauseId().toString());
        assertEquals(expected.latestValue(), read.latestValue(), read.clauseId().toString());
        if (expected.outlook().isPresent()) {
          // version 1 was written before a target met early reported its outlook, with the rules of its method
          // (issue 15): the figures and the status are compared above
          continue;
        }
        assertEquals(expected.explanation(), read.explanation(), read.clauseId().toString());
        // nor did it name the observations a trend used
        List<BilingualText> rules = expected.rules().stream()
            .filter(r -> !(r instanceof Rule.TrendObservations)).map(AssessmentRenderer::rule).toList();
        assertEquals(rules, read.rulesApplied(), read.clauseId().toString());
      }
    }
    // written again it becomes version 2 and reads back equal
    String v2 = IO.writeString(golden, DocumentFormat.JSON);
    assertTrue(v2.startsWith("{\n  \"formatVersion\" : 2,"), v2.substring(0, 40));
    assertEquals(golden, IO.readString(v2, DocumentFormat.JSON, PlanAssessments.class));
  }

  @Test
  void aUnitCodeThatCannotBeAPlanUnitIsReportedWithItsField() {
    String json = IO.writeString(assessments(), DocumentFormat.JSON).replace("\"code\" : \"00001\"", "\"code\" : \"AB1\"");
    ReadException e =
        assertThrows(ReadException.class, () -> IO.readString(json, DocumentFormat.JSON, PlanAssessments.class));
    assertTrue(e.getMessage().contains("AB1"), e.getMessage());
  }
}
