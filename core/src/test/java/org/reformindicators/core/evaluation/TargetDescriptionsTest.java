package org.reformindicators.core.evaluation;

import org.reformindicators.core.target.ClauseId;
import org.reformindicators.core.indicator.IndicatorCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.plan.QuangNgaiPlan1256;
import org.reformindicators.core.target.Band;
import org.reformindicators.core.target.Baseline;
import org.reformindicators.core.target.BilingualText;
import org.reformindicators.core.target.Breakdown;
import org.reformindicators.core.target.Completion;
import org.reformindicators.core.target.NestedShare;
import org.reformindicators.core.target.RankBand;
import org.reformindicators.core.target.RankImprovementPerYear;
import org.reformindicators.core.target.Recurring;
import org.reformindicators.core.target.ReductionFromBaseline;
import org.reformindicators.core.target.TargetKind;
import org.reformindicators.core.target.Threshold;

class TargetDescriptionsTest {

  private static BilingualText percent(TargetKind kind) {
    return TargetDescriptions.ofKind(kind, "%", IndicatorCode::toString);
  }

  @Test
  void describesRanksInBothLanguages() {
    assertEquals(
        BilingualText.of("hạng 25–30/63", "rank 25–30 of 63"),
        TargetDescriptions.ofKind(RankBand.of(25, 30, 63), "", IndicatorCode::toString));
    RankImprovementPerYear t1a = RankImprovementPerYear.of(5, 8, Baseline.of(CalendarYear.of(2020), 63));
    assertEquals(
        BilingualText.of("tăng 5–8 bậc/năm (từ 2020)", "up 5–8 places a year (from 2020)"),
        TargetDescriptions.ofKind(t1a, "", IndicatorCode::toString));
  }

  @Test
  void describesSharesWithTheirUnit() {
    assertEquals("≥ 80%", percent(Threshold.atLeast(80)).en());
    assertEquals("= 100% every year 2021–2025", percent(Recurring.everyYear(Threshold.exactly(100), 2021, 2025)).en());
    assertEquals(
        "≥ 30% trong số ONLINE_PAYMENT_OFFERED",
        percent(NestedShare.of(IndicatorCode.of("ONLINE_PAYMENT_OFFERED"), Threshold.atLeast(30))).vi());
    assertEquals("hoàn thành", percent(Completion.of()).vi());
    assertEquals(
        "down ≥ 10% from 2021", percent(ReductionFromBaseline.of(10, Baseline.of(CalendarYear.of(2021)))).en());
  }

  @Test
  void writesNumbersInTheConventionOfEachLanguage() {
    assertEquals(BilingualText.of("≥ 86,45%", "≥ 86.45%"), percent(Threshold.atLeast(86.45)));
    assertEquals(BilingualText.of("≥ 80%", "≥ 80%"), percent(Threshold.atLeast(80.0)));
    assertEquals(BilingualText.of("0,5–1.234,5", "0.5–1,234.5"), TargetDescriptions.ofKind(
        Band.of(0.5, 1234.5), "", IndicatorCode::toString));
  }

  @Test
  void namesBreakdownValuesInBothLanguages() {
    Breakdown sectors = Breakdown.uniform("SECTOR", Threshold.atLeast(85), "LAND", "HEALTH");
    assertEquals(BilingualText.of("đất đai ≥ 85%; y tế ≥ 85%", "land ≥ 85%; health ≥ 85%"), percent(sectors));
    assertEquals(
        BilingualText.of("cấp huyện", "district level"), TargetDescriptions.breakdownLabel("LEVEL", "DISTRICT"));
    assertEquals("commune level", TargetDescriptions.breakdownLabel("LEVEL", "COMMUNE").en());
    assertEquals(BilingualText.of("AREA=X", "AREA=X"), TargetDescriptions.breakdownLabel("AREA", "X"));
  }

  @Test
  void describesATargetOfAPlanWithItsDeadlineAndItsParentByClause() {
    Plan plan = QuangNgaiPlan1256.plan();
    assertEquals(
        BilingualText.of("≥ 80% đến 2025", "≥ 80% by 2025"),
        TargetDescriptions.of(plan, plan.target(ClauseId.parse("T6a")).orElseThrow()));
    assertEquals(
        BilingualText.of("≥ 30% trong số T6a đến 2025", "≥ 30% of T6a by 2025"),
        TargetDescriptions.of(plan, plan.target(ClauseId.parse("T6b")).orElseThrow()));
  }

  @Test
  void refusesNull() {
    assertThrows(NullPointerException.class, () -> TargetDescriptions.of(null, null));
    assertThrows(
        NullPointerException.class, () -> TargetDescriptions.ofKind(Completion.of(), null, IndicatorCode::toString));
    assertThrows(NullPointerException.class, () -> TargetDescriptions.breakdownLabel("LEVEL", null));
  }
}
