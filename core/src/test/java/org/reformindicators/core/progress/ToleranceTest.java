package org.reformindicators.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ToleranceTest {

  @Test
  void theOneAllowanceIsOneBillionth() {
    assertEquals(1e-9, Tolerance.EPSILON, 0.0);
  }

  @Test
  void atLeastOnWithinAndBeyond() {
    assertTrue(Tolerance.atLeast(0.95, 0.95)); // exactly on
    assertTrue(Tolerance.atLeast(0.9499999999999998, 0.95)); // 95 % in decimal, a hair below in binary
    assertTrue(Tolerance.atLeast(0.95 - 1e-10, 0.95)); // within
    assertFalse(Tolerance.atLeast(0.95 - 1e-8, 0.95)); // beyond
    assertFalse(Tolerance.atLeast(0.9499, 0.95));
  }

  @Test
  void atMostOnWithinAndBeyond() {
    assertTrue(Tolerance.atMost(0.0, 0.0));
    assertTrue(Tolerance.atMost(1e-10, 0.0));
    assertFalse(Tolerance.atMost(1e-8, 0.0));
  }

  @Test
  void meetsIsRelativeToTheScaleAndFollowsTheDirection() {
    // 10.879999999999999 is 1.8e-15 below 10.88: within 1e-9 × 10.88
    assertTrue(Tolerance.meets(DesiredDirection.INCREASE, 10.879999999999999, 10.88, 10.88));
    assertTrue(Tolerance.meets(DesiredDirection.INCREASE, 10.88 - 1e-10 * 10.88, 10.88, 10.88));
    assertFalse(Tolerance.meets(DesiredDirection.INCREASE, 10.88 - 1e-8 * 10.88, 10.88, 10.88));
    assertTrue(Tolerance.meets(DesiredDirection.DECREASE, 30 + 1e-10 * 63, 30, 63));
    assertFalse(Tolerance.meets(DesiredDirection.DECREASE, 30 + 1e-8 * 63, 30, 63));
    // the same figures a million times larger: the same answers
    assertTrue(Tolerance.meets(DesiredDirection.DECREASE, 30e6 + 1e-10 * 63e6, 30e6, 63e6));
    assertFalse(Tolerance.meets(DesiredDirection.DECREASE, 30e6 + 1e-8 * 63e6, 30e6, 63e6));
    // scale 0: exact
    assertTrue(Tolerance.meets(DesiredDirection.INCREASE, 0, 0, 0));
    assertFalse(Tolerance.meets(DesiredDirection.INCREASE, -1e-300, 0, 0));
  }

  @Test
  void meetsRefusesABadScale() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Tolerance.meets(DesiredDirection.INCREASE, 1, 1, -1));
    assertEquals("scale must be finite and at least 0, was -1.0", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Tolerance.meets(DesiredDirection.INCREASE, 1, 1, Double.POSITIVE_INFINITY));
    assertThrows(
        IllegalArgumentException.class, () -> Tolerance.meets(DesiredDirection.INCREASE, 1, 1, Double.NaN));
    assertThrows(NullPointerException.class, () -> Tolerance.meets(null, 1, 1, 1));
  }
}
