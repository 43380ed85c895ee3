package org.reformindicators.core.composite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AggregationTest {

  @Test
  void factoriesCarryTheirScale() {
    assertEquals(BigDecimal.ONE, Aggregation.weightedArithmetic().scale());
    assertEquals(new BigDecimal("10"), Aggregation.weightedArithmetic(new BigDecimal("10")).scale());
    assertEquals(BigDecimal.valueOf(100), Aggregation.pointsShare().scale());
    assertEquals(AggregationMethod.SUM, Aggregation.sum().method());
    assertEquals(AggregationMethod.WEIGHTED_GEOMETRIC, Aggregation.weightedGeometric().method());
    assertEquals(AggregationMethod.WEIGHTED_HARMONIC, Aggregation.weightedHarmonic().method());
    assertEquals(
        new Aggregation(AggregationMethod.SUM, BigDecimal.valueOf(100)),
        Aggregation.pointsShare().withMethod(AggregationMethod.SUM));
  }

  @Test
  void scaleMustBePositive() {
    assertEquals(
        "scale must be positive and at most 1000000, was 0",
        assertThrows(IllegalArgumentException.class, () -> Aggregation.weightedArithmetic(BigDecimal.ZERO))
            .getMessage());
  }
}
