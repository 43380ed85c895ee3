package org.reformindicators.core.composite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;

class ScoreBreakdownTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void totalsAndOrderingOfLosses() {
    // hand-made: A 3 of 5 (2 lost), B 4 of 10 (6 lost), C missing → score 7 of 15, 8 lost
    ScoreBreakdown breakdown =
        new ScoreBreakdown(
            UnitCode.of("u"), ComponentCode.of("T"),
            d("7"),
            List.of(
                new Contribution(ComponentCode.of("A"), Optional.of(d("3")), d("3"), Optional.of(d("5"))),
                new Contribution(ComponentCode.of("B"), Optional.of(d("4")), d("4"), Optional.of(d("10"))),
                new Contribution(ComponentCode.of("C"), Optional.empty(), BigDecimal.ZERO, Optional.empty())));
    assertEquals(Optional.of(d("15")), breakdown.maxScore());
    assertEquals(Optional.of(d("8")), breakdown.pointsLost());
    assertEquals(TestIndices.codes("B", "A"), breakdown.byPointsLost().stream().map(Contribution::code).toList());
  }

  @Test
  void unknownMaximumLeavesTheLossUnknown() {
    ScoreBreakdown breakdown =
        new ScoreBreakdown(
            UnitCode.of("u"), ComponentCode.of("T"), d("3"), List.of(new Contribution(ComponentCode.of("A"), Optional.of(d("3")), d("3"), Optional.empty())));
    assertEquals(Optional.empty(), breakdown.maxScore());
    assertEquals(Optional.empty(), breakdown.pointsLost());
    assertEquals(List.of(), breakdown.byPointsLost());
  }
}
