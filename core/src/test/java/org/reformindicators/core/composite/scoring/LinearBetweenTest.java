package org.reformindicators.core.composite.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LinearBetweenTest {

  private static void assertPoints(String expected, LinearBetween rule, String value) {
    assertEquals(0, new BigDecimal(expected).compareTo(rule.points(new BigDecimal(value))), value);
  }

  @Test
  void interpolatesBetweenTheBoundsAndHoldsBeyondThemByHand() {
    LinearBetween rule = LinearBetween.of("0", "0", "80", "10");
    assertPoints("0", rule, "-5");
    assertPoints("0", rule, "0");
    assertPoints("5", rule, "40"); // 0 + 40 / 80 × 10
    assertPoints("7.5", rule, "60");
    assertPoints("10", rule, "80");
    assertPoints("10", rule, "100");
    assertEquals(new BigDecimal("10"), rule.maxPoints());
    assertEquals("linear-between", rule.kind());
  }

  @Test
  void reversedBoundsScoreALowerIsBetterCriterion() {
    // 5 days → 10 points, 30 days → 0: 10 days → 10 + (10 − 5) / 25 × (0 − 10) = 8
    LinearBetween rule = LinearBetween.of("5", "10", "30", "0");
    assertPoints("10", rule, "2");
    assertPoints("8", rule, "10");
    assertPoints("0", rule, "31");
  }

  @Test
  void equalBoundsAreRejected() {
    assertEquals(
        "to must differ from from, both were 5",
        assertThrows(IllegalArgumentException.class, () -> LinearBetween.of("5", "0", "5.0", "1")).getMessage());
  }
}
