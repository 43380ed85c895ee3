package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScoreLineTest {

  @Test
  void hasAnIntervalOnlyAfterAnUncertaintyAnalysis() {
    assertFalse(new ScoreLine("51", "Quảng Ngãi", "2020", new BigDecimal("63.18"), 4, 0, 0, 0, false).hasInterval());
    assertTrue(new ScoreLine("51", "Quảng Ngãi", "2020", new BigDecimal("63.18"), 4, 3, 4, 4, false).hasInterval());
  }

  @Test
  void rejectsNullsAndRanksBelowOne() {
    assertEquals("area", assertThrows(NullPointerException.class,
        () -> new ScoreLine(null, "", "2020", BigDecimal.ONE, 1, 0, 0, 0, false)).getMessage());
    assertEquals("rank must be >= 1, was -2 for area 48", assertThrows(IllegalArgumentException.class,
        () -> new ScoreLine("48", "", "2020", BigDecimal.ONE, -2, 0, 0, 0, false)).getMessage());
  }
}
