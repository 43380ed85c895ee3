package org.reformindicators.core.composite.normalisation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.reformindicators.core.composite.ScoreDirection;

class DistanceToTargetTest {

  @Test
  void measuresTheShareOfTheWayFromTheWorstUnitToTheTargetByHand() {
    // target 95, worst 55: (x − 55) / 40: 55 → 0, 75 → 0.5, 99 → 1.1, capped → 1
    double[] column = {55, 75, 99};
    assertArrayEquals(
        new double[] {0, 0.5, 1},
        new DistanceToTarget(95, true).apply(column, ScoreDirection.HIGHER_IS_BETTER),
        1e-12);
    assertArrayEquals(
        new double[] {0, 0.5, 1.1},
        new DistanceToTarget(95, false).apply(column, ScoreDirection.HIGHER_IS_BETTER),
        1e-12);
  }

  @Test
  void lowerIsBetterCountsFromTheWorstHighValue() {
    // days late, target 2, worst 10: (10 − x) / (10 − 2): 6 → 0.5, 10 → 0
    assertArrayEquals(
        new double[] {0.5, 0, Double.NaN},
        new DistanceToTarget(2, true).apply(new double[] {6, 10, Double.NaN}, ScoreDirection.LOWER_IS_BETTER),
        1e-12);
  }

  @Test
  void aWorstValueAtOrBeyondTheTargetIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new DistanceToTarget(50, true).apply(new double[] {60, 70}, ScoreDirection.HIGHER_IS_BETTER));
    assertEquals("distance to target needs the worst value to be short of the target 50.0, was 60.0", e.getMessage());
    assertEquals("distance-to-target", new DistanceToTarget(1, true).kind());
  }
}
