package org.reformindicators.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformindicators.core.evaluation.Fixtures.value;
import static org.reformindicators.core.evaluation.Scopes.scope;
import static org.reformindicators.core.evaluation.Scopes.target;
import static org.reformindicators.core.evaluation.Scopes.whole;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.plan.QuangNgaiPlan1256;
import org.reformindicators.core.target.Breakdown;

/** {@link BreakdownEvaluator} on its own. */
class BreakdownEvaluatorTest {

  private static final Breakdown T14B = (Breakdown) target("T14b").kind();

  private static Observation satisfaction(String sector, double value) {
    return value(QuangNgaiPlan1256.SATISFACTION_PROCEDURES, 2025, value, "SECTOR", sector);
  }

  @Test
  void eachValueIsJudgedOnItsOwnSeries() {
    // ≥ 85 % in each sector: LAND 88 (exceeded), CONSTRUCTION 80 (not achieved), INVESTMENT 90 (exceeded).
    ClauseAssessment a =
        BreakdownEvaluator.breakdown(
            scope(
                "T14b",
                List.of(satisfaction("LAND", 88), satisfaction("CONSTRUCTION", 80), satisfaction("INVESTMENT", 90)),
                2025),
            T14B,
            whole("T14b"));
    assertEquals(ProgressStatus.NOT_ACHIEVED, a.status());
    assertEquals(new ClausePart.ByBreakdown("SECTOR", "CONSTRUCTION"), a.parts().get(1).part().orElseThrow());
    assertEquals(80, a.parts().get(1).latestValue().getAsDouble());
    assertEquals(5, a.parts().get(1).gap().getAsDouble(), 1e-12);
    assertTrue(a.parts().get(0).exceeded());
    assertEquals(
        "By SECTOR: SECTOR=LAND Achieved; SECTOR=CONSTRUCTION Not achieved; SECTOR=INVESTMENT Achieved;",
        a.explanation().en().substring("T14b: Not achieved. ".length()));
  }

  @Test
  void valuesWithoutDataAreNamedInTheReason() {
    ClauseAssessment a =
        BreakdownEvaluator.breakdown(
            scope("T14b", List.of(satisfaction("LAND", 88), satisfaction("INVESTMENT", 90)), 2025),
            T14B,
            whole("T14b"));
    assertEquals(ProgressStatus.NOT_ASSESSABLE, a.status());
    assertEquals(
        new Reason.PartsNotAssessable(List.of(new ClausePart.ByBreakdown("SECTOR", "CONSTRUCTION"))),
        a.cause().orElseThrow());
    assertEquals("cannot be assessed for SECTOR=CONSTRUCTION", a.reason().orElseThrow().en());
  }
}
