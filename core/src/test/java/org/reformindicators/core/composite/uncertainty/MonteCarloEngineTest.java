package org.reformindicators.core.composite.uncertainty;

import org.reformindicators.core.composite.ComponentCode;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.composite.AggregationMethod;
import org.reformindicators.core.composite.CompositeCalculator;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.composite.DataMatrix;
import org.reformindicators.core.composite.MissingDataPolicy;
import org.reformindicators.core.composite.TestIndices;
import org.reformindicators.core.composite.ranking.Ranking;

class MonteCarloEngineTest {

  // Quảng Ngãi 2019 (exact 64.315, VCCI, PCI provincial profile of Quảng Ngãi 2019) and a hand-made unit at 64.31975: both 64.32 when published.
  private static final DataMatrix NEAR_TIE =
      DataMatrix.builder(TestIndices.PCI_CODES)
          .row(UnitCode.of("51"), TestIndices.QUANG_NGAI_2019)
          .row(UnitCode.of("X2"), "6.432", "6.432", "6.432", "6.432", "6.432", "6.432", "6.432", "6.432", "6.432", "6.4315")
          .build();

  private static int[] nominal(CompositeIndex index, DataMatrix data, UncertaintyOptions options) {
    MonteCarloEngine engine = new MonteCarloEngine(index, data, options);
    int[] ranks = new int[engine.units()];
    engine.run(options, ranks, new int[engine.units() * (engine.units() + 1)]);
    return ranks;
  }

  @Test
  void binaryRoundingBeforeRankingAgreesWithTheDecimalHalfUp() {
    // 64.315 is stored as 64.31499999999999…; the guarded binary half-up still gives 64.32, so the two
    // units tie at published precision as the exact calculator says.
    UncertaintyOptions published = UncertaintyOptions.builder().draws(1).build();
    assertArrayEquals(new int[] {1, 1}, nominal(TestIndices.pci(), NEAR_TIE, published));
    Ranking exact = CompositeCalculator.evaluate(TestIndices.pci(), NEAR_TIE).ranking();
    assertEquals(1, exact.place(UnitCode.of("51")).orElseThrow());
    assertEquals(1, exact.place(UnitCode.of("X2")).orElseThrow());
    // unrounded, 64.31975 > 64.315
    UncertaintyOptions raw = UncertaintyOptions.builder().draws(1).rankUnrounded().build();
    assertArrayEquals(new int[] {2, 1}, nominal(TestIndices.pci(), NEAR_TIE, raw));
    // three decimals: 64.315 < 64.320
    UncertaintyOptions three = UncertaintyOptions.builder().draws(1).rankingDecimals(3).build();
    assertArrayEquals(new int[] {2, 1}, nominal(TestIndices.pci(), NEAR_TIE, three));
  }

  @Test
  void missingDataIsRenormalisedAndUnscoredUnitsStayOut() {
    CompositeIndex flat =
        TestIndices.flat(TestIndices.codes("A", "B", "C"), new double[] {1, 1, 2}, AggregationMethod.WEIGHTED_ARITHMETIC);
    CompositeIndex index =
        TestIndices.index(flat.root(), MissingDataPolicy.skipAndRenormalise());
    // full: (3 + 6 + 18) / 4 = 6.75; gap: (2 + 12) / 3 = 4.67; high: (9 + 9 + 18) / 4 = 9; none: unscored
    DataMatrix data =
        DataMatrix.builder(List.of(ComponentCode.of("A"), ComponentCode.of("B"), ComponentCode.of("C")))
            .row(UnitCode.of("full"), 3.0, 6.0, 9.0)
            .row(UnitCode.of("gap"), 2.0, Double.NaN, 6.0)
            .row(UnitCode.of("none"), Double.NaN, Double.NaN, Double.NaN)
            .row(UnitCode.of("high"), 9.0, 9.0, 9.0)
            .build();
    UncertaintyResult result =
        UncertaintyAnalysis.run(index, data, UncertaintyOptions.builder().draws(50).weightNoise(0.1).build());
    assertEquals(List.of(UnitCode.of("none")), result.unrankedUnits());
    assertEquals(2, result.interval(UnitCode.of("full")).orElseThrow().nominalRank());
    assertEquals(3, result.interval(UnitCode.of("gap")).orElseThrow().nominalRank());
    assertEquals(1, result.interval(UnitCode.of("high")).orElseThrow().nominalRank());
    // ±10 % weights cannot close gaps of this size: every interval collapses
    assertEquals(0.0, result.interval(UnitCode.of("gap")).orElseThrow().width(), 0.0);
  }
}
