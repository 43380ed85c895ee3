package org.reformindicators.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ParameterKindTest {

  @Test
  void anIntegerIsAWholeNumberWithinTheRangeOfInt() {
    assertTrue(ParameterKind.INTEGER.admits(3));
    assertTrue(ParameterKind.INTEGER.admits(3.0));
    assertFalse(ParameterKind.INTEGER.admits(3.5));
    assertFalse(ParameterKind.INTEGER.admits(1e10));
    assertTrue(ParameterKind.NUMBER.admits(3.5));
    assertFalse(ParameterKind.NUMBER.admits(Double.NaN));
    assertFalse(ParameterKind.INTEGER.admits(Double.POSITIVE_INFINITY));
  }

  @Test
  void boxesAsTheKindIsWritten() {
    assertEquals(Integer.valueOf(3), ParameterKind.INTEGER.box(3.0));
    assertEquals(Double.valueOf(3.0), ParameterKind.NUMBER.box(3));
    assertEquals(
        "a parameter of kind INTEGER must be a whole number, was 2.5",
        assertThrows(IllegalArgumentException.class, () -> ParameterKind.INTEGER.box(2.5)).getMessage());
  }
}
