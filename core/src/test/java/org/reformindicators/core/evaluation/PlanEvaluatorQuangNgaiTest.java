package org.reformindicators.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.plan.QuangNgaiPlan1256;
import org.reformindicators.core.progress.LinearProjectionCategory;
import org.reformindicators.core.progress.SdsnCategory;
import org.reformindicators.core.target.ClauseId;

/**
 * Acceptance: the Quảng Ngãi plan 1256/QĐ-UBND evaluated over the published ranks (each fixture row cites its source) (PAR INDEX 63rd
 * in 2020 and 39th in 2021; PAPI 62nd and 43rd; PCI 41st, 36th, 45th and 33rd in 2019–2022), each status
 * justified by hand below.
 */
class PlanEvaluatorQuangNgaiTest {

  private static final Plan PLAN = QuangNgaiPlan1256.plan();
  private static final ObservationSet PUBLISHED = Fixtures.set(Fixtures.publishedRanks());
  private static final PlanAssessment AS_OF_2021 =
      PlanEvaluator.defaults().evaluate(PLAN, PUBLISHED, CalendarYear.of(2021));
  private static final PlanAssessment AS_OF_2022 =
      PlanEvaluator.defaults().evaluate(PLAN, PUBLISHED, CalendarYear.of(2022));

  private static ClauseAssessment clause(PlanAssessment a, String id) {
    return a.clause(ClauseId.parse(id)).orElseThrow();
  }

  @Test
  void oneAssessmentPerClauseInPlanOrder() {
    assertEquals(38, AS_OF_2021.clauses().size());
    assertEquals(PLAN.clauseIds(), AS_OF_2021.clauses().stream().map(ClauseAssessment::clauseId).toList());
    assertFalse(AS_OF_2021.asOfFromData());
  }

  @Test
  void t1aParIndexRankGainPerYearIsOnTrackIn2021() {
    // Baseline 2020: 63 (plan reading RANK_BASELINE_2020). "+5–8 places a year" over 2020→2025 (5 years)
    // means rank 63 − 5 × 5 = 38 or better in 2025; the path requires 63 − 5 × 1 = 58 by 2021.
    // 2021: 39 → gained 24 places in one year. Not yet 38, so a method judges the trend; two ranks → the SDSN
    // linear ratio (a compound growth rate of a rank has no meaning): a = −(39 − 63)/1 = 24 places a year;
    // r = −(38 − 63)/5 = 5 places a year; R = 24/5 = 4.8 ≥ 1 → on track → ON_TRACK.
    ClauseAssessment t1a = clause(AS_OF_2021, "T1a");
    assertEquals(ProgressStatus.ON_TRACK, t1a.status());
    assertEquals(SdsnCategory.ON_TRACK, t1a.methodCategory().orElseThrow());
    assertEquals(4.8, t1a.methodResult().orElseThrow().ratio().getAsDouble(), 1e-9);
    assertEquals(38.0, t1a.targetValue().getAsDouble(), 1e-9);
    assertEquals(58.0, t1a.applicableTargetValue().getAsDouble(), 1e-9);
    assertEquals(-19.0, t1a.gap().getAsDouble(), 1e-9); // 19 places ahead of the path
    assertEquals(24.0, t1a.linearProgressPerYear().getAsDouble(), 1e-9); // places a year
    assertEquals(5.0, t1a.requiredLinearProgressPerYear().getAsDouble(), 1e-9);
    assertEquals(39.0, t1a.latestValue().getAsDouble(), 0.0);
    assertEquals(CalendarYear.of(2021), t1a.latestPeriod().orElseThrow());
    assertEquals(63, t1a.latestUniverse().getAsInt());
  }

  @Test
  void t1bParIndexRankBandIsOnTrackIn2021() {
    // Band 25–30 of 63 by 2025, met at its weaker end (30). Baseline: last result before the phase, 2020: 63.
    // SDSN linear ratio: a = 24 places a year; r = −(30 − 63)/5 = 6.6; R = 24/6.6 = 3.636364 → ON_TRACK.
    // Attainment (39 − 63)/(30 − 63) = 72.73 % of the way; 9 places still to gain.
    ClauseAssessment t1b = clause(AS_OF_2021, "T1b");
    assertEquals(ProgressStatus.ON_TRACK, t1b.status());
    assertEquals(3.636364, t1b.methodResult().orElseThrow().ratio().getAsDouble(), 1e-6);
    assertEquals(30.0, t1b.targetValue().getAsDouble(), 0.0);
    assertEquals(9.0, t1b.gap().getAsDouble(), 1e-9);
    assertEquals(72.7273, t1b.attainmentPercent().getAsDouble(), 1e-4);
    assertEquals("sdsn", t1b.methodResult().orElseThrow().methodId());
    assertTrue(t1b.explanation().en().contains("T1b: On track."), t1b.explanation().en());
    assertTrue(t1b.explanation().vi().contains("T1b: Đúng tiến độ."), t1b.explanation().vi());
    assertEquals(
        "readings of the plan applied: BAND_AT_WEAKER_END, RANK_UNIVERSE_RELATIVE_POSITION",
        t1b.rulesApplied().get(0).en());
    assertEquals(
        "default method for a rank: the SDSN linear ratio (fewer than 3 observations; a compound growth rate of a"
            + " rank has no meaning)",
        t1b.rulesApplied().get(1).en());
  }

  @Test
  void t1cAndT1dPapiAreOnTrackIn2021() {
    // PAPI 62 (2020) → 43 (2021). T1c: target rank 62 − 25 = 37; SDSN: a = 19 places a year;
    // r = (62 − 37)/5 = 5; R = 19/5 = 3.8 → ON_TRACK.
    ClauseAssessment t1c = clause(AS_OF_2021, "T1c");
    assertEquals(ProgressStatus.ON_TRACK, t1c.status());
    assertEquals(3.8, t1c.methodResult().orElseThrow().ratio().getAsDouble(), 1e-9);
    assertEquals(19.0, t1c.linearProgressPerYear().getAsDouble(), 1e-9);
    // T1d: 25–30 by 2025: r = (62 − 30)/5 = 6.4; R = 19/6.4 = 2.96875 → ON_TRACK.
    ClauseAssessment t1d = clause(AS_OF_2021, "T1d");
    assertEquals(ProgressStatus.ON_TRACK, t1d.status());
    assertEquals(2.96875, t1d.methodResult().orElseThrow().ratio().getAsDouble(), 1e-9);
  }

  @Test
  void t1ePciMilestoneIsNotAchieved() {
    // "PCI rank 20–30 of 63 in 2021": judged on the 2021 rank alone, 45 > 30 → NOT_ACHIEVED, in 2021 and later
    // (the better 33rd place of 2022 does not count for a milestone of 2021).
    for (PlanAssessment a : List.of(AS_OF_2021, AS_OF_2022)) {
      ClauseAssessment t1e = clause(a, "T1e");
      assertEquals(ProgressStatus.NOT_ACHIEVED, t1e.status());
      assertEquals(45.0, t1e.latestValue().getAsDouble(), 0.0);
      assertEquals(CalendarYear.of(2021), t1e.latestPeriod().orElseThrow());
      assertEquals(15.0, t1e.gap().getAsDouble(), 1e-9); // 45 vs 30
      assertTrue(t1e.methodResult().isEmpty());
    }
  }

  @Test
  void t1fPciIsOffTrackIn2021AndAtRiskIn2022() {
    // 2021: baseline 2020 = 36, 2021 = 45 (worse). SDSN: a = −(45 − 36)/1 = −9 places a year;
    // r = (36 − 20)/5 = 3.2; R = −9/3.2 = −2.8125 < 0 → decreasing → OFF_TRACK.
    ClauseAssessment in2021 = clause(AS_OF_2021, "T1f");
    assertEquals(ProgressStatus.OFF_TRACK, in2021.status());
    assertEquals(SdsnCategory.DECREASING, in2021.methodCategory().orElseThrow());
    assertEquals(-2.8125, in2021.methodResult().orElseThrow().ratio().getAsDouble(), 1e-9);
    // 2022: 36, 45, 33 at t = 0, 1, 2 → three points → linear projection (the default):
    // t̄ = 1, ȳ = 38, Sxy = (−1)(−2) + 0 + (1)(−5) = −3, Sxx = 2, slope −1.5 (1.5 places gained a year),
    // intercept 39.5, projection for 2025 (t = 5) = 39.5 − 7.5 = 32 > 20.
    // Residuals −3.5, 7, −3.5: s² = 73.5 / 1; se = √(73.5 × (1 + 1/3 + 4²/2)) = √686 = 26.1916;
    // t(0.975; 1) = 12.7062; interval 32 ± 332.80 = [−300.80, 364.80]: only its favourable end reaches 20
    // → WITHIN_INTERVAL → AT_RISK (improving, but far too slowly to reach 20th by 2025).
    // A rank lies within 1..63: the assessment reports the interval as [1, 63] and says so; the method's own
    // result keeps the raw formula's figures.
    ClauseAssessment in2022 = clause(AS_OF_2022, "T1f");
    assertEquals(ProgressStatus.AT_RISK, in2022.status());
    assertEquals(LinearProjectionCategory.WITHIN_INTERVAL, in2022.methodCategory().orElseThrow());
    assertEquals(32.0, in2022.projection().getAsDouble(), 1e-9);
    assertEquals(1.0, in2022.projectionLower().getAsDouble(), 0.0);
    assertEquals(63.0, in2022.projectionUpper().getAsDouble(), 0.0);
    assertEquals(-300.80, in2022.methodResult().orElseThrow().projectionLower().getAsDouble(), 0.01);
    assertEquals(364.80, in2022.methodResult().orElseThrow().projectionUpper().getAsDouble(), 0.01);
    assertTrue(
        in2022.rulesApplied().stream()
            .anyMatch(
                r -> r.en().equals(
                    "projection and interval limited to the indicator's natural range 1–63"
                        + " (the method's own figures: 32 [-300.8, 364.8])")),
        in2022.rulesApplied().toString());
    assertEquals(1.5, in2022.methodResult().orElseThrow().actualRate().getAsDouble(), 1e-9);
  }

  @Test
  void beforeThePhaseTheBaselineAloneCannotBeJudged() {
    // As of 2020 the last result before the phase (2020) is the baseline itself: no value after it, so no rate
    // → NOT_ASSESSABLE with the method's reason; PCI 2019 (41) lies before the baseline and is not used.
    PlanAssessment asOf2020 = PlanEvaluator.defaults().evaluate(PLAN, PUBLISHED, CalendarYear.of(2020));
    for (String id : List.of("T1a", "T1b", "T1f")) {
      ClauseAssessment c = clause(asOf2020, id);
      assertEquals(ProgressStatus.NOT_ASSESSABLE, c.status(), id);
      assertEquals("no observation after the base period", c.reason().orElseThrow().en(), id);
    }
    // T1e (20–30 in 2021) as of 2020: 36 does not meet 30 yet and there is no trend from the 2020 baseline.
    assertEquals(ProgressStatus.NOT_ASSESSABLE, clause(asOf2020, "T1e").status());
  }

  @Test
  void clausesWithoutDataAreNotAssessableWithAReasonAndQualitativeOnesManual() {
    ClauseAssessment t5 = clause(AS_OF_2021, "T5");
    assertEquals(ProgressStatus.NOT_ASSESSABLE, t5.status());
    assertEquals(
        "no value of QNG_DOSSIERS_TRANSFERRED_ELECTRONICALLY for unit 51 up to the end of 2021",
        t5.reason().orElseThrow().en());
    assertEquals(ProgressStatus.MANUAL, clause(AS_OF_2021, "T2b").status());
    assertEquals(ProgressStatus.MANUAL, clause(AS_OF_2021, "T13a").status());
    ClauseAssessment t12a = clause(AS_OF_2021, "T12a");
    assertEquals(ProgressStatus.NOT_ASSESSABLE, t12a.status());
    assertTrue(
        t12a.reason().orElseThrow().en().contains("external norm CENTRAL_STAFF_REDUCTION_RATIO"),
        t12a.reason().orElseThrow().en());
  }

  @Test
  void statusCountsAsOf2021() {
    // T1a–T1d on track, T1e not achieved, T1f off track, T2b and T13a manual, the other 30 have no data.
    assertEquals(4, AS_OF_2021.statusCounts().get(ProgressStatus.ON_TRACK));
    assertEquals(1, AS_OF_2021.statusCounts().get(ProgressStatus.NOT_ACHIEVED));
    assertEquals(1, AS_OF_2021.statusCounts().get(ProgressStatus.OFF_TRACK));
    assertEquals(2, AS_OF_2021.statusCounts().get(ProgressStatus.MANUAL));
    assertEquals(30, AS_OF_2021.statusCounts().get(ProgressStatus.NOT_ASSESSABLE));
  }

  @Test
  void withoutAsOfTheLatestPeriodInTheDataIsUsed() {
    PlanAssessment a = PlanEvaluator.defaults().evaluate(PLAN, PUBLISHED);
    assertEquals(CalendarYear.of(2022), a.asOf());
    assertTrue(a.asOfFromData());
    assertEquals(AS_OF_2022.clauses(), a.clauses());
  }
}
