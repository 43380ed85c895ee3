package org.reformindicators.core.composite.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.composite.scoring.StepTable.Comparison;
import org.reformindicators.core.composite.scoring.StepTable.Step;

class StepTableTest {

  private static final StepTable AT_LEAST =
      new StepTable(
          Comparison.AT_LEAST,
          List.of(Step.of("90", "10"), Step.of("80", "8"), Step.of("70", "5")),
          BigDecimal.ZERO);

  @Test
  void firstMatchingStepWinsByHand() {
    assertEquals(new BigDecimal("10"), AT_LEAST.points(new BigDecimal("95")));
    assertEquals(new BigDecimal("10"), AT_LEAST.points(new BigDecimal("90"))); // bound inclusive
    assertEquals(new BigDecimal("8"), AT_LEAST.points(new BigDecimal("89.99")));
    assertEquals(new BigDecimal("5"), AT_LEAST.points(new BigDecimal("70")));
    assertEquals(BigDecimal.ZERO, AT_LEAST.points(new BigDecimal("69.99")));
    assertEquals(new BigDecimal("10"), AT_LEAST.maxPoints());
    assertEquals("step-table", AT_LEAST.kind());
  }

  @Test
  void atMostScoresLowerIsBetterCriteria() {
    // days of delay: ≤ 0 → 2 points, ≤ 5 → 1 point, otherwise 0
    StepTable delay =
        new StepTable(Comparison.AT_MOST, List.of(Step.of("0", "2"), Step.of("5", "1")), BigDecimal.ZERO);
    assertEquals(new BigDecimal("2"), delay.points(BigDecimal.ZERO));
    assertEquals(new BigDecimal("1"), delay.points(new BigDecimal("5")));
    assertEquals(BigDecimal.ZERO, delay.points(new BigDecimal("6")));
  }

  @Test
  void boundsMustBeMonotoneInTheComparisonsDirection() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new StepTable(
                    Comparison.AT_LEAST, List.of(Step.of("80", "8"), Step.of("90", "10")), BigDecimal.ZERO));
    assertEquals(
        "steps[1].bound must be strictly less than the previous bound 80 for AT_LEAST, was 90", e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> new StepTable(Comparison.AT_MOST, List.of(), BigDecimal.ZERO));
    assertThrows(IllegalArgumentException.class, () -> Step.of("1", "-1"));
  }
}
