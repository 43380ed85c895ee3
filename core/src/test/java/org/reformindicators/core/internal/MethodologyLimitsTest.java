package org.reformindicators.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MethodologyLimitsTest {

  private static String refusal(Runnable check) {
    return assertThrows(IllegalArgumentException.class, check::run).getMessage();
  }

  @Test
  void factorsArePositiveAndAtMostOneMillion() {
    assertEquals(new BigDecimal("1000000"), MethodologyLimits.requireFactor("weight", new BigDecimal("1000000")));
    assertEquals(new BigDecimal("0.05"), MethodologyLimits.requireFactor("weight", new BigDecimal("0.05")));
    assertEquals("weight must be positive and at most 1000000, was 1000000.5",
        refusal(() -> MethodologyLimits.requireFactor("weight", new BigDecimal("1000000.5"))));
    assertEquals("weight must be positive and at most 1000000, was -1",
        refusal(() -> MethodologyLimits.requireFactor("weight", new BigDecimal("-1"))));
  }

  @Test
  void aHugeExponentIsRefusedWithAShortMessage() {
    assertEquals("weight must be positive and at most 1000000, was 1.0E+999999999",
        refusal(() -> MethodologyLimits.requireFactor("weight", new BigDecimal("1.0e+999999999"))));
    assertEquals("weight must have at most 20 digits after the decimal point, was 1E-999999999",
        refusal(() -> MethodologyLimits.requireFactor("weight", new BigDecimal("1e-999999999"))));
  }

  @Test
  void decimalsCountWithoutTrailingZeros() {
    BigDecimal manyZeros = new BigDecimal("0.5000000000000000000000000");
    assertEquals(manyZeros, MethodologyLimits.requireFactor("weight", manyZeros));
    assertEquals("points must have at most 20 digits after the decimal point, was 0.000000000000000000001",
        refusal(() -> MethodologyLimits.requireBounded("points", new BigDecimal("1e-21"))));
  }

  @Test
  void boundedDecimalsLieWithinOneThousandMillion() {
    assertEquals(new BigDecimal("-1e9"), MethodologyLimits.requireBounded("bound", new BigDecimal("-1e9")));
    assertEquals("bound must lie within -1000000000..1000000000, was 1000000001",
        refusal(() -> MethodologyLimits.requireBounded("bound", new BigDecimal("1000000001"))));
  }

  @Test
  void parametersAreFiniteAndWithinTenToTheFifteen() {
    assertEquals(1e15, MethodologyLimits.requireParameter("lower", 1e15));
    assertEquals("lower must be finite and within ±1e15, was 1.0E16",
        refusal(() -> MethodologyLimits.requireParameter("lower", 1e16)));
    assertEquals("lower must be finite and within ±1e15, was NaN",
        refusal(() -> MethodologyLimits.requireParameter("lower", Double.NaN)));
    assertEquals("scale must be positive and at most 1000000, was 0.0",
        refusal(() -> MethodologyLimits.requireScale("scale", 0)));
  }
}
