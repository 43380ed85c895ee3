package org.reformindicators.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.evaluation.PlanAssessment;
import org.reformindicators.core.evaluation.PlanEvaluator;
import org.reformindicators.core.indicator.BreakdownDimension;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.Direction;
import org.reformindicators.core.indicator.Indicator;
import org.reformindicators.core.indicator.IndicatorCatalogue;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.indicator.Measure;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.Phase;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.target.Baseline;
import org.reformindicators.core.target.BilingualText;
import org.reformindicators.core.target.Breakdown;
import org.reformindicators.core.target.ClauseId;
import org.reformindicators.core.target.RankBand;
import org.reformindicators.core.target.RankImprovementPerYear;
import org.reformindicators.core.target.RankUniverseRule;
import org.reformindicators.core.target.Reading;
import org.reformindicators.core.target.Target;
import org.reformindicators.core.target.Threshold;
import org.reformindicators.core.text.Language;

class ReportBuilderTest {

  static final IndicatorCode RANK = IndicatorCode.of("PAR_INDEX_RANK");
  static final IndicatorCode SHARE = IndicatorCode.of("DEMO_ONLINE_DOSSIERS");
  static final IndicatorCode SATISFACTION = IndicatorCode.of("DEMO_SATISFACTION");

  static Plan plan() {
    IndicatorCatalogue catalogue = IndicatorCatalogue.of(
        Indicator.builder().code(RANK).nameVi("Xếp hạng PAR INDEX").nameEn("PAR INDEX rank")
            .measure(Measure.rank()).direction(Direction.LOWER_IS_BETTER).decimals(0)
            .publisher("Bộ Nội vụ").build(),
        Indicator.builder().code(SHARE).nameVi("Tỷ lệ hồ sơ trực tuyến").nameEn("Share of dossiers online")
            .measure(Measure.percentage()).direction(Direction.HIGHER_IS_BETTER).decimals(1)
            .publisher("UBND tỉnh").build(),
        Indicator.builder().code(SATISFACTION).nameVi("Mức độ hài lòng").nameEn("Satisfaction")
            .measure(Measure.percentage()).direction(Direction.HIGHER_IS_BETTER).decimals(1)
            .publisher("UBND tỉnh").addBreakdowns(BreakdownDimension.sector()).build());
    CalendarYear y2025 = CalendarYear.of(2025);
    return Plan.builder()
        .id("demo-plan")
        .title("Kế hoạch thử", "Demo plan")
        .legalReference("1/QĐ-UBND", LocalDate.of(2021, 1, 4), BilingualText.of("UBND tỉnh", "People's Committee"))
        .unitCode(UnitCode.of("51"))
        .phase(Phase.of(2021, 2025))
        .catalogue(catalogue)
        .rankUniverseRule(RankUniverseRule.RELATIVE_POSITION)
        .addReadings(Reading.of("BAND_AT_WEAKER_END", "Khoảng là cam kết ở đầu yếu hơn.",
            "A band is a commitment at its weaker end."))
        .targets(List.of(
            Target.builder(ClauseId.parse("T1")).indicatorCode(IndicatorCode.of(RANK.toString())).kind(() -> RankBand.of(25, 30, 63)).deadline(y2025)
                .sourceText("Xếp hạng 25-30/63").englishRendering("Rank 25–30 of 63 by 2025.").build(),
            Target.builder(ClauseId.parse("T2")).indicatorCode(IndicatorCode.of(SHARE.toString())).kind(() -> Threshold.atLeast(50)).deadline(y2025)
                .sourceText("Tối thiểu 50%").englishRendering("At least 50%.").build(),
            Target.builder(ClauseId.parse("T3")).indicatorCode(IndicatorCode.of(SATISFACTION.toString()))
                .kind(() -> Breakdown.uniform("SECTOR", Threshold.atLeast(85), "LAND", "HEALTH")).deadline(y2025)
                .sourceText("Đạt 85% mỗi lĩnh vực").englishRendering("85% in each sector.").build(),
            Target.builder(ClauseId.parse("T4")).indicatorCode(IndicatorCode.of(RANK.toString()))
                .kind(() -> RankImprovementPerYear.of(5, 8, Baseline.of(CalendarYear.of(2020))))
                .deadline(y2025).sourceText("Tăng 5-8 bậc mỗi năm").englishRendering("Up 5–8 places a year.")
                .build()))
        .build();
  }

  static ObservationSet observations() {
    return ObservationSet.of(List.of(
        Observation.rank(RANK, UnitCode.of("51"), CalendarYear.of(2020), 63, 63),
        Observation.rank(RANK, UnitCode.of("51"), CalendarYear.of(2021), 39, 63),
        Observation.builder().indicator(SHARE).unit(UnitCode.of("51")).period(CalendarYear.of(2022)).value(20.0).build(),
        Observation.builder().indicator(SHARE).unit(UnitCode.of("51")).period(CalendarYear.of(2023)).value(30.0)
            .note("SAMPLE: illustrative").build(),
        Observation.builder().indicator(SATISFACTION).unit(UnitCode.of("51")).period(CalendarYear.of(2023)).value(80.0)
            .breakdown(BreakdownKey.of("SECTOR", "LAND")).build(),
        Observation.builder().indicator(SATISFACTION).unit(UnitCode.of("51")).period(CalendarYear.of(2023)).value(88.0)
            .breakdown(BreakdownKey.of("SECTOR", "HEALTH")).build(),
        // After the assessment period: never drawn.
        Observation.builder().indicator(SHARE).unit(UnitCode.of("51")).period(CalendarYear.of(2024)).value(45.0).build(),
        // Another unit: never drawn.
        Observation.rank(RANK, UnitCode.of("62"), CalendarYear.of(2021), 50, 63)));
  }

  private final PlanAssessment assessment =
      PlanEvaluator.defaults().evaluate(plan(), observations(), CalendarYear.of(2023));

  @Test
  void hasOneRowPerClauseInPlanOrder() {
    ProgressReport report = ReportBuilder.build(assessment, observations(), Language.EN);
    assertEquals(List.of("T1", "T2", "T3", "T4"), report.clauses().stream().map(ClauseLine::id).toList());
    assertEquals("Demo plan — progress report", report.title());
    assertEquals("1/QĐ-UBND, 2021-01-04, People's Committee; phase 2021/2025; unit 51", report.source());
    assertEquals("2023", report.asOf());
    assertEquals(List.of("BAND_AT_WEAKER_END: A band is a commitment at its weaker end."), report.notes());
    ClauseLine rank = report.clauses().get(0);
    assertEquals("PAR INDEX rank", rank.name());
    assertEquals("rank 25–30 of 63 by 2025", rank.target());
    assertEquals("39/63 (2021)", rank.latestWithPeriod());
    assertEquals(assessment.clauses().get(0).status().name(), rank.status());
    assertFalse(rank.explanation().isBlank());
  }

  @Test
  void marksTheLatestValueAsASampleByItsNote() {
    ProgressReport report = ReportBuilder.build(assessment, observations(), Language.VI);
    ClauseLine share = report.clauses().get(1);
    assertEquals("≥ 50% đến 2025", share.target());
    assertEquals("30,0%* (2023)", share.latestWithPeriod());
    assertTrue(share.sample());
    assertTrue(report.hasSamples());
    assertEquals("Kế hoạch thử — báo cáo tiến độ", report.title());
  }

  @Test
  void drawsOneChartPerSeriesOfThePlanUnitUpToTheAssessmentPeriod() {
    ProgressReport report = ReportBuilder.build(assessment, observations(), Language.EN);
    assertEquals(
        List.of("PAR_INDEX_RANK", "DEMO_ONLINE_DOSSIERS", "DEMO_SATISFACTION-SECTOR=HEALTH",
            "DEMO_SATISFACTION-SECTOR=LAND"),
        report.charts().stream().map(IndicatorChart::chartId).toList());
    IndicatorChart rank = report.charts().get(0);
    assertTrue(rank.lowerIsBetter());
    assertEquals(List.of(63.0, 39.0), rank.points().stream().map(ChartPoint::value).toList());
    TargetMarker band = rank.targets().get(0);
    assertEquals(25, band.low());
    assertEquals(30, band.high());
    assertEquals(2021.0, band.fromX(), 1e-12);
    assertEquals(2026.0, band.deadlineX(), 1e-12);
    // T4 sets no fixed level: the chart draws the rank the engine requires by the deadline.
    TargetMarker required = rank.targets().get(1);
    assertEquals(ClauseId.parse("T4"), required.clauseId());
    assertTrue(required.isLine());
    assertEquals(assessment.clause(ClauseId.parse("T4")).orElseThrow().targetValue().getAsDouble(), required.low());
    IndicatorChart share = report.charts().get(1);
    assertEquals(List.of("2022", "2023"), share.points().stream().map(ChartPoint::period).toList());
    assertTrue(share.points().get(1).sample());
    assertTrue(share.targets().get(0).isLine());
    IndicatorChart land = report.charts().get(3);
    assertEquals("Satisfaction (land)", land.title());
    assertEquals(85, land.targets().get(0).low());
  }

  @Test
  void takesTheBodyOfTheExplanationAndStatesAReasonOnceWithTheCallersAdvice() {
    // The main job's T12a lacks its external norm: the reason once (it printed twice, naming a Java setting).
    Plan bundled = org.reformindicators.examples.cli.Bundled.plan();
    ObservationSet data = org.reformindicators.examples.cli.Bundled.observations();
    PlanAssessment assessment = PlanEvaluator.defaults().evaluate(bundled, data, CalendarYear.of(2025));
    ProgressReport report =
        ReportBuilder.build(
            assessment,
            data,
            Language.EN,
            reason -> Optional.of(BilingualText.of("Gợi ý.", "Advice.")));
    ClauseLine t12a =
        report.clauses().stream().filter(l -> l.id().equals("T12a")).findFirst().orElseThrow();
    assertEquals(
        "The external norm CENTRAL_STAFF_REDUCTION_RATIO (The staff-reduction ratio for civil servants and public"
            + " employees that the central government sets) was not supplied. (latest 2024, judged as of 2025) Advice.",
        t12a.explanation());
    ClauseLine t7b =
        ReportBuilder.build(assessment, data, Language.EN).clauses().stream()
            .filter(l -> l.id().equals("T7b")).findFirst().orElseThrow();
    assertEquals(
        "Not applicable from 2025-07-01: The district level (cấp huyện) ceased to exist on 2025-07-01 (two-tier"
            + " local government). Judged on data up to 2025-06-30: Not achieved",
        t7b.explanation());
  }
}
