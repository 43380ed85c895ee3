package org.reformindicators.examples.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.target.Band;
import org.reformindicators.core.target.Baseline;
import org.reformindicators.core.target.Completion;
import org.reformindicators.core.target.NestedShare;
import org.reformindicators.core.target.Qualitative;
import org.reformindicators.core.target.RankBand;
import org.reformindicators.core.target.RankImprovementPerYear;
import org.reformindicators.core.target.Recurring;
import org.reformindicators.core.target.Threshold;

class TargetLevelsTest {

  @Test
  void fixedLevelsAreLinesOrBands() {
    assertArrayEquals(new double[] {80, 80}, TargetLevels.of(Threshold.atLeast(80)).orElseThrow());
    assertArrayEquals(new double[] {25, 30}, TargetLevels.of(RankBand.of(25, 30, 63)).orElseThrow());
    assertArrayEquals(new double[] {70, 90}, TargetLevels.of(Band.of(70, 90)).orElseThrow());
    assertArrayEquals(new double[] {1, 1}, TargetLevels.of(Completion.of()).orElseThrow());
    assertArrayEquals(new double[] {100, 100},
        TargetLevels.of(Recurring.everyYear(Threshold.exactly(100), 2021, 2025)).orElseThrow());
    assertArrayEquals(new double[] {30, 30},
        TargetLevels.of(NestedShare.of(IndicatorCode.of("ONLINE_PAYMENT"), Threshold.atLeast(30))).orElseThrow());
  }

  @Test
  void ratesAndQualitativeCriteriaHaveNoFixedLevel() {
    assertTrue(TargetLevels.of(RankImprovementPerYear.of(5, 8, Baseline.of(CalendarYear.of(2020), 63))).isEmpty());
    assertTrue(TargetLevels.of(Qualitative.of("structure meets job-position standards")).isEmpty());
  }
}
