package org.reformindicators.core.composite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.composite.ranking.RankingMethod;

class RankingBasisTest {

  @Test
  void publishedBasisTiesWhatRoundsAlike() {
    // hand-made totals 1.004 and 1.001 (two decimals published: 1.00 and 1.00)
    CompositeIndex index =
        TestIndices.index(
            IndexNode.builder(ComponentCode.of("T"))
                .aggregation(Aggregation.sum())
                .rounding(Rounding.halfUp(2))
                .child(IndexNode.builder(ComponentCode.of("A")).build())
                .build(),
            MissingDataPolicy.fail());
    CompositeResult result =
        CompositeCalculator.evaluate(index, DataMatrix.builder(List.of(ComponentCode.of("A"))).row(UnitCode.of("u"), "1.001").row(UnitCode.of("v"), "1.004").build());
    assertEquals(1, result.ranking(RankingMethod.COMPETITION, RankingBasis.PUBLISHED).place(UnitCode.of("u")).orElseThrow());
    assertEquals(1, result.ranking(RankingMethod.COMPETITION, RankingBasis.PUBLISHED).place(UnitCode.of("v")).orElseThrow());
    assertEquals(2, result.ranking(RankingMethod.COMPETITION, RankingBasis.EXACT).place(UnitCode.of("u")).orElseThrow());
  }
}
