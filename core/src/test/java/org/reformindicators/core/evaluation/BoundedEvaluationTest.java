package org.reformindicators.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.Bound;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.plan.QuangNgaiPlan1256;
import org.reformindicators.core.target.ClauseId;
import org.reformindicators.core.target.RankBand;
import org.reformindicators.core.target.Target;
import org.reformindicators.core.target.TargetKind;

/**
 * Clauses judged on a rank published only as a bound. From PCI 2023, VCCI publishes scores and ranks only for the 30
 * best provinces (pcivietnam.vn: "Từ PCI 2023, VCCI không tiến hành công bố điểm số và xếp hạng của nhóm tỉnh,
 * thành phố ngoài nhóm 30 tỉnh, thành phố đứng đầu."), so a province outside them is known only as "31–63 of 63".
 * The bounds here are test data, not Quảng Ngãi's results.
 */
class BoundedEvaluationTest {

  private static final String PCI_RANK = QuangNgaiPlan1256.PCI_RANK;

  private static Observation bounded(int year, int lower, int upper, int universe) {
    return Observation.builder()
        .indicator(IndicatorCode.of(PCI_RANK))
        .unit(UnitCode.of(Fixtures.QNG))
        .period(CalendarYear.of(year))
        .bound(Bound.ofClosed(lower, upper))
        .universe(universe)
        .build();
  }

  private static Plan planWith(TargetKind kind, int deadline) {
    Target clause = Target.builder(ClauseId.parse("T1f"))
        .indicatorCode(IndicatorCode.of(PCI_RANK))
        .kind(kind)
        .deadline(CalendarYear.of(deadline))
        .sourceText("test clause")
        .englishRendering("test clause")
        .build();
    Plan plan = QuangNgaiPlan1256.plan();
    return Plan.builder()
        .id(plan.id())
        .title(plan.title().vi(), plan.title().en())
        .legalReference(plan.legalReference().number(), plan.legalReference().date(), plan.legalReference().issuer())
        .unitCode(plan.unitCode())
        .phase(plan.phase())
        .catalogue(plan.catalogue())
        .rankUniverseRule(plan.rankUniverseRule())
        .readings(plan.readings())
        .targets(List.of(clause))
        .build();
  }

  private static ClauseAssessment judge(TargetKind kind, int deadline, int asOf, Observation... observations) {
    List<Observation> all = new java.util.ArrayList<>(List.of(Fixtures.rank(PCI_RANK, 2020, 36, 63)));
    all.addAll(List.of(observations));
    return PlanEvaluator.defaults()
        .evaluate(planWith(kind, deadline), ObservationSet.of(all), CalendarYear.of(asOf))
        .clauses()
        .get(0);
  }

  @Test
  void aBandOfTenToTwentyIsNotAchievedByARankOf31To63() {
    ClauseAssessment a = judge(RankBand.of(10, 20, 63), 2023, 2023, bounded(2023, 31, 63, 63));
    assertEquals(ProgressStatus.NOT_ACHIEVED, a.status());
    assertTrue(a.cause().isEmpty());
    assertTrue(a.rules().contains(new Reason.BoundedValue(IndicatorCode.of(PCI_RANK), CalendarYear.of(2023), 31, 63,
        ProgressStatus.NOT_ACHIEVED, ProgressStatus.NOT_ACHIEVED)), a.rules().toString());
    assertTrue(a.latestValue().isEmpty(), "the ends differ, so no single latest value is claimed");
  }

  @Test
  void rank35OrBetterIsNotAssessableFromARankOf31To63WithTheBoundInTheReason() {
    ClauseAssessment a = judge(RankBand.of(1, 35, 63), 2023, 2023, bounded(2023, 31, 63, 63));
    assertEquals(ProgressStatus.NOT_ASSESSABLE, a.status());
    Reason.BoundedValue expected = new Reason.BoundedValue(IndicatorCode.of(PCI_RANK), CalendarYear.of(2023), 31, 63,
        ProgressStatus.ACHIEVED, ProgressStatus.NOT_ACHIEVED);
    assertEquals(Optional.of(expected), a.cause());
    assertEquals(
        "PCI_RANK for 2023 was published only as the bound 31–63; judged at its lower end: "
            + ProgressStatus.ACHIEVED.labelEn() + ", at its upper end: " + ProgressStatus.NOT_ACHIEVED.labelEn(),
        a.reason().orElseThrow().en());
  }

  /** A rank band 10–20 of 63 (met at its weaker end, 20) against bounds at every edge. */
  @ParameterizedTest(name = "bound {0}–{1} of {2}: {3}")
  @CsvSource({
    // bound touching the band's weaker edge from outside: never within
    "21, 63, 63, NOT_ACHIEVED",
    // touching the weaker edge from inside: 20 is within, 30 is not
    "20, 30, 63, NOT_ASSESSABLE",
    // straddling the whole band
    "5, 25, 63, NOT_ASSESSABLE",
    // touching the band's best edge from outside: both ends better, achieved
    "1, 10, 63, ACHIEVED",
    // inside the band, both ends met
    "12, 18, 63, ACHIEVED",
    // the band's own ends
    "10, 20, 63, ACHIEVED",
    // better than the band's best end at both ends: achieved and exceeded
    "1, 9, 63, ACHIEVED",
  })
  void aBoundIsJudgedAtBothEndsAgainstARankBand(int lower, int upper, int universe, ProgressStatus expected) {
    ClauseAssessment a = judge(RankBand.of(10, 20, 63), 2023, 2023, bounded(2023, lower, upper, universe));
    assertEquals(expected, a.status(), a.explanation().en());
  }

  /**
   * Universe 34 (provincial level from 1 July 2025, Resolution 202/2025/QH15): the plan converts by relative
   * position, 1 + (r − 1)/(34 − 1) · 62; 5–8 of 34 becomes 10.5–14.2 of 63, inside 10–20; 1–34 straddles it.
   */
  @ParameterizedTest(name = "bound {0}–{1} of 34: {2}")
  @CsvSource({"5, 8, ACHIEVED", "1, 34, NOT_ASSESSABLE", "20, 34, NOT_ACHIEVED"})
  void aBoundInTheUniverseOf34IsConvertedAtBothEnds(int lower, int upper, ProgressStatus expected) {
    ClauseAssessment a = judge(RankBand.of(10, 20, 63), 2025, 2025, bounded(2025, lower, upper, 34));
    assertEquals(expected, a.status(), a.explanation().en());
  }

  @Test
  void withoutABoundTheClauseIsJudgedAsBefore() {
    ClauseAssessment a = judge(RankBand.of(10, 20, 63), 2023, 2023, Fixtures.rank(PCI_RANK, 2023, 40, 63));
    assertEquals(ProgressStatus.NOT_ACHIEVED, a.status());
    assertEquals(40.0, a.latestValue().orElseThrow());
    assertTrue(a.rules().stream().noneMatch(r -> r instanceof Reason.BoundedValue));
  }

  @Test
  void aBoundAfterTheAsOfPeriodIsNotRead() {
    ClauseAssessment a = judge(RankBand.of(10, 20, 63), 2023, 2022,
        Fixtures.rank(PCI_RANK, 2022, 33, 63), bounded(2023, 31, 63, 63));
    assertTrue(a.rules().stream().noneMatch(r -> r instanceof Reason.BoundedValue));
  }
}
