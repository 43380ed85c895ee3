package org.reformindicators.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportRendererTest {

  private final String text = new TextReportRenderer().render(ReportFixtures.twoClauses(Language.VI));
  private final List<String> lines = text.lines().toList();

  @Test
  void printsTitleSourceAndPeriod() {
    assertEquals("Kế hoạch 1256 <Quảng Ngãi>", lines.get(0));
    assertEquals("Quyết định 1256/QĐ-UBND", lines.get(1));
    assertEquals("Tính đến kỳ: 2024", lines.get(2));
  }

  @Test
  void alignsColumnsByCodePoints() {
    String header = lines.get(4);
    String first = lines.get(6);
    String second = lines.get(7);
    assertTrue(header.startsWith("Mã  | Nội dung"), header);
    assertTrue(first.startsWith("T1b | Xếp hạng PAR INDEX"), first);
    assertTrue(second.startsWith("T5  | "), second);
    // The status column starts at the same code-point offset on every row.
    int column = header.indexOf("| Đánh giá");
    assertEquals(column, first.indexOf("| đúng tiến độ"));
    assertEquals(column, second.indexOf("| chậm tiến độ"));
  }

  @Test
  void marksSamplesAndPrintsTheLegend() {
    assertTrue(lines.get(7).contains("72.5* (2024)"), lines.get(7));
    assertTrue(lines.get(6).contains("39/63 (2021)"), lines.get(6));
    assertTrue(text.contains("* giá trị minh họa (SAMPLE)"), text);
  }

  @Test
  void summarisesStatuses() {
    assertTrue(text.contains("Tổng hợp: 2 điều khoản; đúng tiến độ 1; chậm tiến độ 1"), text);
    assertTrue(text.endsWith("- T7a: +20 điểm phần trăm mỗi năm\n"), text);
  }

  @Test
  void shortensLongNamesWithAnEllipsis() {
    String name = "x".repeat(60);
    ClauseLine line = new ClauseLine("T3", name, "100%", "", "", false, "NO_DATA", "no data", "");
    ProgressReport report = new ProgressReport("t", "", "2025", Language.EN, List.of(line), List.of(), List.of());
    String rendered = new TextReportRenderer().render(report);
    assertTrue(rendered.contains("x".repeat(TextReportRenderer.MAX_NAME - 1) + "…"), rendered);
    assertTrue(!rendered.contains("x".repeat(TextReportRenderer.MAX_NAME)), rendered);
  }

  @Test
  void widthCountsPrecomposedAndDecomposedVietnameseAlike() {
    assertEquals(3, TextReportRenderer.width("Việ"));
    assertEquals(3, TextReportRenderer.width("Vie\u0323\u0302"));
  }
}
