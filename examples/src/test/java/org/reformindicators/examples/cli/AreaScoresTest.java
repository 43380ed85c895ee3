package org.reformindicators.examples.cli;

import org.reformindicators.core.composite.ComponentCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.composite.Aggregation;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.composite.IndexNode;
import org.reformindicators.core.composite.MissingDataPolicy;
import org.reformindicators.core.composite.Rounding;

class AreaScoresTest {

  /** A two-component index: 10 × (0.25 A + 0.75 B), two decimals. */
  private static CompositeIndex twoComponents(MissingDataPolicy policy) {
    return CompositeIndex.builder("demo")
        .names("Chỉ số thử", "Demo index")
        .publisher("tests")
        .source("AreaScoresTest")
        .yearsFrom(2020)
        .missingData(policy)
        .root(IndexNode.builder(ComponentCode.of("DEMO"))
            .aggregation(Aggregation.weightedArithmetic(BigDecimal.TEN))
            .rounding(Rounding.halfUp(2))
            .child(IndexNode.builder(ComponentCode.of("DEMO_A")).weight("0.25").build())
            .child(IndexNode.builder(ComponentCode.of("DEMO_B")).weight("0.75").build())
            .build())
        .build();
  }

  @Test
  void scoresAndRanksEveryArea() {
    AreaScores scores = new AreaScores(twoComponents(MissingDataPolicy.fail()));
    // 51: 10 × (0.25 × 8 + 0.75 × 6) = 10 × 6.5 = 65.00
    // 48: 10 × (0.25 × 6 + 0.75 × 7) = 10 × 6.75 = 67.50
    // 49: 10 × (0.25 × 9 + 0.75 × 5.5) = 10 × 6.375 = 63.75
    scores.add("DEMO_A", "51", new BigDecimal("8"), false);
    scores.add("DEMO_B", "51", new BigDecimal("6"), false);
    scores.add("DEMO_A", "48", new BigDecimal("6"), true);
    scores.add("DEMO_B", "48", new BigDecimal("7"), true);
    scores.add("DEMO_A", "49", new BigDecimal("9"), true);
    scores.add("DEMO_B", "49", new BigDecimal("5.5"), true);
    List<ScoreLine> lines = scores.score("2020", Map.of("51", "Quảng Ngãi"), Optional.empty()).lines();
    assertEquals(List.of("48", "51", "49"), lines.stream().map(ScoreLine::area).toList());
    assertEquals(new BigDecimal("67.50"), lines.get(0).score());
    assertEquals(new BigDecimal("65.00"), lines.get(1).score());
    assertEquals(new BigDecimal("63.75"), lines.get(2).score());
    assertEquals(List.of(1, 2, 3), lines.stream().map(ScoreLine::rank).toList());
    assertEquals("Quảng Ngãi", lines.get(1).name());
    assertFalse(lines.get(1).sample());
    assertTrue(lines.get(0).sample());
    assertEquals(2, scores.decimals());
    assertEquals(List.of(), scores.unranked(lines));
  }

  @Test
  void rankIntervalsCollapseWithoutNoise() {
    AreaScores scores = new AreaScores(twoComponents(MissingDataPolicy.fail()));
    scores.add("DEMO_A", "51", new BigDecimal("8"), false);
    scores.add("DEMO_B", "51", new BigDecimal("6"), false);
    scores.add("DEMO_A", "48", new BigDecimal("6"), false);
    scores.add("DEMO_B", "48", new BigDecimal("7"), false);
    List<ScoreLine> lines =
        scores.score("2020", Map.of(), Optional.of(scores.uncertaintyOptions(200, 0.0, 1))).lines();
    for (ScoreLine line : lines) {
      assertEquals(line.rank(), line.rankLow(), 1e-9);
      assertEquals(line.rank(), line.rankMedian(), 1e-9);
      assertEquals(line.rank(), line.rankHigh(), 1e-9);
    }
  }

  @Test
  void noisyWeightsWidenTheIntervalOfCloseAreasReproducibly() {
    AreaScores scores = new AreaScores(twoComponents(MissingDataPolicy.fail()));
    // 65.00 against 65.25: close, and the order flips when A's weight grows.
    scores.add("DEMO_A", "51", new BigDecimal("8"), false);
    scores.add("DEMO_B", "51", new BigDecimal("6"), false);
    scores.add("DEMO_A", "48", new BigDecimal("5"), false);
    scores.add("DEMO_B", "48", new BigDecimal("7"), false);
    List<ScoreLine> first =
        scores.score("2020", Map.of(), Optional.of(scores.uncertaintyOptions(500, 0.5, 7))).lines();
    List<ScoreLine> again =
        scores.score("2020", Map.of(), Optional.of(scores.uncertaintyOptions(500, 0.5, 7))).lines();
    assertEquals(first, again);
    assertTrue(first.stream().anyMatch(line -> line.rankHigh() > line.rankLow()), first.toString());
  }

  @Test
  void areasWithMissingValuesAreReportedUnrankedUnderAMinimumCoverage() {
    AreaScores scores = new AreaScores(twoComponents(MissingDataPolicy.minimumCoverage(1.0)));
    scores.add("DEMO_A", "51", new BigDecimal("8"), false);
    scores.add("DEMO_B", "51", new BigDecimal("6"), false);
    scores.add("DEMO_A", "62", new BigDecimal("6"), false);
    List<ScoreLine> lines = scores.score("2020", Map.of(), Optional.empty()).lines();
    assertEquals(List.of("51"), lines.stream().map(ScoreLine::area).toList());
    assertEquals(List.of("62"), scores.unranked(lines));
  }

  @Test
  void rejectsIndicatorsOutsideTheIndexAndReportsDuplicates() {
    AreaScores scores = new AreaScores(twoComponents(MissingDataPolicy.fail()));
    assertTrue(scores.isLeaf("DEMO_A"));
    assertFalse(scores.isLeaf("DEMO"));
    assertEquals("indicator must be a leaf of demo, was PCI",
        assertThrows(IllegalArgumentException.class,
            () -> scores.add("PCI", "51", BigDecimal.ONE, false)).getMessage());
    assertTrue(scores.add("DEMO_A", "51", BigDecimal.ONE, false));
    assertFalse(scores.add("DEMO_A", "51", BigDecimal.TEN, false));
  }
}
