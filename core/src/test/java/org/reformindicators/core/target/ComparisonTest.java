package org.reformindicators.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ComparisonTest {

  @Test
  void testsAndBeats() {
    assertTrue(Comparison.AT_LEAST.test(80, 80));
    assertFalse(Comparison.AT_LEAST.beats(80, 80));
    assertTrue(Comparison.AT_LEAST.beats(81, 80));
    assertTrue(Comparison.AT_MOST.test(80, 80));
    assertTrue(Comparison.AT_MOST.beats(79, 80));
    assertFalse(Comparison.AT_MOST.test(81, 80));
    assertTrue(Comparison.EXACTLY.test(100, 100));
    assertFalse(Comparison.EXACTLY.beats(100, 100));
    assertFalse(Comparison.AT_LEAST.test(Double.NaN, 80));
  }

  @Test
  void symbols() {
    assertEquals("≥", Comparison.AT_LEAST.symbol());
    assertEquals("≤", Comparison.AT_MOST.symbol());
    assertEquals("=", Comparison.EXACTLY.symbol());
  }
}
