package org.reformindicators.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.text.Language;

class ProgressReportTest {

  @Test
  void countsStatusesInTheOrderOfProgressStatus() {
    ProgressReport report = ReportFixtures.twoClauses(Language.EN);
    assertEquals(Map.of("đúng tiến độ", 1, "chậm tiến độ", 1), report.countByStatus());
    // ON_TRACK comes before OFF_TRACK whatever the clause order; unknown codes come last.
    ClauseLine unknown = new ClauseLine("T9", "n", "", "", "", false, "LATER", "later", false, "");
    ClauseLine achieved = new ClauseLine("T8", "n", "", "", "", false, "ACHIEVED", "achieved", true, "");
    List<ClauseLine> lines = new java.util.ArrayList<>(report.clauses());
    lines.add(0, unknown);
    lines.add(achieved);
    ProgressReport mixed = new ProgressReport("t", "", "2024", Language.EN, lines, List.of(), List.of());
    assertEquals(List.of("achieved", "đúng tiến độ", "chậm tiến độ", "later"),
        List.copyOf(mixed.countByStatus().keySet()));
  }

  @Test
  void detectsSamplesInRowsOrCharts() {
    assertTrue(ReportFixtures.twoClauses(Language.EN).hasSamples());
    IndicatorChart chart = new IndicatorChart("X", "X", "", false,
        List.of(new ChartPoint("2024", 2024.5, 1, true)), List.of());
    assertTrue(new ProgressReport("t", "", "2024", Language.EN, List.of(), List.of(chart), List.of()).hasSamples());
    assertFalse(new ProgressReport("t", "", "2024", Language.EN, List.of(), List.of(), List.of()).hasSamples());
  }
}
