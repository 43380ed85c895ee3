package org.reformindicators.core.composite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AggregationMethodTest {

  @Test
  void additiveAndPositiveOnlyMethods() {
    Set<AggregationMethod> additive =
        Stream.of(AggregationMethod.values()).filter(AggregationMethod::isAdditive).collect(Collectors.toSet());
    assertEquals(
        EnumSet.of(AggregationMethod.WEIGHTED_ARITHMETIC, AggregationMethod.SUM, AggregationMethod.POINTS_SHARE),
        additive);
    Set<AggregationMethod> positive =
        Stream.of(AggregationMethod.values())
            .filter(AggregationMethod::requiresPositiveScores)
            .collect(Collectors.toSet());
    assertEquals(EnumSet.of(AggregationMethod.WEIGHTED_GEOMETRIC, AggregationMethod.WEIGHTED_HARMONIC), positive);
  }
}
