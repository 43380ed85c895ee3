package org.reformindicators.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reformindicators.core.text.Language;

class MarkdownReportRendererTest {

  private final String markdown =
      new MarkdownReportRenderer().render(ReportFixtures.twoClauses(Language.EN));

  @Test
  void writesOneTableRowPerClauseWithEscapedCells() {
    assertTrue(markdown.startsWith("# Kế hoạch 1256 <Quảng Ngãi>\n"), markdown);
    assertTrue(markdown.contains("| Id | Clause | Target | Latest value (period) | Status | Explanation |\n"));
    assertTrue(markdown.contains(
        "| T5 | Hồ sơ TTHC luân chuyển điện tử \\| liên thông | ≥ 80% | 72.5\\* (2024) | chậm tiến độ |"),
        markdown);
    assertEquals(2, markdown.lines().filter(l -> l.startsWith("| T")).count());
  }

  @Test
  void printsTheSampleLegendEscaped() {
    assertTrue(markdown.contains("\n\\* illustrative sample value (SAMPLE), not a published result\n"), markdown);
  }

  @Test
  void escapesLineBreaksAndPipes() {
    assertEquals("a\\|b<br>c\\\\d", MarkdownReportRenderer.cell("a|b\nc\\d"));
  }
}
