package org.reformindicators.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.target.Baseline;
import org.reformindicators.core.target.Breakdown;
import org.reformindicators.core.target.Completion;
import org.reformindicators.core.target.NestedShare;
import org.reformindicators.core.target.RankBand;
import org.reformindicators.core.target.RankImprovementPerYear;
import org.reformindicators.core.target.Recurring;
import org.reformindicators.core.target.ReductionFromBaseline;
import org.reformindicators.core.target.Threshold;

class TargetTextTest {

  private final TargetText vi = new TargetText(Language.VI, "%");
  private final TargetText en = new TargetText(Language.EN, "%");

  @Test
  void describesRanksInBothLanguages() {
    assertEquals("hạng 25–30/63", vi.describe(RankBand.of(25, 30, 63)));
    assertEquals("rank 25–30 of 63", en.describe(RankBand.of(25, 30, 63)));
    RankImprovementPerYear t1a = RankImprovementPerYear.of(5, 8, Baseline.of(CalendarYear.of(2020), 63));
    assertEquals("tăng 5–8 bậc/năm (từ 2020)", vi.describe(t1a));
    assertEquals("up 5–8 places a year (from 2020)", en.describe(t1a));
  }

  @Test
  void describesSharesWithTheirUnit() {
    assertEquals("≥ 80%", en.describe(Threshold.atLeast(80)));
    assertEquals("= 100% every year 2021–2025",
        en.describe(Recurring.everyYear(Threshold.exactly(100), 2021, 2025)));
    assertEquals("≥ 30% trong số ONLINE_PAYMENT_OFFERED",
        vi.describe(NestedShare.of(IndicatorCode.of("ONLINE_PAYMENT_OFFERED"), Threshold.atLeast(30))));
    assertEquals("hoàn thành", vi.describe(Completion.of()));
    assertEquals("down ≥ 10% from 2021",
        en.describe(ReductionFromBaseline.of(10, Baseline.of(CalendarYear.of(2021)))));
  }

  @Test
  void namesBreakdownValuesInTheReportLanguage() {
    Breakdown sectors = Breakdown.uniform("SECTOR", Threshold.atLeast(85), "LAND", "HEALTH");
    assertEquals("đất đai ≥ 85%; y tế ≥ 85%", vi.describe(sectors));
    assertEquals("land ≥ 85%; health ≥ 85%", en.describe(sectors));
  }

  @Test
  void formatsNumbersWithoutTrailingZeros() {
    assertEquals("80", TargetText.number(80.0));
    assertEquals("86.45", TargetText.number(86.45));
    assertEquals("0.5", TargetText.number(0.50));
  }
}
