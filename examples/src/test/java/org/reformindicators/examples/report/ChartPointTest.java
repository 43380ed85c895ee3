package org.reformindicators.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChartPointTest {

  @Test
  void keepsItsComponents() {
    ChartPoint point = new ChartPoint("2021", 2021.5, 39, false);
    assertEquals(2021.5, point.x());
    assertEquals(39, point.value());
  }

  @Test
  void rejectsNonFiniteValues() {
    assertEquals("value must be finite, was NaN at 2021",
        assertThrows(IllegalArgumentException.class,
            () -> new ChartPoint("2021", 2021.5, Double.NaN, false)).getMessage());
    assertEquals("x must be finite, was Infinity",
        assertThrows(IllegalArgumentException.class,
            () -> new ChartPoint("2021", Double.POSITIVE_INFINITY, 1, false)).getMessage());
  }
}
