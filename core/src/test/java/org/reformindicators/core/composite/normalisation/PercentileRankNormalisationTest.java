package org.reformindicators.core.composite.normalisation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.reformindicators.core.composite.ScoreDirection;

class PercentileRankNormalisationTest {

  @Test
  void givesRankMinusOneOverNMinusOne() {
    // ranks 1, 2, 2, 4 of n = 4 → 0, 1/3, 1/3, 1
    assertArrayEquals(
        new double[] {0, 1.0 / 3, 1.0 / 3, 1},
        new PercentileRankNormalisation().apply(new double[] {5, 7, 7, 9}, ScoreDirection.HIGHER_IS_BETTER),
        1e-15);
  }

  @Test
  void needsTwoPresentValues() {
    assertEquals(
        "percentile ranks need at least 2 scores, was 1",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    new PercentileRankNormalisation()
                        .apply(new double[] {5, Double.NaN}, ScoreDirection.HIGHER_IS_BETTER))
            .getMessage());
    assertEquals("percentile-rank", new PercentileRankNormalisation().kind());
  }
}
