package org.reformindicators.core.composite.uncertainty;

import org.reformindicators.core.composite.ComponentCode;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.composite.AggregationMethod;
import org.reformindicators.core.composite.CompositeCalculator;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.composite.DataMatrix;
import org.reformindicators.core.composite.ScoringException;
import org.reformindicators.core.composite.ScoringProblem;
import org.reformindicators.core.composite.TestIndices;
import org.reformindicators.core.composite.normalisation.MinMax;
import org.reformindicators.core.composite.normalisation.ZScore;
import org.reformindicators.core.composite.ranking.Ranking;

class UncertaintyAnalysisTest {

  private static final DataMatrix PROVINCES = TestIndices.syntheticMatrix(TestIndices.PCI_CODES, 63, 7L);

  @Test
  void zeroNoiseCollapsesEveryIntervalToTheNominalRankOfTheCalculator() {
    UncertaintyResult result =
        UncertaintyAnalysis.run(
            TestIndices.pci(), PROVINCES, UncertaintyOptions.builder().draws(200).seed(1).build());
    Ranking ranking = CompositeCalculator.evaluate(TestIndices.pci(), PROVINCES).ranking();
    assertEquals(63, result.intervals().size());
    for (UnitRankInterval interval : result.intervals()) {
      int nominal = ranking.place(interval.unit()).orElseThrow();
      assertEquals(nominal, interval.nominalRank(), interval.unit().value());
      assertEquals(nominal, interval.medianRank(), 0.0, interval.unit().value());
      assertEquals(nominal, interval.lowerRank(), 0.0, interval.unit().value());
      assertEquals(nominal, interval.upperRank(), 0.0, interval.unit().value());
      assertEquals(200, result.rankCounts(interval.unit())[nominal]);
    }
  }

  @Test
  void sameSeedGivesIdenticalOutputAndAnotherSeedDiffers() {
    UncertaintyOptions.Builder options =
        UncertaintyOptions.builder()
            .draws(2_000)
            .weightNoise(0.5)
            .alternativeAggregation(AggregationMethod.WEIGHTED_GEOMETRIC)
            .alternativeNormalisation(new MinMax(1, 10));
    UncertaintyResult first = UncertaintyAnalysis.run(TestIndices.pci(), PROVINCES, options.seed(42).build());
    UncertaintyResult second = UncertaintyAnalysis.run(TestIndices.pci(), PROVINCES, options.seed(42).build());
    UncertaintyResult other = UncertaintyAnalysis.run(TestIndices.pci(), PROVINCES, options.seed(43).build());
    assertEquals(first.intervals(), second.intervals());
    for (UnitCode unit : PROVINCES.units()) {
      assertArrayEquals(first.rankCounts(unit), second.rankCounts(unit));
    }
    boolean anyDifferent = false;
    for (UnitCode unit : PROVINCES.units()) {
      anyDifferent |= !Arrays.equals(first.rankCounts(unit), other.rankCounts(unit));
    }
    assertTrue(anyDifferent);
    assertEquals(42, first.seed());
  }

  @Test
  void noiseWidensIntervalsAroundTheNominalRank() {
    UncertaintyResult result =
        UncertaintyAnalysis.run(
            TestIndices.pci(), PROVINCES, UncertaintyOptions.builder().draws(5_000).weightNoise(0.5).build());
    double totalWidth = 0;
    for (UnitRankInterval interval : result.intervals()) {
      totalWidth += interval.width();
      int[] counts = result.rankCounts(interval.unit());
      assertEquals(5_000, Arrays.stream(counts).sum());
      assertEquals(0, counts[0]);
    }
    assertTrue(totalWidth > 0, "±50 % weights must move some rank");
  }

  @Test
  void aUnitThatDominatesAnotherNeverRanksBelowItUnderNoisyWeights() {
    // Property (OECD/JRC Handbook 2008 §1.6: positive weights preserve dominance): per draw the dominating
    // unit's rank is at most the dominated one's, so every order statistic of its rank is too.
    qt().withExamples(30)
        .forAll(
            lists().of(doubles().between(1, 9)).ofSize(5),
            lists().of(doubles().between(0, 1)).ofSize(5),
            longs().all())
        .checkAssert(
            (base, increments, seed) -> {
              List<ComponentCode> codes = TestIndices.codes("A", "B", "C", "D", "E");
              double[] dominated = new double[5];
              double[] dominating = new double[5];
              for (int i = 0; i < 5; i++) {
                dominated[i] = base.get(i);
                dominating[i] = base.get(i) + increments.get(i);
              }
              DataMatrix data =
                  DataMatrix.builder(codes)
                      .row(UnitCode.of("weak"), dominated)
                      .row(UnitCode.of("strong"), dominating)
                      .row(UnitCode.of("x"), 5, 5, 5, 5, 5)
                      .row(UnitCode.of("y"), 2, 8, 3, 9, 1)
                      .build();
              CompositeIndex index =
                  TestIndices.flat(codes, new double[] {1, 2, 3, 4, 5}, AggregationMethod.WEIGHTED_ARITHMETIC);
              UncertaintyResult result =
                  UncertaintyAnalysis.run(
                      index,
                      data,
                      UncertaintyOptions.builder()
                          .draws(300)
                          .seed(seed)
                          .weightNoise(0.9)
                          .alternativeAggregation(AggregationMethod.WEIGHTED_GEOMETRIC)
                          .alternativeAggregation(AggregationMethod.WEIGHTED_HARMONIC)
                          .rankUnrounded()
                          .build());
              UnitRankInterval strong = result.interval(UnitCode.of("strong")).orElseThrow();
              UnitRankInterval weak = result.interval(UnitCode.of("weak")).orElseThrow();
              assertTrue(strong.nominalRank() <= weak.nominalRank());
              assertTrue(strong.lowerRank() <= weak.lowerRank());
              assertTrue(strong.medianRank() <= weak.medianRank());
              assertTrue(strong.upperRank() <= weak.upperRank());
            });
  }

  @Test
  void alternativeNormalisationsAndAggregationsAreSampled() {
    UncertaintyResult result =
        UncertaintyAnalysis.run(
            TestIndices.pci(),
            PROVINCES,
            UncertaintyOptions.builder()
                .draws(1_000)
                .alternativeNormalisation(ZScore.standard())
                .alternativeAggregation(AggregationMethod.SUM)
                .build());
    // z-scores and sums change the scale but the arithmetic/sum ranks agree; the z-score changes relative
    // spreads, so at least one unit's rank must vary across draws.
    assertTrue(result.intervals().stream().anyMatch(i -> i.width() > 0));
  }

  @Test
  void geometricAlternativeOnNonPositiveScoresIsRejected() {
    DataMatrix data = DataMatrix.builder(List.of(ComponentCode.of("A"), ComponentCode.of("B"))).row(UnitCode.of("u"), 0, 1).row(UnitCode.of("v"), 1, 1).build();
    CompositeIndex index =
        TestIndices.flat(TestIndices.codes("A", "B"), new double[] {1, 1}, AggregationMethod.WEIGHTED_ARITHMETIC);
    ScoringException e =
        assertThrows(
            ScoringException.class,
            () ->
                UncertaintyAnalysis.run(
                    index,
                    data,
                    UncertaintyOptions.builder()
                        .alternativeAggregation(AggregationMethod.WEIGHTED_GEOMETRIC)
                        .build()));
    assertEquals(
        "A for unit u: 0 is not positive, but a geometric or harmonic aggregation of the analysis needs positive"
            + " values",
        e.getMessage());
  }

  @Test
  void oneScoredUnitIsBadDataNotABug() {
    // issue 12: `score --uncertainty` on a file with one area exited 70 (internal error).
    DataMatrix data = DataMatrix.builder(List.of(ComponentCode.of("A"), ComponentCode.of("B"))).row(UnitCode.of("u"), 1, 1).build();
    CompositeIndex index =
        TestIndices.flat(TestIndices.codes("A", "B"), new double[] {1, 1}, AggregationMethod.WEIGHTED_ARITHMETIC);
    ScoringException e =
        assertThrows(
            ScoringException.class,
            () -> UncertaintyAnalysis.run(index, data, UncertaintyOptions.builder().draws(10).build()));
    assertEquals(
        "TOTAL: an uncertainty analysis ranks units, so it needs at least 2 units with a score, there is 1",
        e.getMessage());
    assertEquals(ScoringProblem.Source.DATA, e.problems().get(0).source());
  }

  @Test
  void quantileInterpolatesBetweenOrderStatistics() {
    // ranks 1, 1, 2, 4 (counts[1] = 2, counts[2] = 1, counts[4] = 1); type 7:
    // median h = 3 × 0.5 = 1.5 → 1 + 0.5 × (2 − 1) = 1.5; 95 % h = 2.85 → 2 + 0.85 × (4 − 2) = 3.7
    int[] counts = {0, 2, 1, 0, 1};
    assertEquals(1.5, UncertaintyAnalysis.quantile(counts, 0, 4, 4, 0.5), 1e-12);
    assertEquals(3.7, UncertaintyAnalysis.quantile(counts, 0, 4, 4, 0.95), 1e-12);
    assertEquals(1.0, UncertaintyAnalysis.quantile(counts, 0, 4, 4, 0.05), 1e-12);
  }

  @Test
  void removingEachComponentReranksWithTheOthersRenormalised() {
    // A: 10, 0 ; B: 0, 10 with weights 3 and 1 → totals u = 7.5, v = 2.5: u first.
    // Without A: u = 0, v = 10 → v first; without B: u = 10, v = 0 → u first.
    DataMatrix data = DataMatrix.builder(List.of(ComponentCode.of("A"), ComponentCode.of("B"))).row(UnitCode.of("u"), 10, 0).row(UnitCode.of("v"), 0, 10).build();
    CompositeIndex index =
        TestIndices.flat(TestIndices.codes("A", "B"), new double[] {3, 1}, AggregationMethod.WEIGHTED_ARITHMETIC);
    ComponentRemoval removal = UncertaintyAnalysis.removeEachComponent(index, data);
    assertEquals(1, removal.nominalRank(UnitCode.of("u")));
    assertEquals(2, removal.rankWithout(UnitCode.of("u"), ComponentCode.of("A")).orElseThrow());
    assertEquals(-1, removal.rankChange(UnitCode.of("u"), ComponentCode.of("A")).orElseThrow());
    assertEquals(1, removal.rankChange(UnitCode.of("v"), ComponentCode.of("A")).orElseThrow());
    assertEquals(0, removal.rankChange(UnitCode.of("u"), ComponentCode.of("B")).orElseThrow());
    assertEquals(1.0, removal.meanAbsoluteRankChange(ComponentCode.of("A")), 0.0);
    assertEquals(0.0, removal.meanAbsoluteRankChange(ComponentCode.of("B")), 0.0);
  }

  @Test
  void removalWithPciOnProvincesMovesSomeRanks() {
    ComponentRemoval removal = UncertaintyAnalysis.removeEachComponent(TestIndices.pci(), PROVINCES);
    assertEquals(TestIndices.PCI_CODES, removal.components());
    assertNotEquals(0.0, removal.meanAbsoluteRankChange(ComponentCode.of("PCI_LABOR_TRAINING")));
  }
}
