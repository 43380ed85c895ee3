package org.reformindicators.core.composite.normalisation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.reformindicators.core.composite.ScoreDirection;

class ZScoreTest {

  @Test
  void standardisesWithTheSampleStandardDeviationByHand() {
    // 2, 4, 6: mean 4, sample SD sqrt((4 + 0 + 4) / 2) = 2 → −1, 0, 1
    double[] y = ZScore.standard().apply(new double[] {2, 4, Double.NaN, 6}, ScoreDirection.HIGHER_IS_BETTER);
    assertArrayEquals(new double[] {-1, 0, Double.NaN, 1}, y, 1e-12);
  }

  @Test
  void targetMomentsAndDirectionApply() {
    // mean 10, SD 2, lower is better: signed −2, −4, −6 → z 1, 0, −1 → 12, 10, 8
    double[] y = new ZScore(10, 2).apply(new double[] {2, 4, 6}, ScoreDirection.LOWER_IS_BETTER);
    assertArrayEquals(new double[] {12, 10, 8}, y, 1e-12);
  }

  @Test
  void undefinedCasesAreRejected() {
    assertEquals(
        "z-score needs at least 2 present values, was 1",
        assertThrows(
                IllegalArgumentException.class,
                () -> ZScore.standard().apply(new double[] {1, Double.NaN}, ScoreDirection.HIGHER_IS_BETTER))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> ZScore.standard().apply(new double[] {3, 3}, ScoreDirection.HIGHER_IS_BETTER));
    assertEquals(
        "standardDeviation must be positive, was 0.0",
        assertThrows(IllegalArgumentException.class, () -> new ZScore(0, 0)).getMessage());
    assertEquals("z-score", ZScore.standard().kind());
  }
}
