package org.reformindicators.core.composite.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.composite.AggregationMethod;
import org.reformindicators.core.composite.Rounding;
import org.reformindicators.core.composite.normalisation.ZScore;

class UncertaintyOptionsTest {

  @Test
  void defaultsAndSettings() {
    UncertaintyOptions defaults = UncertaintyOptions.builder().build();
    assertEquals(1_000, defaults.draws());
    assertEquals(UncertaintyOptions.DEFAULT_SEED, defaults.seed());
    assertEquals(0.0, defaults.weightNoise(1), 0.0);
    assertEquals(OptionalInt.of(2), defaults.rankingDecimals(Optional.of(Rounding.halfUp(2))));
    assertEquals(OptionalInt.empty(), defaults.rankingDecimals(Optional.empty()));

    UncertaintyOptions options =
        UncertaintyOptions.builder()
            .draws(10_000)
            .seed(7)
            .weightNoise(0.25, 0.1)
            .alternativeAggregation(AggregationMethod.WEIGHTED_GEOMETRIC)
            .alternativeNormalisation(ZScore.standard())
            .rankingDecimals(3)
            .build();
    assertEquals(0.25, options.weightNoise(1), 0.0);
    assertEquals(0.1, options.weightNoise(2), 0.0);
    assertEquals(0.0, options.weightNoise(3), 0.0);
    assertEquals(List.of(AggregationMethod.WEIGHTED_GEOMETRIC), options.alternativeAggregations());
    assertEquals(List.of(ZScore.standard()), options.alternativeNormalisations());
    assertEquals(OptionalInt.of(3), options.rankingDecimals(Optional.of(Rounding.halfUp(2))));
    assertEquals(
        OptionalInt.empty(),
        UncertaintyOptions.builder().rankUnrounded().build().rankingDecimals(Optional.of(Rounding.halfUp(2))));
  }

  @Test
  void drawsAreBoundedByAMillionSoThatARunEnds() {
    // issue 12: 2,147,483,647 draws ran for hours.
    assertEquals(1_000_000, UncertaintyOptions.builder().draws(UncertaintyOptions.MAX_DRAWS).build().draws());
    assertEquals(
        "draws must be within 1..1,000,000, was 1000001",
        assertThrows(IllegalArgumentException.class, () -> UncertaintyOptions.builder().draws(1_000_001).build())
            .getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> UncertaintyOptions.builder().draws(Integer.MAX_VALUE).build());
  }

  @Test
  void invalidOptionsAreRejected() {
    assertEquals(
        "draws must be within 1..1,000,000, was 0",
        assertThrows(IllegalArgumentException.class, () -> UncertaintyOptions.builder().draws(0).build())
            .getMessage());
    assertEquals(
        "weightNoise[0] must be within [0, 1) so that weights stay positive, was 1.0",
        assertThrows(IllegalArgumentException.class, () -> UncertaintyOptions.builder().weightNoise(1.0).build())
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> UncertaintyOptions.builder().rankingDecimals(11));
    assertThrows(IllegalArgumentException.class, () -> UncertaintyOptions.builder().build().weightNoise(0));
  }

  @Test
  void theGeneratedSettersAreCheckedLikeTheShortForms() {
    assertEquals(
        "decimals must be within 0..10, was 11",
        assertThrows(IllegalArgumentException.class,
            () -> UncertaintyOptions.builder().chosenRankingDecimals(11).build()).getMessage());
    assertEquals(
        "rankingDecimals 2 and rankUnrounded exclude each other",
        assertThrows(IllegalArgumentException.class,
            () -> UncertaintyOptions.builder().chosenRankingDecimals(2).rankUnrounded(true).build()).getMessage());
    // the short forms replace each other
    UncertaintyOptions unrounded = UncertaintyOptions.builder().rankingDecimals(2).rankUnrounded().build();
    assertEquals(OptionalInt.empty(), unrounded.rankingDecimals(Optional.of(Rounding.halfUp(2))));
    assertEquals(OptionalInt.of(1),
        UncertaintyOptions.builder().rankUnrounded().rankingDecimals(1).build().rankingDecimals(Optional.empty()));
  }

  @Test
  void theNoiseArrayIsCopiedInAndOut() {
    double[] noise = {0.25, 0.10};
    UncertaintyOptions options = UncertaintyOptions.builder().weightNoise(noise).build();
    noise[0] = 0.9;
    options.weightNoise()[1] = 0.9;
    assertEquals(0.25, options.weightNoise(1));
    assertEquals(0.10, options.weightNoise(2));
    assertEquals(options, UncertaintyOptions.builder().weightNoise(0.25, 0.10).build());
  }
}
