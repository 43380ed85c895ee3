package org.reformindicators.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.text.Language;

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
  void wrapsLongCellsOverSeveralLinesWithoutCuttingThem() {
    String explanation = "giá trị 76.3 (2024); chỉ tiêu ≥ 80 đến 2025; phương pháp tuyến tính dự báo 87.65 năm 2025";
    ClauseLine line = new ClauseLine("T5", "Tỷ lệ hồ sơ", "≥ 80%", "76.3", "2024", false, "ON_TRACK",
        "Đúng tiến độ", true, explanation);
    ProgressReport report = new ProgressReport("t", "", "2025", Language.VI, List.of(line), List.of(), List.of());
    List<String> rows = new TextReportRenderer().render(report).lines().toList();
    assertEquals("T5 | Tỷ lệ hồ sơ | ≥ 80%    | 76.3 (2024)           | Đúng tiến độ (vượt) | "
        + "giá trị 76.3 (2024); chỉ tiêu ≥ 80 đến 2025; phương pháp", rows.get(5));
    assertEquals("   |             |          |                       |                     | "
        + "tuyến tính dự báo 87.65 năm 2025", rows.get(6));
  }

  @Test
  void wrapsAtSpacesAndSplitsOverlongWords() {
    assertEquals(List.of("ab cd", "efg"), TextReportRenderer.wrap("ab cd efg", 5));
    assertEquals(List.of("abcde", "fg h"), TextReportRenderer.wrap("abcdefg h", 5));
    assertEquals(List.of(""), TextReportRenderer.wrap("", 5));
    assertEquals(List.of("Việt", "Nam"), TextReportRenderer.wrap("Việt Nam", 4));
  }

  @Test
  void wrappedLinesFitAndKeepEveryWord() {
    qt().forAll(lists().of(strings().betweenCodePoints('a', 'ệ').ofLengthBetween(1, 12)).ofSizeBetween(0, 20),
            integers().between(1, 30))
        .check((words, width) -> {
          String text = String.join(" ", words);
          List<String> lines = TextReportRenderer.wrap(text, width);
          boolean fit = lines.stream().allMatch(line -> TextReportRenderer.width(line) <= width);
          String joined = String.join("", lines).replace(" ", "");
          String expected = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).replace(" ", "");
          return fit && joined.equals(expected);
        });
  }

  @Test
  void widthCountsPrecomposedAndDecomposedVietnameseAlike() {
    assertEquals(3, TextReportRenderer.width("Việ"));
    assertEquals(3, TextReportRenderer.width("Vie\u0323\u0302"));
  }
}
