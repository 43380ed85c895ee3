package org.reformindicators.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reformindicators.core.evaluation.Fixtures.rank;
import static org.reformindicators.core.evaluation.Fixtures.value;
import static org.reformindicators.core.evaluation.Scopes.scope;
import static org.reformindicators.core.evaluation.Scopes.target;
import static org.reformindicators.core.evaluation.Scopes.whole;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.plan.QuangNgaiPlan1256;
import org.reformindicators.core.target.RankImprovementPerYear;
import org.reformindicators.core.target.ReductionFromBaseline;

/** {@link BaselineEvaluator} on its own, each figure computed by hand in the comments. */
class BaselineEvaluatorTest {

  private static final String PAR = QuangNgaiPlan1256.PAR_INDEX_RANK;

  @Test
  void aRankGainRunsOnAStraightPathFromTheBaselineRank() {
    // T1a: +5–8 places a year from 2020 (rank 63, Sở TT&TT Quảng Ngãi, "Chỉ số cải cách hành chính của tỉnh Quảng Ngãi tăng 24 bậc", 25 May 2022) to 2025: target 63 − 5 × 5 = 38; as of 2021 the
    // path asks for 63 − 5 = 58; rank 39: gap = −(58 − 39) = −19 (ahead of the path); attainment (39 − 63) / (38 − 63) = 96 %;
    // actual 24 places a year, required −(38 − 63) / 5 = 5.
    RankImprovementPerYear k = (RankImprovementPerYear) target("T1a").kind();
    ClauseAssessment a =
        BaselineEvaluator.rankImprovement(
            scope("T1a", List.of(rank(PAR, 2020, 63, 63), rank(PAR, 2021, 39, 63)), 2021), k, whole("T1a"));
    assertEquals(BaselineSource.BASELINE_PERIOD, a.baselineSource().orElseThrow());
    assertEquals(38, a.targetValue().getAsDouble(), 1e-12);
    assertEquals(58, a.applicableTargetValue().getAsDouble(), 1e-12);
    assertEquals(-19, a.gap().getAsDouble(), 1e-12);
    assertEquals(96, a.attainmentPercent().getAsDouble(), 1e-12);
    assertEquals(24, a.linearProgressPerYear().getAsDouble(), 1e-12);
    assertEquals(5, a.requiredLinearProgressPerYear().getAsDouble(), 1e-12);
  }

  @Test
  void aRankGainBeyondFirstPlaceAsksForFirstPlace() {
    // Rank 10 in 2020: 10 − 5 × 5 = −15 is better than 1st, so the target is rank 1, said as a rule.
    RankImprovementPerYear k = (RankImprovementPerYear) target("T1a").kind();
    ClauseAssessment a =
        BaselineEvaluator.rankImprovement(
            scope("T1a", List.of(rank(PAR, 2020, 10, 63), rank(PAR, 2021, 8, 63)), 2021), k, whole("T1a"));
    assertEquals(1, a.targetValue().getAsDouble());
    // the plan's readings first, then the kind's own rule
    assertEquals(new Rule.RankTargetCapped(-15), a.rules().get(1));
  }

  @Test
  void aRankGainWithoutItsBaselineIsNotAssessable() {
    RankImprovementPerYear k = (RankImprovementPerYear) target("T1a").kind();
    ClauseAssessment a =
        BaselineEvaluator.rankImprovement(scope("T1a", List.of(rank(PAR, 2021, 39, 63)), 2021), k, whole("T1a"));
    assertEquals(ProgressStatus.NOT_ASSESSABLE, a.status());
    assertEquals(new Reason.MissingBaseline(CalendarYear.of(2020)), a.cause().orElseThrow());
  }

  @Test
  void aReductionRequiresItsShareOfTheWayByNow() {
    // T12b: at least 10 % below 2021 by 2025. 1000 units in 2021 → 900 required; as of 2023 (2 of 4 years) the
    // path asks for 1000 − 100 × 2 / 4 = 950; 950 observed: gap 0, attainment (950 − 1000) / (900 − 1000) = 50 %,
    // actual −(950 − 1000) / 2 = 25 a year, required −(900 − 1000) / 4 = 25 a year.
    ReductionFromBaseline k = (ReductionFromBaseline) target("T12b").kind();
    String units = QuangNgaiPlan1256.PUBLIC_SERVICE_UNITS;
    ClauseAssessment a =
        BaselineEvaluator.reduction(
            scope("T12b", List.of(value(units, 2021, 1000), value(units, 2023, 950)), 2023), k, whole("T12b"));
    assertEquals(900, a.targetValue().getAsDouble(), 1e-9);
    assertEquals(950, a.applicableTargetValue().getAsDouble(), 1e-9);
    assertEquals(0, a.gap().getAsDouble(), 1e-9);
    assertEquals(50, a.attainmentPercent().getAsDouble(), 1e-9);
    assertEquals(25, a.linearProgressPerYear().getAsDouble(), 1e-9);
    assertEquals(25, a.requiredLinearProgressPerYear().getAsDouble(), 1e-9);
  }

  @Test
  void aReductionFromZeroIsUndefined() {
    ReductionFromBaseline k = (ReductionFromBaseline) target("T12b").kind();
    ClauseAssessment a =
        BaselineEvaluator.reduction(
            scope("T12b", List.of(value(QuangNgaiPlan1256.PUBLIC_SERVICE_UNITS, 2021, 0)), 2022), k, whole("T12b"));
    assertEquals(new Reason.NonPositiveBaseline(0, CalendarYear.of(2021)), a.cause().orElseThrow());
  }
}
