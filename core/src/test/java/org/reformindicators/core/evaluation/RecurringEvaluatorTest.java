package org.reformindicators.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformindicators.core.evaluation.Fixtures.value;
import static org.reformindicators.core.evaluation.Scopes.scope;
import static org.reformindicators.core.evaluation.Scopes.target;
import static org.reformindicators.core.evaluation.Scopes.whole;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.plan.QuangNgaiPlan1256;
import org.reformindicators.core.target.Recurring;

/** {@link RecurringEvaluator} on its own. */
class RecurringEvaluatorTest {

  private static final Recurring T3 = (Recurring) target("T3").kind();
  private static final String DUE_PROCESS = QuangNgaiPlan1256.LEGAL_DOCUMENTS_DUE_PROCESS;

  @Test
  void everyEndedPeriodAndTheNextAreParts() {
    // T3: 100 % every year 2021–2025. 100 (2021), 90 (2022) as of 2022: 2021 achieved, 2022 not achieved, 2023
    // the next period; the clause takes the most worrying part.
    ClauseAssessment a =
        RecurringEvaluator.recurring(
            scope("T3", List.of(value(DUE_PROCESS, 2021, 100), value(DUE_PROCESS, 2022, 90)), 2022), T3, whole("T3"));
    assertEquals(ProgressStatus.NOT_ACHIEVED, a.status());
    assertEquals(
        List.of(
            new ClausePart.InPeriod(CalendarYear.of(2021)),
            new ClausePart.InPeriod(CalendarYear.of(2022)),
            new ClausePart.InPeriod(CalendarYear.of(2023))),
        a.parts().stream().map(p -> p.part().orElseThrow()).toList());
    assertEquals(ProgressStatus.ACHIEVED, a.parts().get(0).status());
    assertEquals(ProgressStatus.NOT_ACHIEVED, a.parts().get(1).status());
    assertEquals(90, a.latestValue().getAsDouble());
    assertTrue(a.cause().isEmpty());
    assertTrue(a.explanation().en().contains("3 period(s) considered, not achieved in 2022; next period: "));
  }

  @Test
  void periodsWithoutDataAreNamedInTheReason() {
    ClauseAssessment a = RecurringEvaluator.recurring(scope("T3", List.of(), 2021), T3, whole("T3"));
    assertEquals(ProgressStatus.NOT_ASSESSABLE, a.status());
    assertEquals(new Reason.PeriodsNotAssessable(List.of(CalendarYear.of(2021))), a.cause().orElseThrow());
    assertEquals(2, a.parts().size());
  }
}
