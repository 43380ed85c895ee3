package org.reformindicators.core.composite.normalisation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;
import org.reformindicators.core.composite.ScoreDirection;

class MinMaxTest {

  @Test
  void mapsTheColumnOntoTheBoundsByHand() {
    // min 2, max 6: (x − 2) / 4 × (100 − 0): 2 → 0, 3 → 25, 6 → 100; NaN stays missing
    double[] y = new MinMax(0, 100).apply(new double[] {2, 3, Double.NaN, 6}, ScoreDirection.HIGHER_IS_BETTER);
    assertArrayEquals(new double[] {0, 25, Double.NaN, 100}, y, 1e-12);
  }

  @Test
  void lowerIsBetterTurnsTheScaleAround() {
    // (6 − x) / 4 × 10: 2 → 10, 3 → 7.5, 6 → 0
    double[] y = new MinMax(0, 10).apply(new double[] {2, 3, 6}, ScoreDirection.LOWER_IS_BETTER);
    assertArrayEquals(new double[] {10, 7.5, 0}, y, 1e-12);
  }

  @Test
  void constantColumnAndBadBoundsAreRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new MinMax(0, 1).apply(new double[] {4, 4}, ScoreDirection.HIGHER_IS_BETTER));
    assertEquals("min-max needs a column with a range, but every present value is 4.0", e.getMessage());
    assertEquals(
        "lower must be less than upper, was lower 1.0 and upper 1.0",
        assertThrows(IllegalArgumentException.class, () -> new MinMax(1, 1)).getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new MinMax(0, 1).apply(new double[] {1, Double.POSITIVE_INFINITY}, ScoreDirection.HIGHER_IS_BETTER));
    assertEquals("min-max", new MinMax(0, 1).kind());
  }

  @Test
  void resultsStayWithinTheBoundsAndKeepTheOrder() {
    qt().forAll(lists().of(doubles().between(-1e6, 1e6)).ofSizeBetween(2, 30))
        .assuming(xs -> xs.stream().distinct().count() > 1)
        .checkAssert(
            xs -> {
              double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
              double[] y = new MinMax(-1, 1).apply(x, ScoreDirection.HIGHER_IS_BETTER);
              for (int i = 0; i < x.length; i++) {
                assertTrue(y[i] >= -1 - 1e-12 && y[i] <= 1 + 1e-12);
                for (int j = 0; j < x.length; j++) {
                  if (x[i] < x[j]) {
                    assertTrue(y[i] <= y[j]);
                  }
                }
              }
            });
  }
}
