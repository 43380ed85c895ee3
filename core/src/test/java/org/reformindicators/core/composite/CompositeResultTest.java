package org.reformindicators.core.composite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.composite.ranking.Ranking;
import org.reformindicators.core.composite.ranking.RankingMethod;

class CompositeResultTest {

  private static final CompositeResult RESULT =
      CompositeCalculator.evaluate(
          TestIndices.pci(),
          DataMatrix.builder(TestIndices.PCI_CODES)
              .row(UnitCode.of("51"), TestIndices.QUANG_NGAI_2019) // VCCI, PCI 2019 provincial profile of Quảng Ngãi
              .row(UnitCode.of("X1"), "8", "8", "8", "8", "8", "8", "8", "8", "8", "8") // hand-made: PCI 80.00
              .row(UnitCode.of("X2"), "6.432", "6.432", "6.432", "6.432", "6.432", "6.432", "6.432", "6.432", "6.432",
                  "6.4315") // hand-made: 10 × (0.95 × 6.432 + 0.05 × 6.4315) = 64.31975 → 64.32, ties with 51
              .build());

  @Test
  void exactAndPublishedScores() {
    assertEquals(0, new BigDecimal("64.315").compareTo(RESULT.exactScore(UnitCode.of("51"), ComponentCode.of("PCI")).orElseThrow()));
    assertEquals(new BigDecimal("64.32"), RESULT.total(UnitCode.of("51")).orElseThrow());
    assertEquals(new BigDecimal("6.96"), RESULT.score(UnitCode.of("51"), ComponentCode.of("PCI_TRANSPARENCY")).orElseThrow());
    assertEquals(List.of(UnitCode.of("51"), UnitCode.of("X1"), UnitCode.of("X2")), RESULT.units());
    assertEquals("pci", RESULT.index().id());
  }

  @Test
  void rankingIsOnPublishedPrecisionWithCompetitionTies() {
    // 80.00 first; 64.31975 and 64.315 both publish as 64.32 and share rank 2
    Ranking ranking = RESULT.ranking();
    assertEquals(OptionalInt.of(1), ranking.place(UnitCode.of("X1")));
    assertEquals(OptionalInt.of(2), ranking.place(UnitCode.of("51")));
    assertEquals(OptionalInt.of(2), ranking.place(UnitCode.of("X2")));
    // on the exact totals 64.31975 > 64.315
    Ranking exact = RESULT.ranking(RankingMethod.COMPETITION, RankingBasis.EXACT);
    assertEquals(OptionalInt.of(2), exact.place(UnitCode.of("X2")));
    assertEquals(OptionalInt.of(3), exact.place(UnitCode.of("51")));
  }

  @Test
  void aDominatingUnitNeverRanksBelowUnderAnyPositiveWeightsAndAnyAggregation() {
    // Law (OECD/JRC Handbook 2008 §1.6): every aggregation here is monotone in each component for positive
    // weights, so a unit at least as good on every component ranks at least as well.
    qt().forAll(
            lists().of(doubles().between(0.01, 100)).ofSize(4),
            lists().of(doubles().between(0.5, 9)).ofSize(4),
            lists().of(doubles().between(0, 1)).ofSize(4),
            integers().between(0, AggregationMethod.values().length - 1))
        .checkAssert(
            (weights, base, increments, which) -> {
              List<ComponentCode> codes = TestIndices.codes("A", "B", "C", "D");
              double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
              double[] weak = base.stream().mapToDouble(Double::doubleValue).toArray();
              double[] strong = new double[4];
              for (int i = 0; i < 4; i++) {
                strong[i] = weak[i] + increments.get(i);
              }
              CompositeIndex index = TestIndices.flat(codes, w, AggregationMethod.values()[which]);
              DataMatrix data =
                  DataMatrix.builder(codes)
                      .row(UnitCode.of("weak"), weak)
                      .row(UnitCode.of("other"), 5, 5, 5, 5)
                      .row(UnitCode.of("strong"), strong)
                      .build();
              Ranking ranking = CompositeCalculator.evaluate(index, data).ranking();
              assertTrue(ranking.place(UnitCode.of("strong")).orElseThrow() <= ranking.place(UnitCode.of("weak")).orElseThrow());
            });
  }

  @Test
  void breakdownShowsPointsContributedAndLost() {
    // Transparency: 10 × 0.20 × 6.96 = 13.92 of a possible 10 × 0.20 × 10 = 20 → 6.08 lost.
    // Largest losses: Business Support 2 × (10 − 6.17) = 7.66, Labour Training 7.52, Transparency 6.08.
    // Total lost: 100 − 64.315 = 35.685.
    ScoreBreakdown breakdown = RESULT.breakdown(UnitCode.of("51"));
    Contribution transparency = breakdown.contributions().get(2);
    assertEquals(ComponentCode.of("PCI_TRANSPARENCY"), transparency.code());
    assertEquals(0, new BigDecimal("13.92").compareTo(transparency.points()));
    assertEquals(0, new BigDecimal("20").compareTo(transparency.maxPoints().orElseThrow()));
    assertEquals(0, new BigDecimal("6.08").compareTo(transparency.pointsLost().orElseThrow()));
    assertEquals(
        TestIndices.codes("PCI_BUSINESS_SUPPORT", "PCI_LABOR_TRAINING", "PCI_TRANSPARENCY"),
        breakdown.byPointsLost().subList(0, 3).stream().map(Contribution::code).toList());
    assertEquals(0, new BigDecimal("100").compareTo(breakdown.maxScore().orElseThrow()));
    assertEquals(0, new BigDecimal("35.685").compareTo(breakdown.pointsLost().orElseThrow()));
    BigDecimal sum =
        breakdown.contributions().stream().map(Contribution::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, breakdown.score().compareTo(sum));
  }

  @Test
  void breakdownOfNonAdditiveOrLeafNodesIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> RESULT.breakdown(UnitCode.of("51"), ComponentCode.of("PCI_TRANSPARENCY")));
    assertThrows(IllegalArgumentException.class, () -> RESULT.breakdown(UnitCode.of("99")));
    CompositeResult geometric =
        CompositeCalculator.evaluate(
            TestIndices.flat(TestIndices.codes("A", "B"), new double[] {1, 1}, AggregationMethod.WEIGHTED_GEOMETRIC),
            DataMatrix.builder(List.of(ComponentCode.of("A"), ComponentCode.of("B"))).row(UnitCode.of("u"), 4.0, 9.0).build());
    assertEquals(
        "contributions exist only for additive aggregations, not WEIGHTED_GEOMETRIC",
        assertThrows(IllegalStateException.class, () -> geometric.breakdown(UnitCode.of("u"))).getMessage());
  }
}
