package org.reformindicators.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reformindicators.core.evaluation.Fixtures.value;
import static org.reformindicators.core.evaluation.Scopes.scope;
import static org.reformindicators.core.evaluation.Scopes.target;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.plan.QuangNgaiPlan1256;
import org.reformindicators.core.target.ChangePerYear;
import org.reformindicators.core.target.Recurring;

/** {@link ChangeEvaluator} on its own, each figure computed by hand in the comments. */
class ChangeEvaluatorTest {

  private static final ChangePerYear T7A_EACH = (ChangePerYear) ((Recurring) target("T7a").kind()).each();

  private static List<Observation> digitised(double... from2021) {
    List<Observation> list = new ArrayList<>();
    for (int i = 0; i < from2021.length; i++) {
      list.add(value(QuangNgaiPlan1256.RESULTS_DIGITISED, 2021 + i, from2021[i], "LEVEL", "PROVINCE"));
    }
    return list;
  }

  @Test
  void aTrajectoryRisesFromItsBaseline() {
    // T7a in 2023: min(100, 30 + 20 × 2) = 70 required; 65 observed → not achieved, 5 points short.
    ClauseAssessment a =
        ChangeEvaluator.changePerYear(
            scope("T7a", digitised(30, 50, 65), 2023), T7A_EACH, Scopes.inPeriod(CalendarYear.of(2023)));
    assertEquals(ProgressStatus.NOT_ACHIEVED, a.status());
    assertEquals(70, a.targetValue().getAsDouble(), 1e-12);
    assertEquals(5, a.gap().getAsDouble(), 1e-12);
    assertEquals(BaselineSource.BASELINE_PERIOD, a.baselineSource().orElseThrow());
    assertEquals(CalendarYear.of(2021), a.baselinePeriod().orElseThrow());
  }

  @Test
  void aTrajectoryIsCappedAtItsCeiling() {
    // T7a in 2025: min(100, 30 + 20 × 4) = 100; 100 observed → achieved.
    ClauseAssessment a =
        ChangeEvaluator.changePerYear(
            scope("T7a", digitised(30, 50, 70, 90, 100), 2025), T7A_EACH, Scopes.inPeriod(CalendarYear.of(2025)));
    assertEquals(ProgressStatus.ACHIEVED, a.status());
    assertEquals(100, a.targetValue().getAsDouble(), 1e-12);
  }

  @Test
  void aTrajectoryWithoutItsBaselineIsNotAssessable() {
    ClauseAssessment a =
        ChangeEvaluator.changePerYear(
            scope("T7a", List.of(), 2022), T7A_EACH, Scopes.inPeriod(CalendarYear.of(2022)));
    assertEquals(new Reason.MissingBaseline(CalendarYear.of(2021)), a.cause().orElseThrow());
  }

  @Test
  void aYearOnYearRiseIsMeasuredFromThePreviousActualValue() {
    // +20 points on the previous actual value: 2022 at 45 asks for 65 in 2023; 65 observed → achieved.
    ChangePerYear yoy = ChangePerYear.yearOnYear(T7A_EACH.measure(), 20, 100);
    ClauseAssessment a =
        ChangeEvaluator.changePerYear(
            scope("T7a", digitised(30, 45, 65), 2023), yoy, Scopes.inPeriod(CalendarYear.of(2023)));
    assertEquals(ProgressStatus.ACHIEVED, a.status());
    assertEquals(65, a.targetValue().getAsDouble(), 1e-12);
    assertEquals(new Rule.RiseFromActual(45, CalendarYear.of(2022)), a.rules().get(0));
  }

  @Test
  void aYearOnYearRiseWithoutThePreviousValueIsNotAssessable() {
    ChangePerYear yoy = ChangePerYear.yearOnYear(T7A_EACH.measure(), 20, 100);
    List<Observation> only2023 = List.of(digitised(30, 45, 65).get(2));
    ClauseAssessment a =
        ChangeEvaluator.changePerYear(scope("T7a", only2023, 2023), yoy, Scopes.inPeriod(CalendarYear.of(2023)));
    assertEquals(new Reason.NoPreviousValue(CalendarYear.of(2022)), a.cause().orElseThrow());
  }
}
