package org.reformindicators.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

class ThresholdTest {

  @Test
  void atLeastEightyAsT5() {
    Threshold t5 = Threshold.atLeast(80);
    assertTrue(t5.isMet(80));
    assertFalse(t5.isExceeded(80));
    assertTrue(t5.isExceeded(80.01));
    assertFalse(t5.isMet(79.99));
    assertEquals("≥ 80", t5.toString());
    assertEquals("threshold", t5.kindName());
    assertEquals(80, t5.levels()[0]);
  }

  @Test
  void atMostAndExactly() {
    Threshold atMost = Threshold.atMost(5);
    assertTrue(atMost.isMet(5));
    assertTrue(atMost.isExceeded(4));
    assertFalse(atMost.isMet(5.5));
    Threshold full = Threshold.exactly(100);
    assertTrue(full.isMet(100));
    assertFalse(full.isMet(99.99));
    assertFalse(full.isExceeded(100));
    assertEquals("= 100", full.toString());
    assertEquals("≤ 12.5", Threshold.atMost(12.5).toString());
  }

  @Test
  void rejectsNonFiniteValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Threshold.atLeast(Double.NaN));
    assertEquals("threshold value must be finite, was NaN", e.getMessage());
    assertThrows(NullPointerException.class, () -> new Threshold(null, 1));
  }

  @Test
  void atLeastIsMonotoneUpwardsAndExceededImpliesMet() {
    qt().forAll(doubles().between(-1e6, 1e6), doubles().between(-1e6, 1e6), doubles().between(0, 1e6))
        .checkAssert(
            (target, value, delta) -> {
              Threshold threshold = Threshold.atLeast(target);
              if (threshold.isMet(value)) {
                assertTrue(threshold.isMet(value + delta));
              }
              if (threshold.isExceeded(value)) {
                assertTrue(threshold.isMet(value));
              }
              assertEquals(value >= target, threshold.isMet(value));
            });
  }

  @Test
  void atMostIsMonotoneDownwardsAndExceededImpliesMet() {
    qt().forAll(doubles().between(-1e6, 1e6), doubles().between(-1e6, 1e6), doubles().between(0, 1e6))
        .checkAssert(
            (target, value, delta) -> {
              Threshold threshold = Threshold.atMost(target);
              if (threshold.isMet(value)) {
                assertTrue(threshold.isMet(value - delta));
              }
              if (threshold.isExceeded(value)) {
                assertTrue(threshold.isMet(value));
              }
            });
  }

  @Test
  void exactIsNeverExceeded() {
    qt().forAll(doubles().between(-1e6, 1e6), doubles().between(-1e6, 1e6))
        .checkAssert(
            (target, value) -> {
              assertFalse(Threshold.exactly(target).isExceeded(value));
              assertEquals(value.doubleValue() == target.doubleValue(), Threshold.exactly(target).isMet(value));
            });
  }
}
