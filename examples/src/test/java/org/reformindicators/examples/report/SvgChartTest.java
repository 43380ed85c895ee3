package org.reformindicators.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SvgChartTest {

  @Test
  void niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
    // 9.5 / 4 = 2.375 → 5; 0.3 → 0.5; 12 → 20; 1 → 1
    assertEquals(5.0, SvgChart.niceStep(2.375), 1e-12);
    assertEquals(0.5, SvgChart.niceStep(0.3), 1e-12);
    assertEquals(20.0, SvgChart.niceStep(12), 1e-12);
    assertEquals(1.0, SvgChart.niceStep(1), 1e-12);
  }
}
