package org.reformindicators.core.composite.normalisation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.reformindicators.core.composite.ScoreDirection;

class GoalpostsTest {

  @Test
  void scalesBetweenGoalpostsAndClampsBeyondThemByHand() {
    // goalposts 20 and 80, scale 10: (x − 20) / 60 × 10: 50 → 5, 10 → 0 (clamped), 95 → 10 (clamped)
    double[] y =
        new Goalposts(20, 80, 10).apply(new double[] {50, 10, 95, Double.NaN}, ScoreDirection.HIGHER_IS_BETTER);
    assertArrayEquals(new double[] {5, 0, 10, Double.NaN}, y, 1e-12);
  }

  @Test
  void lowerIsBetterCountsFromTheHighGoalpost() {
    // (80 − x) / 60 × 10: 35 → 7.5
    assertArrayEquals(
        new double[] {7.5}, new Goalposts(20, 80, 10).apply(new double[] {35}, ScoreDirection.LOWER_IS_BETTER), 1e-12);
  }

  @Test
  void invalidGoalpostsAreRejected() {
    assertEquals(
        "low must be less than high, was low 5.0 and high 5.0",
        assertThrows(IllegalArgumentException.class, () -> new Goalposts(5, 5, 1)).getMessage());
    assertEquals(
        "scale must be positive and at most 1000000, was -1.0",
        assertThrows(IllegalArgumentException.class, () -> new Goalposts(0, 5, -1)).getMessage());
    assertEquals("goalposts", new Goalposts(0, 1, 1).kind());
  }
}
