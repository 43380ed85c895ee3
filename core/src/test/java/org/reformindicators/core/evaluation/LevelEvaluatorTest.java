package org.reformindicators.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformindicators.core.evaluation.Fixtures.rank;
import static org.reformindicators.core.evaluation.Fixtures.value;
import static org.reformindicators.core.evaluation.Scopes.scope;
import static org.reformindicators.core.evaluation.Scopes.target;
import static org.reformindicators.core.evaluation.Scopes.whole;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationKey;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.observation.ObservationStatus;
import org.reformindicators.core.observation.SeriesValues;
import org.reformindicators.core.period.CalendarMonth;
import org.reformindicators.core.period.HalfYear;
import org.reformindicators.core.period.Quarter;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.plan.QuangNgaiPlan1256;
import org.reformindicators.core.target.Completion;
import org.reformindicators.core.target.ExternalThreshold;
import org.reformindicators.core.target.NestedShare;
import org.reformindicators.core.target.RankBand;
import org.reformindicators.core.target.Threshold;

/** {@link LevelEvaluator} on its own, each figure computed by hand in the comments. */
class LevelEvaluatorTest {

  @Test
  void aRankBandIsJudgedFromTheLastRankBeforeThePhase() {
    // T1b, PAR INDEX 25–30 of 63 by 2025; 63 (2020, before the 2021–2025 phase) → 39 (2021), Sở TT&TT Quảng Ngãi, "Chỉ số cải cách hành chính của tỉnh Quảng Ngãi tăng 24 bậc", 25 May 2022.
    // d = −1 (lower is better): gap = −(30 − 39) = 9; attainment = (39 − 63) / (30 − 63) = 72.73 %;
    // actual rate = −(39 − 63) / 1 = 24 places a year; required = −(30 − 63) / 5 = 6.6.
    List<org.reformindicators.core.observation.Observation> data =
        List.of(rank(QuangNgaiPlan1256.PAR_INDEX_RANK, 2020, 63, 63), rank(QuangNgaiPlan1256.PAR_INDEX_RANK, 2021, 39, 63));
    RankBand k = (RankBand) target("T1b").kind();
    ClauseAssessment a = LevelEvaluator.rankBand(scope("T1b", data, 2021), k, whole("T1b"));
    assertEquals(ProgressStatus.ON_TRACK, a.status());
    assertEquals(BaselineSource.LAST_BEFORE_PHASE, a.baselineSource().orElseThrow());
    assertEquals(CalendarYear.of(2020), a.baselinePeriod().orElseThrow());
    assertEquals(63, a.baselineValue().getAsDouble());
    assertEquals(30, a.targetValue().getAsDouble());
    assertEquals(30, a.applicableTargetValue().getAsDouble());
    assertEquals(9, a.gap().getAsDouble(), 1e-12);
    assertEquals(72.72727, a.attainmentPercent().getAsDouble(), 1e-5);
    assertEquals(24, a.linearProgressPerYear().getAsDouble(), 1e-12);
    assertEquals(6.6, a.requiredLinearProgressPerYear().getAsDouble(), 1e-12);
    assertEquals(
        List.of(
            new Rule.ReadingsApplied(List.of("BAND_AT_WEAKER_END", "RANK_UNIVERSE_RELATIVE_POSITION")),
            new Rule.DefaultMethod(Rule.DefaultChoice.SDSN_FOR_RANK),
            // the baseline 2020 is before the phase: the trend runs from it, over 2020 and 2021
            new Rule.TrendObservations(Rule.TrendSpan.FROM_BASELINE, CalendarYear.of(2020), 2)),
        a.rules());
    assertEquals(new Requirement(k, CalendarYear.of(2025), false, CalendarYear.of(2021)), a.requirement().orElseThrow());
  }

  @Test
  void aThresholdMetWithoutAnEarlierValueTakesTheFirstObservationAsBaseline() {
    // T5 ≥ 80 by 2025; 85 in 2022 only: met and exceeded; baseline = first value (2022); gap = 80 − 85 = −5.
    Threshold k = (Threshold) target("T5").kind();
    ClauseAssessment a =
        LevelEvaluator.threshold(
            scope("T5", List.of(value(QuangNgaiPlan1256.DOSSIERS_TRANSFERRED_ELECTRONICALLY, 2022, 85)), 2022),
            k,
            whole("T5"));
    assertEquals(ProgressStatus.ACHIEVED, a.status());
    assertTrue(a.exceeded());
    assertEquals(BaselineSource.FIRST_OBSERVATION, a.baselineSource().orElseThrow());
    assertEquals(-5, a.gap().getAsDouble(), 1e-12);
    // judged by its value alone: the baseline is reported as data, but no baseline rule applied (issue 15)
    assertEquals(List.of(new Rule.ReadingsApplied(List.of("DEADLINE_2025"))), a.rules());
  }

  @Test
  void anExternalThresholdWithoutItsNormNamesTheNormById() {
    ExternalThreshold k = (ExternalThreshold) target("T12a").kind();
    ClauseAssessment a =
        LevelEvaluator.externalThreshold(
            scope("T12a", List.of(value(QuangNgaiPlan1256.STAFF_REDUCTION, 2022, 4)), 2022), k, whole("T12a"));
    assertEquals(ProgressStatus.NOT_ASSESSABLE, a.status());
    assertEquals(new Reason.MissingNorm("CENTRAL_STAFF_REDUCTION_RATIO", k.description()), a.cause().orElseThrow());
    assertEquals(4, a.latestValue().getAsDouble());
  }

  @Test
  void anExternalThresholdWithItsNormIsJudgedAgainstIt() {
    ExternalThreshold k = (ExternalThreshold) target("T12a").kind();
    EvaluationSettings norm =
        EvaluationSettings.builder().putExternalNorms("CENTRAL_STAFF_REDUCTION_RATIO", 5.0).build();
    ClauseAssessment a =
        LevelEvaluator.externalThreshold(
            scope("T12a", List.of(value(QuangNgaiPlan1256.STAFF_REDUCTION, 2025, 6)), 2025, norm), k, whole("T12a"));
    assertTrue(a.rules().contains(new Rule.NormSupplied("CENTRAL_STAFF_REDUCTION_RATIO", 5.0)));
    assertEquals(k.resolve(5.0), a.requirement().orElseThrow().kind());
  }

  @Test
  void aNestedShareStatesItsShareOfTheWhole() {
    // T6b ≥ 30 % of the procedures payable online (T6a); 50 % payable, 40 % of those paid online in 2023:
    // 40 ≥ 30 → achieved; share of the whole = 50 × 40 / 100 = 20 %.
    NestedShare k = (NestedShare) target("T6b").kind();
    ClauseAssessment a =
        LevelEvaluator.nestedShare(
            scope(
                "T6b",
                List.of(
                    value(QuangNgaiPlan1256.PAYABLE_PROCEDURES_ONLINE_PAYMENT, 2023, 50),
                    value(QuangNgaiPlan1256.ONLINE_PAYMENT_TRANSACTIONS, 2023, 40)),
                2023),
            k,
            whole("T6b"));
    assertEquals(ProgressStatus.ACHIEVED, a.status());
    assertTrue(
        a.rules()
            .contains(
                new Rule.ParentShare(
                    IndicatorCode.of(QuangNgaiPlan1256.PAYABLE_PROCEDURES_ONLINE_PAYMENT), 50, CalendarYear.of(2023), 20)));
    assertEquals(k.share(), a.requirement().orElseThrow().kind());
  }

  @Test
  void aCompletionNotYetDoneHasNoTrend() {
    Completion k = (Completion) target("T4").kind();
    ClauseAssessment a =
        LevelEvaluator.completion(
            scope("T4", List.of(value(QuangNgaiPlan1256.UNIT_REORGANISATION_COMPLETED, 2022, 0)), 2022),
            k,
            whole("T4"));
    assertEquals(ProgressStatus.NOT_ASSESSABLE, a.status());
    assertEquals(new Reason.YesNoWithoutTrend(CalendarYear.of(2025)), a.cause().orElseThrow());
  }
  /**
   * The nested share's parent is read from the columns: over generated series of years, halves, quarters and
   * months (several ending on one day) with missing values, the row found is the observation {@link
   * org.reformindicators.core.observation.TimeSeries#latestValueEndingOnOrBefore} finds, for every cut-off.
   */
  @Test
  void theParentsLatestValueFromTheColumnsIsTheSeriesOne() {
    List<ReportingPeriod> periods =
        List.of(
            CalendarYear.of(2021), CalendarYear.of(2022), HalfYear.of(2021, 2), HalfYear.of(2022, 1),
            Quarter.of(2021, 4), Quarter.of(2022, 2), CalendarMonth.of(2021, 12), CalendarMonth.of(2022, 6));
    IndicatorCode code = IndicatorCode.of("A");
    UnitCode unit = UnitCode.of("51");
    qt().withExamples(300)
        .forAll(lists().of(integers().all()).ofSizeBetween(0, 12))
        .checkAssert(
            seeds -> {
              Map<ObservationKey, Observation> byKey = new LinkedHashMap<>();
              for (int seed : seeds) {
                Random random = new Random(seed);
                var b = Observation.builder().indicator(code).unit(unit)
                    .period(periods.get(random.nextInt(periods.size())));
                Observation o = random.nextInt(4) == 0
                    ? b.status(ObservationStatus.fromCode("M")).build()
                    : b.value(random.nextInt(100)).build();
                byKey.putIfAbsent(o.key(), o);
              }
              ObservationSet set = ObservationSet.of(byKey.values());
              SeriesValues columns = set.seriesValues(code, unit, BreakdownKey.TOTAL);
              for (int day = 0; day < 800; day += 7) {
                LocalDate date = LocalDate.of(2021, 6, 1).plusDays(day);
                Optional<Observation> expected = set.series(code, unit).latestValueEndingOnOrBefore(date);
                int found = LevelEvaluator.latestValueEndingOnOrBefore(columns, date);
                assertEquals(expected, found < 0 ? Optional.empty() : Optional.of(columns.observation(found)));
              }
            });
  }
}
