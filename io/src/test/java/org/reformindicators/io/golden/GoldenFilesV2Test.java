package org.reformindicators.io.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.target.BaselineRule;
import org.reformindicators.core.target.BaselineChoice;
import org.reformindicators.core.target.Baseline;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.indicator.MeasureKind;
import java.util.Optional;
import org.reformindicators.core.evaluation.BaselineSource;
import org.reformindicators.core.evaluation.ClauseAssessment;
import org.reformindicators.core.evaluation.PlanAssessment;
import org.reformindicators.core.evaluation.PlanAssessments;
import org.reformindicators.core.evaluation.Reason;
import org.reformindicators.core.evaluation.Rule;
import org.reformindicators.core.observation.ObservationStatus;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.progress.RateKind;
import org.reformindicators.core.target.ClauseId;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ModuleTestBase;
import org.reformindicators.io.evaluation.AssessmentBindingTest;
import org.reformindicators.io.evaluation.PlanAssessmentsBindingTest;

/**
 * The golden files of format version 2 keep reading to the same values, whatever later versions add: the typed
 * result of every clause, equal to the engine's. Never edit a file under {@code golden/v2}; a new format version
 * gets its own directory.
 */
class GoldenFilesV2Test extends ModuleTestBase {

  static final Path V2 = Path.of("src", "test", "resources", "golden", "v2");

  @Test
  void planAssessment() throws Exception {
    Path file = V2.resolve("plan-assessment.json");
    PlanAssessment assessment = IO.readAssessment(file);
    assertEquals(CalendarYear.of(2021), assessment.asOf());
    assertEquals(AssessmentBindingTest.assessments().get(4), assessment);
    ClauseAssessment t1a = assessment.clause(ClauseId.parse("T1a")).orElseThrow();
    // T1a: PAR INDEX rank 55 of 63 in 2021 from 63 in 2020, 8 places a year where 5 are required
    assertEquals(BaselineSource.BASELINE_PERIOD, t1a.baselineSource().orElseThrow());
    assertEquals(ObservationStatus.NORMAL_VALUE, t1a.latestStatus().orElseThrow());
    assertEquals(8.0, t1a.linearProgressPerYear().getAsDouble());
    assertEquals(5.0, t1a.requiredLinearProgressPerYear().getAsDouble());
    // eurostat was asked for, but a compound rate of ranks has no meaning: the rank keeps its default (issue 15)
    assertEquals(RateKind.LINEAR, t1a.methodResult().orElseThrow().rateKind());
    assertEquals(new Rule.MethodDoesNotFit("eurostat", RateKind.COMPOUND, MeasureKind.RANK), t1a.rules().get(1));
    assertTrue(t1a.explanation().en().startsWith("T1a: On track. Value 55 (2021)"), t1a.explanation().en());
    ClauseAssessment t3 = assessment.clause(ClauseId.parse("T3")).orElseThrow();
    assertTrue(t3.cause().orElseThrow() instanceof Reason.PeriodsNotAssessable, t3.cause().toString());
    // writing what was read gives the file back, byte for byte
    assertEquals(Files.readString(file), IO.writeString(assessment, DocumentFormat.JSON));
  }

  @Test
  void plan() throws Exception {
    Path file = V2.resolve("plan.json");
    Plan plan = IO.readPlan(file);
    assertEquals(38, plan.targets().size());
    // the targets of golden/v1/plan.json, three of them with a baseline fixed (format version 2)
    Plan v1 = IO.readPlan(GoldenFilesTest.V1.resolve("plan.json"));
    assertEquals(v1.clauseIds(), plan.clauseIds());
    assertEquals(Optional.of(BaselineChoice.stated(Baseline.of(CalendarYear.of(2020), 40))),
        plan.target(ClauseId.parse("T5")).orElseThrow().baselineChoice());
    assertEquals(Optional.of(BaselineChoice.byRule(BaselineRule.LAST_BEFORE_PHASE)),
        plan.target(ClauseId.parse("T1f")).orElseThrow().baselineChoice());
    assertEquals(Optional.of(BaselineChoice.stated(Baseline.of(CalendarYear.of(2021)))),
        plan.target(ClauseId.parse("T8b")).orElseThrow().baselineChoice());
    assertEquals(Optional.empty(), plan.target(ClauseId.parse("T1b")).orElseThrow().baselineChoice());
    assertTrue(Files.readString(file).startsWith("{\n  \"formatVersion\" : 2,\n  \"kind\" : \"plan\""));
    assertEquals(Files.readString(file), IO.writeString(plan, DocumentFormat.JSON));
  }

  /** Version 2 of the catalogue adds open breakdown dimensions, {@code {"key": "AGENCY", "open": true}} (issue 18). */
  @Test
  void indicatorCatalogueWithOpenDimensions() throws Exception {
    Path file = V2.resolve("indicator-catalogue.json");
    org.reformindicators.core.indicator.IndicatorCatalogue read =
        IO.read(file, org.reformindicators.core.indicator.IndicatorCatalogue.class);
    assertEquals(GoldenFixtures.catalogueV2(), read);
    org.reformindicators.core.indicator.Indicator dossiers =
        read.find(org.reformindicators.core.indicator.IndicatorCode.of("QNG_DOSSIERS_ONLINE_LEVEL_3_4")).orElseThrow();
    assertTrue(dossiers.breakdown("AGENCY").orElseThrow().open());
    assertTrue(dossiers.breakdown("PROCEDURE").orElseThrow().allows("1.001234"));
    assertEquals(Files.readString(file), IO.writeString(read, DocumentFormat.JSON));
  }

  @Test
  void planAssessments() throws Exception {
    Path file = V2.resolve("plan-assessments.json");
    PlanAssessments read = IO.read(file, PlanAssessments.class);
    assertEquals(PlanAssessmentsBindingTest.assessments(), read);
    assertEquals(Files.readString(file), IO.writeString(read, DocumentFormat.JSON));
  }

  /**
   * Version 2 of the observations adds a bound. From PCI 2023, VCCI publishes scores and ranks only for the 30 best
   * provinces (pcivietnam.vn), so a rank outside them is the bound 31–63 of 63; the file holds it as test data.
   */
  @Test
  void observationsWithABound() throws Exception {
    Path file = V2.resolve("observations.json");
    org.reformindicators.core.observation.ObservationSet read =
        IO.read(file, org.reformindicators.core.observation.ObservationSet.class);
    assertEquals(2, read.size());
    org.reformindicators.core.observation.Observation bounded = read.boundedObservations().get(0);
    assertEquals(org.reformindicators.core.observation.Bound.ofClosed(31, 63), bounded.bound().orElseThrow());
    assertTrue(bounded.value().isEmpty());
    assertEquals("31–63 of 63", bounded.valueText());
    assertEquals(Files.readString(file), IO.writeString(read, DocumentFormat.JSON));
  }
}
