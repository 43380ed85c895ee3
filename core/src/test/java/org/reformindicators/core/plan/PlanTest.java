package org.reformindicators.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownDimension;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.Direction;
import org.reformindicators.core.indicator.Indicator;
import org.reformindicators.core.indicator.IndicatorCatalogue;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.indicator.Measure;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.Phase;
import org.reformindicators.core.target.Band;
import org.reformindicators.core.target.Baseline;
import org.reformindicators.core.target.BilingualText;
import org.reformindicators.core.target.Breakdown;
import org.reformindicators.core.target.ChangeMeasure;
import org.reformindicators.core.target.ChangePerYear;
import org.reformindicators.core.target.ClauseId;
import org.reformindicators.core.target.Completion;
import org.reformindicators.core.target.NestedShare;
import org.reformindicators.core.target.Qualitative;
import org.reformindicators.core.target.RankBand;
import org.reformindicators.core.target.RankUniverseRule;
import org.reformindicators.core.target.Reading;
import org.reformindicators.core.target.Recurring;
import org.reformindicators.core.target.Target;
import org.reformindicators.core.target.TargetKind;
import org.reformindicators.core.target.Threshold;

class PlanTest {

  private static final IndicatorCatalogue CATALOGUE =
      IndicatorCatalogue.of(
          indicator("PCI_RANK", Measure.rank(), Direction.LOWER_IS_BETTER),
          indicator("QNG_SHARE", Measure.percentage(), Direction.HIGHER_IS_BETTER, BreakdownDimension.level()),
          indicator("QNG_OTHER_SHARE", Measure.percentage(), Direction.HIGHER_IS_BETTER),
          indicator("QNG_SATISFACTION", Measure.percentage(), Direction.HIGHER_IS_BETTER, BreakdownDimension.sector()),
          indicator("QNG_DONE", Measure.completion(), Direction.HIGHER_IS_BETTER),
          indicator("QNG_UNITS", Measure.count(), Direction.LOWER_IS_BETTER),
          indicator("QNG_CHECK", Measure.qualitative(), Direction.HIGHER_IS_BETTER));

  private static final Reading READING = Reading.of("BAND_AT_WEAKER_END", "Đầu yếu hơn.", "Weaker end.");

  private static Indicator indicator(
      String code, Measure measure, Direction direction, BreakdownDimension... breakdowns) {
    return Indicator.builder()
        .code(IndicatorCode.of(code))
        .nameVi("Chỉ tiêu " + code)
        .nameEn("Indicator " + code)
        .measure(measure)
        .direction(direction)
        .decimals(2)
        .publisher("UBND tỉnh Quảng Ngãi")
        .addBreakdowns(breakdowns)
        .build();
  }

  private static Target.Builder target(String id, String indicator, TargetKind kind) {
    return Target.builder(ClauseId.parse(id))
        .indicatorCode(IndicatorCode.of(indicator))
        .kind(kind)
        .deadline(CalendarYear.of(2025))
        .sourceText("Nguyên văn " + id)
        .englishRendering("Clause " + id);
  }

  private static Plan.Builder plan(Target... targets) {
    return Plan.builder()
        .id("quang-ngai-test")
        .title("Kế hoạch thử", "Test plan")
        .legalReference(
            "1256/QĐ-UBND", LocalDate.of(2021, 12, 22), BilingualText.of("UBND tỉnh Quảng Ngãi", "People's Committee"))
        .unitCode(UnitCode.of("51"))
        .phase(Phase.of(2021, 2025))
        .catalogue(CATALOGUE)
        .rankUniverseRule(RankUniverseRule.RELATIVE_POSITION)
        .addReadings(READING)
        .targets(List.of(targets));
  }

  private static String rejection(Plan.Builder builder) {
    return assertThrows(IllegalArgumentException.class, builder::build).getMessage();
  }

  @Test
  void keepsTargetsInPlanOrderAndFindsThem() {
    Target t9c = target("T9c", "QNG_SHARE", Threshold.atLeast(60)).breakdown(BreakdownKey.parse("LEVEL=COMMUNE")).build();
    Target t10a = target("T10a", "QNG_OTHER_SHARE", Threshold.atLeast(80)).build();
    Plan plan = plan(t9c, t10a).build();
    assertEquals(List.of(t9c, t10a), plan.targets());
    assertEquals("[T9c, T10a]", plan.clauseIds().toString());
    assertEquals(Optional.of(t10a), plan.target(ClauseId.parse("T10a")));
    assertEquals(Optional.empty(), plan.target(ClauseId.parse("T11")));
    assertEquals(List.of(t9c), plan.targetsOn(IndicatorCode.of("QNG_SHARE")));
    assertEquals("QNG_SHARE", plan.indicatorOf(t9c).code().value());
    assertEquals("UBND tỉnh Quảng Ngãi", plan.issuer().vi());
    assertEquals(Optional.of(READING), plan.reading("BAND_AT_WEAKER_END"));
    assertEquals(List.of(), plan.implementedResolutions());
    assertEquals(
        "T11: indicator QNG_ABSENT is not in the catalogue",
        assertThrows(
                IllegalArgumentException.class,
                () -> plan.indicatorOf(target("T11", "QNG_ABSENT", Threshold.atLeast(1)).build()))
            .getMessage());
  }

  @Test
  void rejectsDuplicateClauseIds() {
    Target t5 = target("T5", "QNG_OTHER_SHARE", Threshold.atLeast(80)).build();
    assertEquals("duplicate clause id T5: each clause must appear once", rejection(plan(t5, t5)));
  }

  @Test
  void rejectsTargetsOutOfPlanOrder() {
    Target t10a = target("T10a", "QNG_OTHER_SHARE", Threshold.atLeast(80)).build();
    Target t9c = target("T9c", "QNG_SHARE", Threshold.atLeast(60)).build();
    assertEquals(
        "T9c: listed after T10a, but targets must be in plan order (T1a … T9c, T10a …)", rejection(plan(t10a, t9c)));
  }

  @Test
  void rejectsDeadlinesOutsideThePhaseExceptForMilestones() {
    Target late = target("T5", "QNG_OTHER_SHARE", Threshold.atLeast(80)).deadline(CalendarYear.of(2026)).build();
    assertEquals(
        "T5: period 2026 lies outside the plan's phase 2021/2025 (only milestones may)", rejection(plan(late)));
    Target recurring =
        target("T3", "QNG_OTHER_SHARE", Recurring.everyYear(Threshold.exactly(100), 2020, 2025)).build();
    assertEquals(
        "T3: period 2020 lies outside the plan's phase 2021/2025 (only milestones may)", rejection(plan(recurring)));
    // a milestone before the phase is accepted
    Target milestone =
        target("T1e", "PCI_RANK", RankBand.of(20, 30, 63)).deadline(CalendarYear.of(2020)).milestoneOf(ClauseId.parse("T1f")).build();
    Target goal = target("T1f", "PCI_RANK", RankBand.of(10, 20, 63)).build();
    assertTrue(plan(milestone, goal).build().target(ClauseId.parse("T1e")).orElseThrow().isMilestone());
  }

  @Test
  void rejectsInconsistentMilestones() {
    Target goal = target("T1f", "PCI_RANK", RankBand.of(10, 20, 63)).build();
    Target.Builder milestone =
        target("T1e", "PCI_RANK", RankBand.of(20, 30, 63)).deadline(CalendarYear.of(2021)).milestoneOf(ClauseId.parse("T1f"));
    assertEquals(
        "T1e: is a milestone of T1f, which is not a clause of the plan", rejection(plan(milestone.build())));
    assertEquals(
        "T1e: a milestone must come before the deadline 2025 of T1f, was 2025",
        rejection(plan(milestone.deadline(CalendarYear.of(2025)).build(), goal)));
    Target otherIndicator =
        target("T1e", "QNG_OTHER_SHARE", Threshold.atLeast(1))
            .deadline(CalendarYear.of(2021))
            .milestoneOf(ClauseId.parse("T1f"))
            .build();
    assertEquals(
        "T1e: a milestone must measure the same indicator and breakdown as T1f (PCI_RANK), was QNG_OTHER_SHARE",
        rejection(plan(otherIndicator, goal)));
  }

  @Test
  void rejectsIndicatorsMissingFromTheCatalogue() {
    Target t5 = target("T5", "QNG_ABSENT", Threshold.atLeast(80)).build();
    assertEquals("T5: indicator QNG_ABSENT is not in the plan's indicator catalogue", rejection(plan(t5)));
    Target t6b = target("T6b", "QNG_SHARE", NestedShare.of(IndicatorCode.of("QNG_ABSENT"), Threshold.atLeast(30))).build();
    assertEquals("T6b: parent indicator QNG_ABSENT is not in the plan's indicator catalogue", rejection(plan(t6b)));
    Target self = target("T6b", "QNG_SHARE", NestedShare.of(IndicatorCode.of("QNG_SHARE"), Threshold.atLeast(30))).build();
    assertEquals(
        "T6b: a nested share's parent indicator must differ from its own, was QNG_SHARE", rejection(plan(self)));
  }

  @Test
  void rejectsPercentagesAboveHundred() {
    assertEquals(
        "T5: target value must be within the bounds of QNG_OTHER_SHARE (PERCENTAGE, 0..100), was 120",
        rejection(plan(target("T5", "QNG_OTHER_SHARE", Threshold.atLeast(120)).build())));
    assertEquals(
        "T5: target value must be within the bounds of QNG_OTHER_SHARE (PERCENTAGE, 0..100), was 105",
        rejection(plan(target("T5", "QNG_OTHER_SHARE", Band.of(90, 105)).build())));
    assertEquals(
        "T7a: target value must be within the bounds of QNG_OTHER_SHARE (PERCENTAGE, 0..100), was 120",
        rejection(
            plan(
                target(
                        "T7a",
                        "QNG_OTHER_SHARE",
                        ChangePerYear.trajectory(ChangeMeasure.ABSOLUTE, 20, 120, Baseline.of(CalendarYear.of(2021))))
                    .build())));
    assertEquals(
        "T14b: target value must be within the bounds of QNG_SATISFACTION (PERCENTAGE, 0..100), was 101",
        rejection(
            plan(
                target("T14b", "QNG_SATISFACTION", Breakdown.uniform("SECTOR", Threshold.atLeast(101), "LAND"))
                    .build())));
    assertEquals(
        "T12b: target value must be within the bounds of QNG_UNITS (COUNT, 0..∞), was -1",
        rejection(plan(target("T12b", "QNG_UNITS", Threshold.atMost(-1)).build())));
  }

  @Test
  void rejectsKindsThatDoNotFitTheMeasure() {
    assertEquals(
        "T1b: a rank-band target needs an indicator measured as one of [RANK], was QNG_OTHER_SHARE (PERCENTAGE)",
        rejection(plan(target("T1b", "QNG_OTHER_SHARE", RankBand.of(25, 30, 63)).build())));
    assertEquals(
        "T4: a completion target needs an indicator measured as one of [COMPLETION], was QNG_OTHER_SHARE "
            + "(PERCENTAGE)",
        rejection(plan(target("T4", "QNG_OTHER_SHARE", Completion.of()).build())));
    assertEquals(
        "T4: a threshold target needs an indicator measured as one of [PERCENTAGE, SCORE, COUNT, RATIO], was "
            + "QNG_DONE (COMPLETION)",
        rejection(plan(target("T4", "QNG_DONE", Threshold.atLeast(1)).build())));
    assertEquals(
        "T13a: a qualitative target needs an indicator measured as one of [QUALITATIVE], was PCI_RANK (RANK)",
        rejection(plan(target("T13a", "PCI_RANK", Qualitative.of("assessed")).build())));
    assertEquals(
        "T3: a recurring target needs an indicator measured as one of [COMPLETION], was QNG_OTHER_SHARE (PERCENTAGE)",
        rejection(plan(target("T3", "QNG_OTHER_SHARE", Recurring.everyYear(Completion.of(), 2021, 2025)).build())));
  }

  @Test
  void rejectsUndeclaredBreakdowns() {
    assertEquals(
        "T5: indicator QNG_OTHER_SHARE has no breakdown dimension LEVEL",
        rejection(plan(target("T5", "QNG_OTHER_SHARE", Threshold.atLeast(80)).breakdown(BreakdownKey.parse("LEVEL=DISTRICT")).build())));
    assertEquals(
        "T9b: breakdown LEVEL of QNG_SHARE allows [COMMUNE, DISTRICT, PROVINCE], was HAMLET",
        rejection(plan(target("T9b", "QNG_SHARE", Threshold.atLeast(80)).breakdown(BreakdownKey.parse("LEVEL=HAMLET")).build())));
    assertEquals(
        "T14d: breakdown SECTOR of QNG_SATISFACTION allows [CONSTRUCTION, EDUCATION, HEALTH, INVESTMENT, LAND], "
            + "was MINING",
        rejection(
            plan(
                target(
                        "T14d",
                        "QNG_SATISFACTION",
                        Breakdown.uniform("SECTOR", Threshold.atLeast(85), "HEALTH", "MINING"))
                    .build())));
  }

  @Test
  void rejectsReadingsThePlanDoesNotDeclare() {
    Reading other = Reading.of("T7_READING", "Điểm phần trăm.", "Percentage points.");
    assertEquals(
        "T1b: reading T7_READING is not among the plan's readings",
        rejection(plan(target("T1b", "PCI_RANK", RankBand.of(25, 30, 63)).addReadings(other).build())));
    Reading changed = Reading.of("BAND_AT_WEAKER_END", "Đầu yếu hơn.", "Something else.");
    assertEquals(
        "T1b: reading BAND_AT_WEAKER_END differs from the plan's reading with that id",
        rejection(plan(target("T1b", "PCI_RANK", RankBand.of(25, 30, 63)).addReadings(changed).build())));
    assertEquals(
        "plan reading ids must be unique, was BAND_AT_WEAKER_END twice",
        rejection(plan(target("T1b", "PCI_RANK", RankBand.of(25, 30, 63)).build()).addReadings(READING)));
  }

  @Test
  void rejectsBadIdentityAndMissingParts() {
    Target t5 = target("T5", "QNG_OTHER_SHARE", Threshold.atLeast(80)).build();
    assertEquals(
        "plan id must be lower-case ASCII letters and digits in hyphen-separated words, was 'Quang Ngai'",
        rejection(plan(t5).id("Quang Ngai")));
    assertEquals(
        "plan unitCode must be a GSO code of 2 to 5 digits (e.g. 51), was '5'", rejection(plan(t5).unitCode(UnitCode.of("5"))));
    assertEquals("a plan needs at least one target, was none", rejection(plan()));
    assertEquals(
        "plan rankUniverseRule is required, was not set",
        rejection(
            Plan.builder()
                .id("x")
                .title("vi", "en")
                .legalReference("1/QĐ", LocalDate.of(2021, 1, 1), BilingualText.of("vi", "en"))
                .unitCode(UnitCode.of("51"))
                .phase(Phase.of(2021, 2025))
                .catalogue(CATALOGUE)
                .addTargets(t5)));
  }

  @Test
  void aPlanAppliedToAnotherUnitDiffersOnlyInItsUnit() {
    Target t5 = target("T5", "QNG_OTHER_SHARE", Threshold.atLeast(80)).build();
    Plan plan = plan(t5).build();
    Plan commune = plan.withUnitCode(UnitCode.of("20308"));
    assertEquals(UnitCode.of("20308"), commune.unitCode());
    assertEquals(plan, Plan.builder().from(commune).unitCode(UnitCode.of("51")).build());
    assertEquals(plan, plan.withUnitCode(UnitCode.of("51")));
    assertTrue(plan == plan.withUnitCode(plan.unitCode()));
    assertEquals(
        "plan unitCode must be a GSO code of 2 to 5 digits (e.g. 51), was '5'",
        assertThrows(IllegalArgumentException.class, () -> plan.withUnitCode(UnitCode.of("5"))).getMessage());
  }

  @Test
  void onlyThePartsAlreadyCheckedEscapeTheWholePlanRulesOfAnotherUnit() {
    Target t5 = target("T5", "QNG_OTHER_SHARE", Threshold.atLeast(80)).build();
    Plan plan = plan(t5).build();
    Plan commune = plan.withUnitCode(UnitCode.of("20308"));
    assertEquals(
        "plan unitCode must be a GSO code of 2 to 5 digits (e.g. 51), was '203080'",
        assertThrows(IllegalArgumentException.class, () -> commune.withUnitCode(UnitCode.of("203080")))
            .getMessage());
    // A part that differs from the checked plan's is checked again, with the unit code of the template.
    assertEquals(
        "T5: period 2025 lies outside the plan's phase 2026/2030 (only milestones may)",
        assertThrows(
                IllegalArgumentException.class, () -> ((ImmutablePlan) commune).withPhase(Phase.of(2026, 2030)))
            .getMessage());
    assertEquals(
        "plan id must be lower-case ASCII letters and digits in hyphen-separated words, was 'Bad'",
        assertThrows(IllegalArgumentException.class, () -> ((ImmutablePlan) commune).withId("Bad")).getMessage());
  }

  @Test
  void theBuildersListSettersReplaceAndTheAddFormsAdd() {
    Target t5 = target("T5", "QNG_OTHER_SHARE", Threshold.atLeast(80)).build();
    Target t6 = target("T6", "QNG_OTHER_SHARE", Threshold.atLeast(90)).build();
    Plan plan = plan(t5).build();
    assertEquals(List.of(t6), Plan.builder().from(plan).targets(List.of(t6)).build().targets());
    assertEquals(List.of(t5, t6), Plan.builder().from(plan).addTargets(t6).build().targets());
    assertEquals(
        "quang-ngai-test (1256/QĐ-UBND of 2021-12-22, 2021/2025, 2 targets)",
        Plan.builder().from(plan).addTargets(t6).build().toString());
  }
}
