package org.reformindicators.core.composite.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProportionalToThresholdTest {

  private static final ProportionalToThreshold RULE = ProportionalToThreshold.of("80", "20");

  @Test
  void fullPointsAtOrAboveTheThresholdElseProportionalByHand() {
    assertEquals(new BigDecimal("20"), RULE.points(new BigDecimal("80"))); // at the threshold
    assertEquals(new BigDecimal("20"), RULE.points(new BigDecimal("97.5"))); // above
    assertEquals(0, new BigDecimal("15").compareTo(RULE.points(new BigDecimal("60")))); // 60 × 20 ÷ 80
    // 33.3 × 18 ÷ 80 = 7.4925 exactly (a double would give 7.492499999…)
    assertEquals(
        0,
        new BigDecimal("7.4925").compareTo(ProportionalToThreshold.of("80", "18").points(new BigDecimal("33.3"))));
    assertEquals(0, BigDecimal.ZERO.compareTo(RULE.points(BigDecimal.ZERO)));
    assertEquals(new BigDecimal("20"), RULE.maxPoints());
    assertEquals("proportional-to-threshold", RULE.kind());
  }

  @Test
  void invalidParametersAndNegativeRatiosAreRejected() {
    assertEquals(
        "value must not be negative, was -1",
        assertThrows(IllegalArgumentException.class, () -> RULE.points(new BigDecimal("-1"))).getMessage());
    assertEquals(
        "threshold must be positive, was 0",
        assertThrows(IllegalArgumentException.class, () -> ProportionalToThreshold.of("0", "20")).getMessage());
  }

  @Test
  void pointsAreMonotoneAndBounded() {
    qt().forAll(doubles().between(0, 200), doubles().between(0, 200))
        .checkAssert(
            (a, b) -> {
              BigDecimal pa = RULE.points(BigDecimal.valueOf(Math.min(a, b)));
              BigDecimal pb = RULE.points(BigDecimal.valueOf(Math.max(a, b)));
              assertTrue(pa.compareTo(pb) <= 0);
              assertTrue(pb.compareTo(RULE.maxPoints()) <= 0 && pa.signum() >= 0);
            });
  }
}
