package org.reformindicators.core.composite.uncertainty;

import org.reformindicators.core.composite.ComponentCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.composite.Aggregation;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.composite.DataMatrix;
import org.reformindicators.core.composite.IndexNode;
import org.reformindicators.core.composite.TestIndices;

/** {@link UncertaintyAnalysis#runWithDraws}: rank intervals from given weights, checked by hand. */
class UncertaintyAnalysisGivenDrawsTest {

  /** Total T = (wA·A + wB·B) / (wA + wB), unrounded; nominal weights 1 and 1. */
  private static CompositeIndex twoComponents() {
    return CompositeIndex.builder("demo")
        .names("Thử", "Demo")
        .publisher("test")
        .source("test")
        .yearsFrom(2020)
        .root(
            IndexNode.builder(ComponentCode.of("T"))
                .aggregation(Aggregation.weightedArithmetic(java.math.BigDecimal.ONE))
                .child(IndexNode.builder(ComponentCode.of("A")).build())
                .child(IndexNode.builder(ComponentCode.of("B")).build())
                .build())
        .build();
  }

  private static final DataMatrix DATA =
      DataMatrix.builder(List.of(ComponentCode.of("A"), ComponentCode.of("B"))).row(UnitCode.of("X"), 10, 2).row(UnitCode.of("Y"), 2, 10).row(UnitCode.of("Z"), 6, 6).build();

  @Test
  void givenDrawsGiveTheHandComputedQuantiles() {
    // Nominal: X = Y = Z = 6, all share rank 1. Draw 1 (wA 3, wB 1): X 32/4 = 8, Y 16/4 = 4, Z 6 → X 1, Z 2, Y 3.
    // Draw 2 (wA 1, wB 3): X 4, Y 8, Z 6 → Y 1, Z 2, X 3. Draw 3 (nominal): 1, 1, 1.
    // X's ranks sorted 1, 1, 3: type 7, h = 2p: median 1; 5 %: h 0.1 → 1; 95 %: h 1.9 → 1 + 0.9 × 2 = 2.8.
    // Z's ranks sorted 1, 2, 2: median 2; 5 %: 1 + 0.1 × 1 = 1.1; 95 %: 2.
    UncertaintyResult result =
        UncertaintyAnalysis.runWithDraws(
            twoComponents(), DATA, List.of(Map.of(ComponentCode.of("A"), 3.0, ComponentCode.of("B"), 1.0), Map.of(ComponentCode.of("A"), 1.0, ComponentCode.of("B"), 3.0), Map.of()));
    UnitRankInterval x = result.interval(UnitCode.of("X")).orElseThrow();
    assertEquals(1, x.nominalRank());
    assertEquals(1.0, x.medianRank(), 1e-12);
    assertEquals(1.0, x.lowerRank(), 1e-12);
    assertEquals(2.8, x.upperRank(), 1e-12);
    UnitRankInterval z = result.interval(UnitCode.of("Z")).orElseThrow();
    assertEquals(2.0, z.medianRank(), 1e-12);
    assertEquals(1.1, z.lowerRank(), 1e-12);
    assertEquals(2.0, z.upperRank(), 1e-12);
    assertEquals(3, result.draws());
    assertEquals(0L, result.seed());
  }

  @Test
  void nominalDrawsCollapseToTheNominalRanks() {
    DataMatrix matrix = TestIndices.syntheticMatrix(TestIndices.PCI_CODES, 20, 3L);
    UncertaintyResult given =
        UncertaintyAnalysis.runWithDraws(TestIndices.pci(), matrix, List.of(Map.of(), Map.of()));
    for (UnitRankInterval interval : given.intervals()) {
      assertEquals(interval.nominalRank(), interval.lowerRank(), 0.0);
      assertEquals(interval.nominalRank(), interval.upperRank(), 0.0);
    }
  }

  @Test
  void refusesNoDrawsUnknownCodesTheRootAndBadWeights() {
    CompositeIndex index = twoComponents();
    assertTrue(assertThrows(IllegalArgumentException.class, () -> UncertaintyAnalysis.runWithDraws(index, DATA, List.of()))
        .getMessage().contains("was 0"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> UncertaintyAnalysis.runWithDraws(index, DATA, List.of(Map.of(ComponentCode.of("C"), 1.0))))
        .getMessage().contains("'C'"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> UncertaintyAnalysis.runWithDraws(index, DATA, List.of(Map.of(ComponentCode.of("T"), 1.0))))
        .getMessage().contains("not the total itself"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> UncertaintyAnalysis.runWithDraws(index, DATA, List.of(Map.of(ComponentCode.of("A"), -1.0))))
        .getMessage().contains("was -1.0"));
  }
}
