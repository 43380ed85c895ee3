package org.reformindicators.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GrowthTest {

  @Test
  void compoundAnnualGrowthRate() {
    // (121/100)^(1/2) − 1 = 0.1
    assertEquals(0.1, Growth.cagr(100, 121, 2), 1e-12);
    // (30/63)^(1/5) − 1 = −0.137902
    assertEquals(-0.137902, Growth.cagr(63, 30, 5), 1e-6);
  }

  @Test
  void bandsAllowTheDocumentedTolerance() {
    assertEquals("top", Growth.band(0.9499999999999998, 0.95, 0.6, 0, "top", "upper", "lower", "bottom"));
    assertEquals("upper", Growth.band(0.9499, 0.95, 0.6, 0, "top", "upper", "lower", "bottom"));
    assertEquals("lower", Growth.band(-1e-10, 0.95, 0.6, 0, "top", "upper", "lower", "bottom"));
    assertEquals("bottom", Growth.band(-1e-8, 0.95, 0.6, 0, "top", "upper", "lower", "bottom"));
  }

  @Test
  void compoundProblems() {
    assertEquals(UnassessableReason.ZERO_BASE, Growth.compoundProblem(0, 5));
    assertEquals(UnassessableReason.ZERO_VALUE, Growth.compoundProblem(5, 0));
    assertEquals(UnassessableReason.MIXED_SIGNS, Growth.compoundProblem(-5, 5));
    assertNull(Growth.compoundProblem(-5, -1, -2));
  }

  @Test
  void decreasingCutoffs() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Growth.decreasing(new String[] {"a", "b"}, 1.0, 1.0));
    assertEquals("b must be below a (1.0), was 1.0", e.getMessage());
  }
}
