package org.reformindicators.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.CalendarYear;

class TargetTest {

  private static Target.Builder t1b() {
    return Target.builder(ClauseId.parse("T1b"))
        .indicatorCode(IndicatorCode.of("PAR_INDEX_RANK"))
        .deadline("2025")
        .sourceText("đến năm 2025, xếp thứ hạng từ 25 - 30/63")
        .englishRendering("PAR INDEX rank 25–30 of 63 by 2025.");
  }

  private static String rejection(Runnable build) {
    return assertThrows(IllegalArgumentException.class, build::run).getMessage();
  }

  @Test
  void buildsAClause() {
    Target target = t1b().kind(() -> RankBand.of(25, 30, 63)).addNotes("Weaker end.").build();
    assertEquals(ClauseId.parse("T1b"), target.clauseId());
    assertEquals(CalendarYear.of(2025), target.deadline());
    assertEquals(List.of(CalendarYear.of(2025)), target.applicablePeriods());
    assertEquals(List.of("Weaker end."), target.notes());
    assertEquals(Optional.empty(), target.baseline());
    assertFalse(target.isMilestone());
    assertTrue(target.appliesOn(LocalDate.of(2030, 1, 1)));
    assertTrue(target.appliesThroughout(CalendarYear.of(2025)));
    assertEquals("T1b PAR_INDEX_RANK rank 25–30 of 63 by 2025", target.toString());
  }

  @Test
  void rejectionsOfTheKindNameTheClause() {
    // min > max
    assertEquals(
        "T1b: rank band best must not be a larger number than worst (1 = best), was best 30 > worst 25",
        rejection(() -> t1b().kind(() -> RankBand.of(30, 25, 63))));
    // rank band outside its universe
    assertEquals(
        "T1b: rank band worst must be within 1..63 (universe), was 64",
        rejection(() -> t1b().kind(() -> RankBand.of(25, 64, 63))));
    // a ceiling below the baseline value
    assertEquals(
        "T7a: ceiling must not be below the baseline value, was ceiling 100 < baseline 120 at 2021",
        rejection(
            () -> Target.builder(ClauseId.parse("T7a"))
                .kind(
                    () -> ChangePerYear.trajectory(
                        ChangeMeasure.ABSOLUTE, 20, 100, Baseline.of(CalendarYear.of(2021), 120)))));
    assertEquals(
        "T1b: band min must not exceed max, was min 90 > max 85", rejection(() -> t1b().kind(() -> Band.of(90, 85))));
    assertEquals(
        "T6b: nested share must be a percentage within 0..100, was 130",
        rejection(() -> Target.builder(ClauseId.parse("T6b")).kind(() -> NestedShare.of(IndicatorCode.of("QNG_X"), Threshold.atLeast(130)))));
    assertEquals(
        "T1b: deadline: " + rejectionOfPeriod("2025-Q5"), rejection(() -> t1b().deadline("2025-Q5")));
  }

  private static String rejectionOfPeriod(String text) {
    return assertThrows(
            IllegalArgumentException.class, () -> org.reformindicators.core.period.ReportingPeriod.parse(text))
        .getMessage();
  }

  @Test
  void rejectsInconsistentTargets() {
    assertEquals(
        "T1b: kind is required, was not set", rejection(() -> t1b().build()));
    assertEquals(
        "T1b: sourceText must not be blank, was ''",
        rejection(() -> t1b().sourceText("").kind(RankBand.of(25, 30, 63)).build()));
    assertEquals(
        "T1b: a clause cannot be a milestone of itself",
        rejection(() -> t1b().kind(RankBand.of(25, 30, 63)).milestoneOf(ClauseId.parse("T1b")).build()));
    assertEquals(
        "T3: deadline must be the last recurring period 2025, was 2024",
        rejection(
            () -> Target.builder(ClauseId.parse("T3"))
                .indicatorCode(IndicatorCode.of("QNG_X"))
                .kind(Recurring.everyYear(Threshold.exactly(100), 2021, 2025))
                .deadline(CalendarYear.of(2024))
                .sourceText("Hằng năm 100%")
                .englishRendering("Every year 100%")
                .build()));
    assertEquals(
        "T1a: baseline 2025 must end before the first period judged, 2025",
        rejection(
            () -> Target.builder(ClauseId.parse("T1a"))
                .indicatorCode(IndicatorCode.of("PAR_INDEX_RANK"))
                .kind(RankImprovementPerYear.of(5, 8, Baseline.of(CalendarYear.of(2025))))
                .deadline(CalendarYear.of(2025))
                .sourceText("tăng bình quân mỗi năm từ 5 - 8 bậc")
                .englishRendering("+5–8 places a year")
                .build()));
    assertEquals(
        "T14b: a breakdown over SECTOR cannot also be restricted to SECTOR=LAND",
        rejection(
            () -> Target.builder(ClauseId.parse("T14b"))
                .indicatorCode(IndicatorCode.of("QNG_X"))
                .kind(Breakdown.uniform("SECTOR", Threshold.atLeast(85), "LAND"))
                .breakdown(BreakdownKey.parse("SECTOR=LAND"))
                .deadline(CalendarYear.of(2025))
                .sourceText("lĩnh vực đất đai")
                .englishRendering("land")
                .build()));
    Reading reading = Reading.of("R", "vi", "en");
    assertEquals(
        "T1b: reading ids must be unique, was R twice",
        rejection(() -> t1b().kind(RankBand.of(25, 30, 63)).addReadings(reading).addReadings(reading).build()));
  }

  @Test
  void recurringTargetsAreJudgedInEachPeriodAndDistrictClausesLapse() {
    Target t7b =
        Target.builder(ClauseId.parse("T7b"))
            .indicatorCode(IndicatorCode.of("QNG_RESULTS_DIGITISED"))
            .breakdown(BreakdownKey.parse("LEVEL=DISTRICT"))
            .kind(
                Recurring.everyYear(
                    ChangePerYear.trajectory(ChangeMeasure.ABSOLUTE, 20, 100, Baseline.of(CalendarYear.of(2021))),
                    2022,
                    2025))
            .deadline(CalendarYear.of(2025))
            .sourceText("cấp huyện")
            .englishRendering("district level")
            .notApplicableFrom(LocalDate.of(2025, 7, 1), BilingualText.of("Cấp huyện chấm dứt.", "District ends."))
            .build();
    assertEquals(4, t7b.applicablePeriods().size());
    assertEquals(Optional.of(Baseline.of(CalendarYear.of(2021))), t7b.baseline());
    assertTrue(t7b.appliesThroughout(CalendarYear.of(2024)));
    assertFalse(t7b.appliesThroughout(CalendarYear.of(2025)));
    assertFalse(t7b.appliesOn(LocalDate.of(2025, 7, 1)));
  }

  @Test
  void aRestrictionToTheTotalIsNoRestriction() {
    Target plain = t1b().kind(RankBand.of(25, 30, 63)).build();
    Target total = t1b().kind(RankBand.of(25, 30, 63)).breakdown(BreakdownKey.TOTAL).build();
    assertEquals(Optional.empty(), total.breakdown());
    assertEquals(plain, total);
    assertEquals(plain.hashCode(), total.hashCode());
    assertEquals("T1b PAR_INDEX_RANK rank 25–30 of 63 by 2025", total.toString());
  }

  @Test
  void aCopyWithAChangeIsValidatedAgain() {
    Target t1b = t1b().kind(RankBand.of(25, 30, 63)).addNotes("Weaker end.").build();
    Target later = Target.builder(t1b.clauseId()).from(t1b).deadline("2026").build();
    assertEquals(CalendarYear.of(2026), later.deadline());
    assertEquals(t1b.notes(), later.notes());
    assertEquals(t1b.kind(), later.kind());
    assertFalse(later.equals(t1b));
    assertEquals(
        "T1b: a clause cannot be a milestone of itself",
        rejection(() -> Target.builder(t1b.clauseId()).from(t1b).milestoneOf(ClauseId.parse("T1b")).build()));
  }

  @Test
  void everyMissingRequiredPartIsNamedWithTheClause() {
    assertEquals(
        "T2: indicatorCode is required, was not set",
        rejection(() -> Target.builder(ClauseId.parse("T2")).kind(Threshold.atLeast(1)).build()));
    assertEquals(
        "T2: deadline is required, was not set",
        rejection(
            () -> Target.builder(ClauseId.parse("T2"))
                .indicatorCode(IndicatorCode.of("QNG_X"))
                .kind(Threshold.atLeast(1))
                .build()));
    assertEquals(
        "T1b: englishRendering is required, was not set",
        rejection(
            () -> Target.builder(ClauseId.parse("T1b"))
                .indicatorCode(IndicatorCode.of("PAR_INDEX_RANK"))
                .kind(RankBand.of(25, 30, 63))
                .deadline("2025")
                .sourceText("đến năm 2025, xếp thứ hạng từ 25 - 30/63")
                .build()));
  }
}
