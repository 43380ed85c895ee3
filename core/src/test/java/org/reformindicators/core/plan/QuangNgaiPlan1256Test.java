package org.reformindicators.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.Phase;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.target.Baseline;
import org.reformindicators.core.target.Breakdown;
import org.reformindicators.core.target.ChangeMeasure;
import org.reformindicators.core.target.ChangePerYear;
import org.reformindicators.core.target.ChangeReference;
import org.reformindicators.core.target.ClauseId;
import org.reformindicators.core.target.Comparison;
import org.reformindicators.core.target.Completion;
import org.reformindicators.core.target.ExternalThreshold;
import org.reformindicators.core.target.NestedShare;
import org.reformindicators.core.target.Qualitative;
import org.reformindicators.core.target.RankBand;
import org.reformindicators.core.target.RankImprovementPerYear;
import org.reformindicators.core.target.RankUniverseRule;
import org.reformindicators.core.target.Reading;
import org.reformindicators.core.target.Recurring;
import org.reformindicators.core.target.ReductionFromBaseline;
import org.reformindicators.core.target.Target;
import org.reformindicators.core.target.Threshold;

/** Acceptance: the whole Quảng Ngãi plan, 38 clauses of {@code Decision 1256/QĐ-UBND}, each kind with its parameters. */
class QuangNgaiPlan1256Test {

  private static final Plan PLAN = QuangNgaiPlan1256.plan();

  /** The 38 ids of Decision 1256/QĐ-UBND, in plan order. */
  private static final List<String> IDS =
      List.of(
          "T1a", "T1b", "T1c", "T1d", "T1e", "T1f", "T2a", "T2b", "T3", "T4", "T5", "T6a", "T6b", "T7a", "T7b",
          "T7c", "T8a", "T8b", "T8c", "T9a", "T9b", "T9c", "T10a", "T10b", "T10c", "T11", "T12a", "T12b", "T12c",
          "T12d", "T12e", "T13a", "T13b", "T13c", "T14a", "T14b", "T14c", "T14d");

  private static Target t(String id) {
    return PLAN.target(ClauseId.parse(id)).orElseThrow(() -> new AssertionError("no clause " + id));
  }

  private static final ReportingPeriod Y2025 = CalendarYear.of(2025);

  @Test
  void planIdentity() {
    assertEquals("quang-ngai-1256-2021", PLAN.id());
    assertEquals("1256/QĐ-UBND", PLAN.legalReference().number());
    assertEquals(LocalDate.of(2021, 12, 22), PLAN.legalReference().date());
    assertEquals("Ủy ban nhân dân tỉnh Quảng Ngãi", PLAN.issuer().vi());
    assertEquals(UnitCode.of("51"), PLAN.unitCode());
    assertEquals(Phase.of(2021, 2025), PLAN.phase());
    assertEquals(RankUniverseRule.RELATIVE_POSITION, PLAN.rankUniverseRule());
    assertEquals(
        List.of("04-NQ/TU of 2021-10-18", "93/NQ-HĐND of 2021-12-08"),
        PLAN.implementedResolutions().stream().map(LegalReference::toString).toList());
    assertEquals("quang-ngai-1256-2021 (1256/QĐ-UBND of 2021-12-22, 2021/2025, 38 targets)", PLAN.toString());
  }

  @Test
  void has38ClausesWithThePlanIdsInPlanOrder() {
    assertEquals(38, PLAN.targets().size());
    assertEquals(IDS, PLAN.clauseIds().stream().map(ClauseId::toString).toList());
    for (String id : IDS) {
      assertTrue(id.matches("^T([1-9]|1[0-4])[a-f]?$"), id);
    }
    // 36 measured against data, 2 assessed by hand (Decision 1256/QĐ-UBND)
    assertEquals(36, PLAN.targets().stream().filter(x -> x.kind().isMeasured()).count());
    assertEquals(
        List.of("T2b", "T13a"),
        PLAN.targets().stream().filter(x -> !x.kind().isMeasured()).map(x -> x.clauseId().toString()).toList());
  }

  @Test
  void everySourceTextIsVerbatimFromTheSeed() throws IOException {
    String seed;
    try (InputStream in = getClass().getResourceAsStream("seed-1256-targets.txt")) {
      seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (Target target : PLAN.targets()) {
      assertTrue(
          seed.contains(target.sourceText()),
          target.clauseId() + " source text is not verbatim: " + target.sourceText());
      assertFalse(target.englishRendering().isBlank());
    }
  }

  @Test
  void t1RankClauses() {
    Baseline from2020 = Baseline.of(CalendarYear.of(2020));
    for (String id : List.of("T1a", "T1c")) {
      RankImprovementPerYear gain = assertInstanceOf(RankImprovementPerYear.class, t(id).kind());
      assertEquals(5, gain.minPlaces());
      assertEquals(8, gain.maxPlaces());
      assertEquals(from2020, gain.baselineRank());
      assertEquals(Y2025, t(id).deadline());
    }
    assertEquals(IndicatorCode.of("PAR_INDEX_RANK"), t("T1a").indicatorCode());
    assertEquals(IndicatorCode.of("PAPI_RANK"), t("T1c").indicatorCode());
    assertEquals(RankBand.of(25, 30, 63), t("T1b").kind());
    assertEquals(IndicatorCode.of("PAR_INDEX_RANK"), t("T1b").indicatorCode());
    assertEquals(RankBand.of(25, 30, 63), t("T1d").kind());
    assertEquals(IndicatorCode.of("PAPI_RANK"), t("T1d").indicatorCode());
    assertEquals(RankBand.of(20, 30, 63), t("T1e").kind());
    assertEquals(CalendarYear.of(2021), t("T1e").deadline());
    assertEquals(Optional.of(ClauseId.parse("T1f")), t("T1e").milestoneOf());
    assertTrue(t("T1e").isMilestone());
    assertEquals(RankBand.of(10, 20, 63), t("T1f").kind());
    assertEquals(Y2025, t("T1f").deadline());
    assertFalse(t("T1f").isMilestone());
    assertEquals(List.of(t("T1e"), t("T1f")), PLAN.targetsOn(IndicatorCode.of("PCI_RANK")));
  }

  @Test
  void thresholdClauses() {
    Map<String, Threshold> expected = new LinkedHashMap<>();
    expected.put("T2a", Threshold.exactly(100));
    expected.put("T5", Threshold.atLeast(80));
    expected.put("T6a", Threshold.atLeast(80));
    expected.put("T8a", Threshold.exactly(100));
    expected.put("T8b", Threshold.atLeast(90));
    expected.put("T8c", Threshold.atLeast(50));
    expected.put("T9a", Threshold.atLeast(90));
    expected.put("T9b", Threshold.atLeast(80));
    expected.put("T9c", Threshold.atLeast(60));
    expected.put("T10a", Threshold.atLeast(80));
    expected.put("T10c", Threshold.atLeast(50));
    expected.put("T11", Threshold.atLeast(80));
    expected.put("T12d", Threshold.atLeast(20));
    expected.put("T12e", Threshold.exactly(100));
    expected.put("T13b", Threshold.exactly(100));
    expected.put("T13c", Threshold.atLeast(50));
    expected.put("T14a", Threshold.atLeast(90));
    expected.put("T14c", Threshold.atLeast(90));
    for (Map.Entry<String, Threshold> e : expected.entrySet()) {
      assertEquals(e.getValue(), t(e.getKey()).kind(), e.getKey());
    }
    assertEquals(CalendarYear.of(2022), t("T2a").deadline());
    assertEquals(IndicatorCode.of("SIPAS"), t("T14c").indicatorCode());
    assertEquals(Optional.of(BreakdownKey.of("LEVEL", "PROVINCE")), t("T9a").breakdown());
    assertEquals(Optional.of(BreakdownKey.of("LEVEL", "DISTRICT")), t("T9b").breakdown());
    assertEquals(Optional.of(BreakdownKey.of("LEVEL", "COMMUNE")), t("T9c").breakdown());
    assertEquals(List.of(t("T9a"), t("T9b"), t("T9c")), PLAN.targetsOn(IndicatorCode.of("QNG_WORK_FILES_ONLINE")));
  }

  @Test
  void qualitativeAndCompletionClauses() {
    assertInstanceOf(Qualitative.class, t("T2b").kind());
    assertInstanceOf(Qualitative.class, t("T13a").kind());
    assertTrue(((Qualitative) t("T13a").kind()).criterion().contains("competency frameworks"));
    assertEquals(Completion.of(), t("T4").kind());
    assertEquals(Y2025, t("T4").deadline());
  }

  @Test
  void t3RecursEveryYearOfThePhase() {
    Recurring recurring = assertInstanceOf(Recurring.class, t("T3").kind());
    assertEquals(Threshold.exactly(100), recurring.each());
    assertEquals(
        List.of("2021", "2022", "2023", "2024", "2025"),
        recurring.periods().stream().map(Object::toString).toList());
    assertEquals(recurring.periods(), t("T3").applicablePeriods());
  }

  @Test
  void nestedShares() {
    assertEquals(
        NestedShare.of(IndicatorCode.of("QNG_PAYABLE_PROCEDURES_ONLINE_PAYMENT"), Threshold.atLeast(30)), t("T6b").kind());
    assertEquals(t("T6a").indicatorCode(), ((NestedShare) t("T6b").kind()).parentIndicatorCode());
    assertEquals(NestedShare.of(IndicatorCode.of("QNG_PROCEDURES_ONLINE_LEVEL_3_4"), Threshold.atLeast(80)), t("T10b").kind());
    assertEquals(t("T10a").indicatorCode(), ((NestedShare) t("T10b").kind()).parentIndicatorCode());
  }

  @Test
  void t7GrowsTwentyPointsAYearFrom2021UntilHundredAtEachLevel() {
    Map<String, String> levels = Map.of("T7a", "PROVINCE", "T7b", "DISTRICT", "T7c", "COMMUNE");
    for (Map.Entry<String, String> e : levels.entrySet()) {
      Target target = t(e.getKey());
      assertEquals(IndicatorCode.of("QNG_RESULTS_DIGITISED"), target.indicatorCode());
      assertEquals(Optional.of(BreakdownKey.of("LEVEL", e.getValue())), target.breakdown());
      Recurring recurring = assertInstanceOf(Recurring.class, target.kind());
      assertEquals(
          List.of("2022", "2023", "2024", "2025"), recurring.periods().stream().map(Object::toString).toList());
      ChangePerYear change = assertInstanceOf(ChangePerYear.class, recurring.each());
      assertEquals(ChangeMeasure.ABSOLUTE, change.measure());
      assertEquals(20, change.minChangePerYear());
      assertEquals(OptionalDouble.of(100), change.ceiling());
      assertEquals(ChangeReference.TRAJECTORY, change.reference());
      assertEquals(Optional.of(Baseline.of(CalendarYear.of(2021))), target.baseline());
      assertEquals(List.of("T7_PERCENTAGE_POINTS_TRAJECTORY"), readingIds(target).subList(0, 1));
    }
    // from 45 % in 2021: 2023 needs 45 + 20·2 = 85; 2024 would need 105, capped at 100
    ChangePerYear change = (ChangePerYear) ((Recurring) t("T7a").kind()).each();
    assertEquals(85, change.requiredValue(45, 2));
    assertEquals(100, change.requiredValue(45, 3));
  }

  @Test
  void t12Reductions() {
    assertEquals(ReductionFromBaseline.of(10, Baseline.of(CalendarYear.of(2021))), t("T12b").kind());
    assertEquals(ReductionFromBaseline.of(20, Baseline.of(CalendarYear.of(2018))), t("T12c").kind());
    assertEquals(t("T12b").indicatorCode(), t("T12c").indicatorCode());
    assertEquals(Y2025, t("T12b").deadline());
    assertEquals(Y2025, t("T12c").deadline());
    ExternalThreshold norm = assertInstanceOf(ExternalThreshold.class, t("T12a").kind());
    assertEquals("CENTRAL_STAFF_REDUCTION_RATIO", norm.normId());
    assertEquals(Comparison.AT_LEAST, norm.comparison());
  }

  @Test
  void t14SectorBreakdowns() {
    Breakdown t14b = assertInstanceOf(Breakdown.class, t("T14b").kind());
    assertEquals("SECTOR", t14b.dimension());
    assertEquals(List.of("LAND", "CONSTRUCTION", "INVESTMENT"), t14b.values());
    for (String sector : t14b.values()) {
      assertEquals(Threshold.atLeast(85), t14b.thresholdFor(sector));
    }
    assertEquals(t("T14a").indicatorCode(), t("T14b").indicatorCode());
    Breakdown t14d = assertInstanceOf(Breakdown.class, t("T14d").kind());
    assertEquals(List.of("HEALTH", "EDUCATION"), t14d.values());
    assertEquals(Threshold.atLeast(85), t14d.thresholdFor("EDUCATION"));
  }

  @Test
  void districtClausesLapseOn1July2025() {
    for (String id : List.of("T7b", "T9b")) {
      Target target = t(id);
      assertEquals(LocalDate.of(2025, 7, 1), target.notApplicable().orElseThrow().from());
      assertEquals(LocalDate.of(2025, 6, 30), target.notApplicable().orElseThrow().lastApplicableDay());
      assertTrue(target.appliesOn(LocalDate.of(2025, 6, 30)));
      assertFalse(target.appliesOn(LocalDate.of(2025, 7, 1)));
      assertTrue(target.appliesThroughout(CalendarYear.of(2024)));
      assertFalse(target.appliesThroughout(Y2025));
      assertTrue(readingIds(target).contains("DISTRICT_LEVEL_ABOLISHED"));
    }
    List<String> lapsing =
        PLAN.targets().stream()
            .filter(x -> x.notApplicable().isPresent())
            .map(x -> x.clauseId().toString())
            .toList();
    assertEquals(List.of("T7b", "T9b"), lapsing);
  }

  @Test
  void readingsAreDataVisibleOnTheirClauses() {
    assertEquals(QuangNgaiPlan1256.READINGS, PLAN.readings());
    Map<String, List<String>> clausesByReading = new LinkedHashMap<>();
    for (Target target : PLAN.targets()) {
      for (Reading reading : target.readings()) {
        clausesByReading.computeIfAbsent(reading.id(), k -> new ArrayList<>()).add(target.clauseId().toString());
      }
    }
    assertEquals(List.of("T1a", "T1b", "T1c", "T1d", "T1e", "T1f"), clausesByReading.get("BAND_AT_WEAKER_END"));
    assertEquals(List.of("T1a", "T1c"), clausesByReading.get("RANK_BASELINE_2020"));
    assertEquals(List.of("T7a", "T7b", "T7c"), clausesByReading.get("T7_PERCENTAGE_POINTS_TRAJECTORY"));
    assertEquals(List.of("T12b"), clausesByReading.get("T12B_REDUCTION_2021_2025"));
    assertEquals(List.of("T7b", "T9b"), clausesByReading.get("DISTRICT_LEVEL_ABOLISHED"));
    assertEquals(List.of("T10a", "T10b", "T10c"), clausesByReading.get("ONLINE_SERVICE_LEVELS_BREAK"));
    assertEquals(List.of("T14b", "T14d"), clausesByReading.get("EACH_SECTOR"));
    assertEquals(List.of("T6b", "T10b"), clausesByReading.get("OF_WHICH_SUBPOPULATION"));
    assertEquals(
        List.of("T2a", "T3", "T8a", "T12e", "T13b"), clausesByReading.get("FULL_SHARE_EXACTLY_100"));
    // every plan reading governs at least one clause
    assertEquals(
        PLAN.readings().stream().map(Reading::id).collect(Collectors.toSet()), clausesByReading.keySet());
    Reading t7 = PLAN.reading("T7_PERCENTAGE_POINTS_TRAJECTORY").orElseThrow();
    assertTrue(t7.statement().en().contains("+20 percentage points a year from the 2021 share"));
    assertTrue(t7.alternatives().get(0).contains("relative growth"));
    Reading t12b = PLAN.reading("T12B_REDUCTION_2021_2025").orElseThrow();
    assertTrue(t12b.alternatives().get(0).contains("contradicts T12c"));
  }

  @Test
  void everyIndicatorIsInTheCatalogue() {
    for (Target target : PLAN.targets()) {
      assertEquals(target.indicatorCode(), PLAN.indicatorOf(target).code());
    }
    assertEquals(29, PLAN.catalogue().size());
  }

  @Test
  void summaries() {
    assertEquals("T1b PAR_INDEX_RANK rank 25–30 of 63 by 2025", t("T1b").toString());
    assertEquals("T1e PCI_RANK rank 20–30 of 63 in 2021", t("T1e").toString());
    assertEquals("T9b QNG_WORK_FILES_ONLINE [LEVEL=DISTRICT] ≥ 80 by 2025", t("T9b").toString());
    assertEquals(
        "T7a QNG_RESULTS_DIGITISED [LEVEL=PROVINCE] +20 points a year from 2021 until 100 in each of 2022..2025 "
            + "by 2025",
        t("T7a").toString());
  }

  private static List<String> readingIds(Target target) {
    return target.readings().stream().map(Reading::id).toList();
  }
}
