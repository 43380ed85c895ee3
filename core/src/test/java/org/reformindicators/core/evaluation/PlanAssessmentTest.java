package org.reformindicators.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.plan.QuangNgaiPlan1256;
import org.reformindicators.core.target.ClauseId;

class PlanAssessmentTest {

  private static final Plan PLAN = QuangNgaiPlan1256.plan();
  private static final PlanAssessment ASSESSMENT =
      PlanEvaluator.defaults().evaluate(PLAN, Fixtures.set(Fixtures.publishedRanks()), CalendarYear.of(2021));

  @Test
  void findsClausesAndCountsStatuses() {
    assertEquals("T1b", ASSESSMENT.clause(ClauseId.parse("T1b")).orElseThrow().clauseId().toString());
    assertTrue(ASSESSMENT.clause(ClauseId.parse("T14e")).isEmpty());
    int total = ASSESSMENT.statusCounts().values().stream().mapToInt(Integer::intValue).sum();
    assertEquals(38, total);
    assertEquals(ProgressStatus.values().length, ASSESSMENT.statusCounts().size());
    assertEquals(EvaluationSettings.defaults(), ASSESSMENT.settings());
  }

  @Test
  void clausesMustFollowThePlanOrder() {
    List<ClauseAssessment> shuffled = new ArrayList<>(ASSESSMENT.clauses());
    Collections.swap(shuffled, 0, 1);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PlanAssessment.builder().from(ASSESSMENT).clauses(shuffled).build());
    assertTrue(e.getMessage().startsWith("clauses must be the plan's clauses in plan order"), e.getMessage());
  }
}
