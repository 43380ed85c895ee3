package org.reformindicators.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.evaluation.PlanEvaluator;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.Bound;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.text.Language;
import org.reformindicators.examples.cli.Bundled;

/**
 * Issue 16: the report's block of related published results (ranks no clause targets, and their totals) over the
 * bundled Quảng Ngãi data, and a rank published only as a bound, shown as published.
 */
class RelatedResultsTest {

  private static final Plan PLAN = Bundled.plan();
  private static final ObservationSet BUNDLED = Bundled.observations();

  private static String line(List<String> lines, String code) {
    return lines.stream().filter(l -> l.startsWith(code + ": ")).findFirst()
        .orElseThrow(() -> new AssertionError(code + " not in " + lines));
  }

  @Test
  void listsSipasDtiAndThe766IndexWithItsUniverseChange() {
    List<String> vi = RelatedResults.lines(PLAN, BUNDLED, Language.VI);
    assertEquals(4, vi.size(), vi.toString());
    // Báo Quảng Ngãi, "Quảng Ngãi tụt hạng chỉ số SIPAS và PAR INDEX", 8 Apr 2025: SIPAS 2024, 59th of 63
    assertTrue(line(vi, "SIPAS_RANK").startsWith("SIPAS_RANK: 59/63 (2024). "), vi.toString());
    // VietNamNet (DTI 2022, 26/63) and Báo Mới (DTI 2023, 21/63); the note of the latest value is quoted
    assertTrue(line(vi, "DTI_RANK").startsWith("DTI_RANK: 26/63 (2022), 21/63 (2023). DTI 2023: "), vi.toString());
    // Quảng Ngãi provincial portal, May 2025: 82.01 points, rated "Tốt" (quoted, never computed), 19th of 63;
    // Nhân Dân (secondary site), July 2025: 5th of 34, the merged province
    String index = line(vi, "DVC766");
    assertTrue(index.startsWith("DVC766: 82,01 (2025-05); tham khảo cho T6b, T7a, T7b, T7c, T10c, T14a. "), index);
    assertTrue(index.contains("\"Tốt\""), index);
    assertTrue(line(vi, "DVC766_RANK").startsWith("DVC766_RANK: 19/63 (2025-05), 5/34 (2025-07); số đơn vị xếp hạng"
        + " đổi 63 → 34; tham khảo cho T6b, T7a, T7b, T7c, T10c, T14a. "), vi.toString());

    List<String> en = RelatedResults.lines(PLAN, BUNDLED, Language.EN);
    assertTrue(line(en, "DVC766_RANK").startsWith("DVC766_RANK: 19/63 (2025-05), 5/34 (2025-07); universe changed"
        + " 63 → 34; context for T6b, T7a, T7b, T7c, T10c, T14a. "), en.toString());
    assertTrue(line(en, "DVC766").startsWith("DVC766: 82.01 (2025-05); "), en.toString());
  }

  @Test
  void relatedResultsDoNotMoveTheAssessmentPeriod() {
    // The 766 index runs to 2025-07, the plan's own clause series to 2024.
    assertEquals(CalendarYear.of(2024), PlanEvaluator.defaults().evaluate(PLAN, BUNDLED).asOf());
  }

  @Test
  void aRankPublishedOnlyAsABoundIsShownAsPublished() {
    // A test observation, not a published figure: "worse than 30 of 63", the form in which VCCI leaves a
    // province outside its top 30 from PCI 2023 on (pcivietnam.vn).
    List<Observation> observations = new ArrayList<>(BUNDLED.observations());
    observations.add(Observation.builder()
        .indicator(IndicatorCode.of("SIPAS_RANK"))
        .unit(UnitCode.of("51"))
        .period(CalendarYear.of(2023))
        .universe(63)
        .bound(Bound.ofClosed(31, 63))
        .build());
    List<String> vi = RelatedResults.lines(PLAN, ObservationSet.of(observations), Language.VI);
    assertTrue(line(vi, "SIPAS_RANK").startsWith("SIPAS_RANK: > 30/63 (2023), 59/63 (2024). "), vi.toString());
  }

  @Test
  void boundTexts() {
    assertEquals("> 30/63", RelatedResults.boundText(31, 63, OptionalInt.of(63), true, Language.VI));
    assertEquals("> 30/34", RelatedResults.boundText(31, 34, OptionalInt.of(34), true, Language.EN));
    assertEquals("31–40/63", RelatedResults.boundText(31, 40, OptionalInt.of(63), true, Language.VI));
    assertEquals("1–63/63", RelatedResults.boundText(1, 63, OptionalInt.of(63), true, Language.VI));
    assertEquals("70–80", RelatedResults.boundText(70, 80, OptionalInt.empty(), false, Language.EN));
  }
}
