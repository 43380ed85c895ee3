package org.reformindicators.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reformindicators.core.plan.QuangNgaiPlan1256;
import org.reformindicators.core.progress.EurostatCategory;
import org.reformindicators.core.progress.EurostatMethod;
import org.reformindicators.core.progress.ProgressResult;
import org.reformindicators.core.target.BilingualText;
import org.reformindicators.core.target.ClauseId;
import org.reformindicators.core.target.Target;

class ClauseAssessmentTest {

  private static final Target T1B = QuangNgaiPlan1256.plan().target(ClauseId.parse("T1b")).orElseThrow();
  private static final BilingualText TEXT = BilingualText.of("vi", "en");

  private static ClauseAssessment.Builder base(ProgressStatus status) {
    return ClauseAssessment.builder().clauseId(T1B.clauseId()).target(T1B).status(status).heldExplanation(TEXT);
  }

  @Test
  void keepsTheMethodCategoryBesideTheStatus() {
    ProgressResult r =
        ProgressResult.builder(EurostatMethod.defaults(), EurostatCategory.SIGNIFICANT_PROGRESS).ratio(2.76).build();
    ClauseAssessment a = base(ProgressStatus.ON_TRACK).methodResult(r).latestValue(39).build();
    assertEquals(EurostatCategory.SIGNIFICANT_PROGRESS, a.methodCategory().orElseThrow());
    assertEquals(39.0, a.latestValue().getAsDouble(), 0.0);
  }

  @Test
  void exceededOnlyWithAchieved() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> base(ProgressStatus.ON_TRACK).exceeded(true).build());
    assertEquals("T1b: exceeded is only for ACHIEVED, status was ON_TRACK", e.getMessage());
    assertTrue(base(ProgressStatus.ACHIEVED).exceeded(true).build().exceeded());
  }

  @Test
  void reasonExactlyForNotAssessableAndNotApplicable() {
    assertThrows(IllegalArgumentException.class, () -> base(ProgressStatus.NOT_ASSESSABLE).build());
    assertThrows(IllegalArgumentException.class, () -> base(ProgressStatus.NOT_APPLICABLE).build());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> base(ProgressStatus.ON_TRACK).heldReason(TEXT).build());
    assertEquals(
        "T1b: reason must be given exactly for NOT_ASSESSABLE and NOT_APPLICABLE, status was ON_TRACK with a reason",
        e.getMessage());
    assertEquals(TEXT, base(ProgressStatus.NOT_ASSESSABLE).heldReason(TEXT).build().reason().orElseThrow());
  }

  @Test
  void figuresAreNeverNaN() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> base(ProgressStatus.ON_TRACK).gap(Double.NaN).build());
    assertEquals("T1b: gap must be finite when present, was NaN", e.getMessage());
  }
}
