package org.reformindicators.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.Direction;
import org.reformindicators.core.indicator.Indicator;
import org.reformindicators.core.indicator.IndicatorCatalogue;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.indicator.Measure;
import org.reformindicators.core.indicator.MeasureKind;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.Phase;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.progress.EurostatMethod;
import org.reformindicators.core.progress.LinearProjectionMethod;
import org.reformindicators.core.progress.OpenSdgMethod;
import org.reformindicators.core.progress.ProgressResult;
import org.reformindicators.core.progress.RateKind;
import org.reformindicators.core.target.Baseline;
import org.reformindicators.core.target.BaselineChoice;
import org.reformindicators.core.target.BaselineRule;
import org.reformindicators.core.target.BilingualText;
import org.reformindicators.core.target.ClauseId;
import org.reformindicators.core.target.Completion;
import org.reformindicators.core.target.Qualitative;
import org.reformindicators.core.target.RankBand;
import org.reformindicators.core.target.RankUniverseRule;
import org.reformindicators.core.target.ReductionFromBaseline;
import org.reformindicators.core.target.Target;
import org.reformindicators.core.target.TargetKind;
import org.reformindicators.core.target.Threshold;

/**
 * Issue 15 through the library: explicit baselines, the fit of a chosen method, the outlook of a target met early
 * and the warning for rows of other units. Figures are worked by hand in the comments.
 */
class BaselineOutlookAndFitTest {

  private static final UnitCode UNIT = UnitCode.of("51");
  private static final IndicatorCode SHARE = IndicatorCode.of("QNG_SHARE");
  private static final IndicatorCode RANK = IndicatorCode.of("PCI_RANK");
  private static final IndicatorCatalogue CATALOGUE =
      IndicatorCatalogue.of(
          indicator(SHARE, Measure.percentage(), Direction.HIGHER_IS_BETTER),
          indicator(RANK, Measure.rank(), Direction.LOWER_IS_BETTER));

  private static Indicator indicator(IndicatorCode code, Measure measure, Direction direction) {
    return Indicator.builder()
        .code(code)
        .nameVi("Chỉ tiêu " + code)
        .nameEn("Indicator " + code)
        .measure(measure)
        .direction(direction)
        .decimals(2)
        .publisher("UBND tỉnh Quảng Ngãi")
        .build();
  }

  private static Target.Builder target(IndicatorCode code, TargetKind kind) {
    return Target.builder(ClauseId.parse("T1"))
        .indicatorCode(code)
        .kind(kind)
        .deadline(CalendarYear.of(2025))
        .sourceText("Nguyên văn T1")
        .englishRendering("Clause T1");
  }

  private static Plan plan(Target target) {
    return Plan.builder()
        .id("baseline-test")
        .title("Kế hoạch thử", "Test plan")
        .legalReference("1/QĐ-UBND", LocalDate.of(2021, 1, 4), BilingualText.of("UBND", "People's Committee"))
        .unitCode(UNIT)
        .phase(Phase.of(2021, 2025))
        .catalogue(CATALOGUE)
        .rankUniverseRule(RankUniverseRule.SAME_UNIVERSE_ONLY)
        .addTargets(target)
        .build();
  }

  private static ObservationSet series(IndicatorCode code, int firstYear, double... values) {
    List<Observation> out = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      out.add(Observation.of(code, UNIT, CalendarYear.of(firstYear + i), values[i]));
    }
    return ObservationSet.of(out);
  }

  private static ClauseAssessment evaluate(PlanEvaluator engine, Target target, ObservationSet data) {
    return engine.evaluate(plan(target), data, CalendarYear.of(2024)).clauses().get(0);
  }

  private static final PlanEvaluator EUROSTAT =
      PlanEvaluator.of(EvaluationSettings.builder().planMethod(EurostatMethod.defaults()).build());

  // ------------------------------------------------------------------ 1. explicit baselines

  /** 2021–2024 = 50, 55, 58, 62, target ≥ 75 by 2025, judged by Eurostat as of 2024. */
  private static final ObservationSet FROM_2021 = series(SHARE, 2021, 50, 55, 58, 62);

  /** The same with a 2020 row of 40 added. */
  private static final ObservationSet FROM_2020 = series(SHARE, 2020, 40, 50, 55, 58, 62);

  @Test
  void anEarlierRowMovesTheDefaultBaselineButNotAStatedOne() {
    Target byDefault = target(SHARE, Threshold.atLeast(75)).build();
    // no baseline stated, 2021–2024: the first observation, 2021 = 50, is the baseline
    // actual (62/50)^(1/3) − 1 = 0.074337, required (75/50)^(1/4) − 1 = 0.106682, ratio 0.696810
    ClauseAssessment before = evaluate(EUROSTAT, byDefault, FROM_2021);
    assertEquals(BaselineSource.FIRST_OBSERVATION, before.baselineSource().orElseThrow());
    double ratioBefore = before.methodResult().orElseThrow().ratio().getAsDouble();
    assertEquals(
        (Math.pow(62.0 / 50, 1.0 / 3) - 1) / (Math.pow(75.0 / 50, 1.0 / 4) - 1), ratioBefore, 1e-12);
    assertEquals(0.696810, ratioBefore, 1e-6);
    // the 2020 row moves it silently to 2020 = 40 (last before the phase):
    // actual (62/40)^(1/4) − 1 = 0.115791, required (75/40)^(1/5) − 1 = 0.133967, ratio 0.864329
    ClauseAssessment after = evaluate(EUROSTAT, byDefault, FROM_2020);
    assertEquals(BaselineSource.LAST_BEFORE_PHASE, after.baselineSource().orElseThrow());
    assertEquals(
        (Math.pow(62.0 / 40, 1.0 / 4) - 1) / (Math.pow(75.0 / 40, 1.0 / 5) - 1),
        after.methodResult().orElseThrow().ratio().getAsDouble(), 1e-12);

    // stated {2021, 50}: the ratio is 0.696810 with or without the 2020 row
    Target stated = target(SHARE, Threshold.atLeast(75)).baselineChoice(BaselineChoice.stated(
        Baseline.of(CalendarYear.of(2021), 50))).build();
    for (ObservationSet data : List.of(FROM_2021, FROM_2020)) {
      ClauseAssessment a = evaluate(EUROSTAT, stated, data);
      assertEquals(BaselineSource.STATED, a.baselineSource().orElseThrow());
      assertEquals(CalendarYear.of(2021), a.baselinePeriod().orElseThrow());
      assertEquals(50.0, a.baselineValue().getAsDouble());
      assertEquals(ratioBefore, a.methodResult().orElseThrow().ratio().getAsDouble(), 1e-15);
      // the trend uses 2021–2024, from the stated baseline on, whatever precedes it
      assertTrue(a.rules().contains(new Rule.TrendObservations(Rule.TrendSpan.FROM_BASELINE, CalendarYear.of(2021), 4)),
          a.rules().toString());
      assertFalse(a.rules().stream().anyMatch(r -> r instanceof Rule.FirstObservationAsBaseline));
    }
    // a period without a value takes the observation of that period: 2021 = 50, the same ratio
    Target period = target(SHARE, Threshold.atLeast(75)).baselineChoice(BaselineChoice.stated(
        Baseline.of(CalendarYear.of(2021)))).build();
    ClauseAssessment observed = evaluate(EUROSTAT, period, FROM_2020);
    assertEquals(BaselineSource.BASELINE_PERIOD, observed.baselineSource().orElseThrow());
    assertEquals(ratioBefore, observed.methodResult().orElseThrow().ratio().getAsDouble(), 1e-15);
  }

  @Test
  void aRuleChoosesTheBaselineAndSaysWhich() {
    Target first = target(SHARE, Threshold.atLeast(75)).baselineChoice(BaselineChoice.byRule(
        BaselineRule.FIRST_OBSERVATION)).build();
    // the first observation even with a 2020 row: 2020 = 40, trend over all five
    ClauseAssessment a = evaluate(EUROSTAT, first, FROM_2020);
    assertEquals(BaselineSource.FIRST_OBSERVATION, a.baselineSource().orElseThrow());
    assertEquals(40.0, a.baselineValue().getAsDouble());
    assertTrue(a.rules().contains(new Rule.BaselineByRule(BaselineRule.FIRST_OBSERVATION, CalendarYear.of(2020))));
    assertTrue(a.rules().contains(new Rule.TrendObservations(Rule.TrendSpan.ALL, CalendarYear.of(2020), 5)));
    assertTrue(a.rulesApplied().stream().anyMatch(t -> t.en().equals(
        "the plan takes the first observation (2020) as the baseline")), a.rulesApplied().toString());

    Target last = target(SHARE, Threshold.atLeast(75)).baselineChoice(BaselineChoice.byRule(
        BaselineRule.LAST_BEFORE_PHASE)).build();
    ClauseAssessment b = evaluate(EUROSTAT, last, FROM_2020);
    assertEquals(BaselineSource.LAST_BEFORE_PHASE, b.baselineSource().orElseThrow());
    assertTrue(b.rules().contains(new Rule.BaselineByRule(BaselineRule.LAST_BEFORE_PHASE, CalendarYear.of(2020))));
    // without a value before the phase the plan's rule has nothing to take: not assessable, saying why
    ClauseAssessment none = evaluate(EUROSTAT, last, FROM_2021);
    assertEquals(ProgressStatus.NOT_ASSESSABLE, none.status());
    assertEquals(new Reason.NoValueBeforePhase(Phase.of(2021, 2025)), none.cause().orElseThrow());
  }

  @Test
  void aClauseJudgedByItsValueAloneListsNoBaselineRule() {
    // one observation, 2021 = 27, already within the rank band 25–30: achieved, no trend, no baseline rule
    Target band = target(RANK, RankBand.of(25, 30, 63)).build();
    ClauseAssessment a = evaluate(PlanEvaluator.of(EvaluationSettings.defaults()), band, series(RANK, 2021, 27));
    assertEquals(ProgressStatus.ACHIEVED, a.status());
    assertTrue(a.outlook().isEmpty());
    assertFalse(a.rules().stream().anyMatch(r -> r instanceof Rule.FirstObservationAsBaseline
        || r instanceof Rule.BaselineByRule || r instanceof Rule.TrendObservations), a.rules().toString());
  }

  @Test
  void aBaselineIsFixedOnlyWhereTheKindHasNone() {
    String own = assertThrows(IllegalArgumentException.class, () -> target(SHARE,
        ReductionFromBaseline.of(20, Baseline.of(CalendarYear.of(2018))))
        .baselineChoice(BaselineChoice.byRule(BaselineRule.FIRST_OBSERVATION)).build()).getMessage();
    assertEquals("T1: baseline first-observation cannot be fixed for a reduction-from-baseline target, which names"
        + " its own baseline", own);
    String byHand = assertThrows(IllegalArgumentException.class, () -> target(SHARE, Qualitative.of("done"))
        .baselineChoice(BaselineChoice.byRule(BaselineRule.FIRST_OBSERVATION)).build()).getMessage();
    assertTrue(byHand.endsWith("which is assessed by hand"), byHand);
    String late = assertThrows(IllegalArgumentException.class, () -> target(SHARE, Threshold.atLeast(75))
        .baselineChoice(BaselineChoice.stated(Baseline.of(CalendarYear.of(2025), 50))).build()).getMessage();
    assertEquals("T1: baseline 2025 must end before the first period judged, 2025", late);
    assertEquals(Optional.of(BaselineChoice.byRule(BaselineRule.FIRST_OBSERVATION)),
        target(SHARE, Completion.of()).baselineChoice(BaselineChoice.byRule(BaselineRule.FIRST_OBSERVATION)).build()
            .baselineChoice());
  }

  // ------------------------------------------------------------------ 2. method fit

  @Test
  void aCompoundMethodDoesNotFitARankAndTheClauseKeepsItsDefault() {
    assertEquals(RateKind.COMPOUND, EurostatMethod.descriptor().rateKind());
    assertEquals(RateKind.COMPOUND, OpenSdgMethod.descriptor().rateKind());
    assertEquals(RateKind.LINEAR, LinearProjectionMethod.descriptor().rateKind());
    assertFalse(EurostatMethod.descriptor().fits(MeasureKind.RANK));
    assertFalse(EurostatMethod.descriptor().fits(MeasureKind.COMPLETION));
    assertTrue(EurostatMethod.descriptor().fits(MeasureKind.PERCENTAGE));
    assertTrue(LinearProjectionMethod.descriptor().fits(MeasureKind.RANK));
    assertFalse(LinearProjectionMethod.descriptor().fits(MeasureKind.QUALITATIVE));
    // rank 63 (2020) → 50 (2021), band 25–30 by 2025: the default for a rank with 2 values is the SDSN ratio,
    // actual (63 − 50)/1 = 13 places a year, required (63 − 30)/5 = 6.6, ratio 13/6.6 = 1.969697
    Target band = target(RANK, RankBand.of(25, 30, 63)).build();
    ClauseAssessment a = evaluate(EUROSTAT, band, series(RANK, 2020, 63, 50));
    assertEquals("sdsn", a.methodResult().orElseThrow().methodId());
    assertEquals(13 / 6.6, a.methodResult().orElseThrow().ratio().getAsDouble(), 1e-12);
    assertEquals(new Rule.MethodDoesNotFit("eurostat", RateKind.COMPOUND, MeasureKind.RANK), a.rules().get(0));
    assertEquals("method eurostat (compound rates) does not fit a rank measure: the default method was kept",
        a.rulesApplied().get(0).en());
    assertTrue(a.rules().contains(new Rule.DefaultMethod(Rule.DefaultChoice.SDSN_FOR_RANK)));
    assertFalse(a.rules().stream().anyMatch(r -> r instanceof Rule.MethodChosen));
    // on a percentage the same setting applies
    ClauseAssessment share = evaluate(EUROSTAT, target(SHARE, Threshold.atLeast(75)).build(), FROM_2021);
    assertEquals("eurostat", share.methodResult().orElseThrow().methodId());
    assertTrue(share.rules().contains(new Rule.MethodChosen("eurostat")));
  }

  // ------------------------------------------------------------------ 3. a target met early

  @Test
  void aTargetMetEarlyStaysAchievedAndReportsTheOutlook() {
    // 2021–2024 = 95, 90, 86, 81, target ≥ 80 by 2025: met in 2024. The linear projection over t = 0..3 from
    // 2021: mean t 1.5, mean value 88, Sxy = −23, Sxx = 5, slope −4.6, intercept 94.9, so at t = 4 (2025):
    // 94.9 − 18.4 = 76.5, short of 80.
    Target t = target(SHARE, Threshold.atLeast(80)).build();
    ClauseAssessment a =
        evaluate(PlanEvaluator.of(EvaluationSettings.defaults()), t, series(SHARE, 2021, 95, 90, 86, 81));
    assertEquals(ProgressStatus.ACHIEVED, a.status());
    assertTrue(a.methodResult().isEmpty());
    ProgressResult outlook = a.outlook().orElseThrow();
    assertEquals("linear", outlook.methodId());
    assertEquals(76.5, outlook.projection().getAsDouble(), 1e-9);
    assertEquals(-4.6, outlook.measures().get("slope"), 1e-12);
    assertTrue(a.rules().contains(new Rule.TrendObservations(Rule.TrendSpan.ALL, CalendarYear.of(2021), 4)));
    assertTrue(a.rules().contains(new Rule.FirstObservationAsBaseline(Phase.of(2021, 2025), CalendarYear.of(2021))));
    assertTrue(a.explanation().en().startsWith("T1: Achieved (exceeded). Value 81 (2024); target ≥ 80 by 2025."), a.explanation().en());
    assertTrue(a.explanation().en().contains(" Achieved; trend projects 76.5 in 2025 (method linear: "),
        a.explanation().en());
    assertTrue(a.explanation().vi().contains(" Đã đạt; xu hướng dự báo 76,5 vào 2025 (phương pháp"),
        a.explanation().vi());
  }

  @Test
  void aTargetMetWithASingleValueHasNoOutlook() {
    ClauseAssessment a = evaluate(PlanEvaluator.of(EvaluationSettings.defaults()),
        target(SHARE, Threshold.atLeast(80)).build(), series(SHARE, 2024, 81));
    assertEquals(ProgressStatus.ACHIEVED, a.status());
    assertTrue(a.outlook().isEmpty());
    assertEquals(List.of(), a.rules());
  }

  // ------------------------------------------------------------------ 4. rows of other units

  @Test
  void rowsOfOtherUnitsOnlyGiveAWarning() {
    List<Observation> rows = new ArrayList<>();
    for (String unit : List.of("01", "02", "04", "06", "08", "10", "11")) {
      rows.add(Observation.of(SHARE, UnitCode.of(unit), CalendarYear.of(2024), 70));
    }
    rows.add(Observation.of(SHARE, UnitCode.of("01"), CalendarYear.of(2023), 69));
    Target t = target(SHARE, Threshold.atLeast(80)).build();
    PlanAssessment a = PlanEvaluator.of(EvaluationSettings.defaults()).evaluate(plan(t), ObservationSet.of(rows));
    // 8 rows of 7 units, none of 51; the first 5 units in code order are listed
    EvaluationWarning.UnmatchedRows w = (EvaluationWarning.UnmatchedRows) a.warnings().get(0);
    assertEquals(8, w.rows());
    assertEquals(7, w.unitCount());
    assertEquals(UNIT, w.planUnit());
    assertEquals(List.of("01", "02", "04", "06", "08"), w.unitsSeen().stream().map(UnitCode::toString).toList());
    assertEquals("8 rows were read, none of the plan's unit 51 (7 other units: 01, 02, 04, 06, 08, …); every"
        + " clause that needs an observation is not assessable", w.text().en());
    assertEquals(ProgressStatus.NOT_ASSESSABLE, a.clauses().get(0).status());
    // no warning for an empty set, nor when a row is of the plan's unit
    assertEquals(List.of(), PlanEvaluator.of(EvaluationSettings.defaults()).evaluate(plan(t), ObservationSet.empty())
        .warnings());
    assertEquals(List.of(), PlanEvaluator.of(EvaluationSettings.defaults()).evaluate(plan(t), FROM_2021).warnings());
  }
}
