package org.reformindicators.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

class ParameterRangeTest {

  @Test
  void printsIntervalNotation() {
    assertEquals("(-∞, ∞)", ParameterRange.all().toString());
    assertEquals("(0, ∞)", ParameterRange.greaterThan(0).toString());
    assertEquals("[3, ∞)", ParameterRange.atLeast(3).toString());
    assertEquals("(0, 1)", ParameterRange.open(0, 1).toString());
    assertEquals("[0.5, 0.5]", new ParameterRange(0.5, true, 0.5, true).toString());
  }

  @Test
  void containsOnlyFiniteValuesWithinItsEnds() {
    ParameterRange unit = ParameterRange.open(0, 1);
    assertFalse(unit.contains(0));
    assertTrue(unit.contains(0.5));
    assertFalse(unit.contains(1));
    assertTrue(ParameterRange.atLeast(3).contains(3));
    assertFalse(ParameterRange.atLeast(3).contains(2.999));
    assertFalse(ParameterRange.all().contains(Double.NaN));
    assertFalse(ParameterRange.all().contains(Double.POSITIVE_INFINITY));
    qt().forAll(doubles().between(-1e9, 1e9)).checkAssert(x -> assertTrue(ParameterRange.all().contains(x)));
  }

  @Test
  void refusesEmptyRangesAndInclusiveInfinity() {
    assertEquals(
        "a range must contain a finite value, was (1, 1)",
        assertThrows(IllegalArgumentException.class, () -> ParameterRange.open(1, 1)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> ParameterRange.open(2, 1));
    assertThrows(IllegalArgumentException.class, () -> ParameterRange.greaterThan(Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> ParameterRange.atLeast(Double.NEGATIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> ParameterRange.greaterThan(Double.NaN));
  }
}
