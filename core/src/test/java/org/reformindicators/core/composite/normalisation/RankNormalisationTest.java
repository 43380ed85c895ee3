package org.reformindicators.core.composite.normalisation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.reformindicators.core.composite.ScoreDirection;

class RankNormalisationTest {

  @Test
  void ranksAscendingWithTiesMin() {
    // 5, 7, 7, 9 → 1, 2, 2, 4 (R: rank(x, ties.method = "min"))
    assertArrayEquals(
        new double[] {1, 2, Double.NaN, 2, 4},
        new RankNormalisation().apply(new double[] {5, 7, Double.NaN, 7, 9}, ScoreDirection.HIGHER_IS_BETTER),
        0.0);
  }

  @Test
  void lowerIsBetterRanksTheNegatedValues() {
    // −5, −7, −7, −9 → 4, 2, 2, 1
    assertArrayEquals(
        new double[] {4, 2, 2, 1},
        new RankNormalisation().apply(new double[] {5, 7, 7, 9}, ScoreDirection.LOWER_IS_BETTER),
        0.0);
    assertEquals("rank", new RankNormalisation().kind());
  }
}
