package org.reformindicators.core.composite.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;

class UnitRankIntervalTest {

  @Test
  void widthIsTheSpanOfTheNinetyPercentInterval() {
    assertEquals(11.5, new UnitRankInterval(UnitCode.of("51"), 41, 40, 35, 46.5).width(), 0.0);
  }

  @Test
  void disorderedPercentilesAreRejected() {
    assertEquals(
        "ranks must satisfy 1 ≤ lowerRank ≤ medianRank ≤ upperRank, were 5.0, 4.0, 6.0",
        assertThrows(IllegalArgumentException.class, () -> new UnitRankInterval(UnitCode.of("51"), 4, 4, 5, 6)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new UnitRankInterval(UnitCode.of("51"), 0, 1, 1, 1));
  }
}
