package org.reformindicators.examples.report;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.reformindicators.core.text.Language;

/**
 * Renders a report as a plain-text table for a terminal, such as {@code T1b | PAR INDEX rank |
 * rank 25–30 of 63 by 2025 | 39/63 (2021) | On track | …}, one row per clause in plan order.
 *
 * <p>Columns are measured in code points of the NFC form, which is one terminal column per letter
 * for Vietnamese (every Vietnamese letter has a precomposed form). The name, target and explanation
 * columns wrap at word boundaries (at {@value #NAME_WIDTH}, {@value #TARGET_WIDTH} and {@value
 * #EXPLANATION_WIDTH} columns), so a row may take several lines; nothing is cut.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextReportRenderer implements ReportRenderer {

  /** The widest the name column grows before its text wraps. */
  public static final int NAME_WIDTH = 40;

  /** The widest the target column grows before its text wraps. */
  public static final int TARGET_WIDTH = 32;

  /** The widest the explanation column grows before its text wraps. */
  public static final int EXPLANATION_WIDTH = 60;

  /** The width notes under the table wrap at. */
  public static final int NOTE_WIDTH = 100;

  private static final String SEPARATOR = " | ";

  /** Creates the renderer. */
  public TextReportRenderer() {}

  @Override
  public void render(ProgressReport report, Appendable out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    Language lang = report.language();
    List<Function<ClauseLine, String>> columns =
        List.of(
            ClauseLine::id,
            ClauseLine::name,
            ClauseLine::target,
            ClauseLine::latestWithPeriod,
            line -> line.statusText(lang),
            ClauseLine::explanation);
    int[] limits = {
      Integer.MAX_VALUE, NAME_WIDTH, TARGET_WIDTH, Integer.MAX_VALUE, Integer.MAX_VALUE,
      EXPLANATION_WIDTH
    };
    String[] headers = {
      ReportLabels.text(lang, "id"),
      ReportLabels.text(lang, "name"),
      ReportLabels.text(lang, "target"),
      ReportLabels.text(lang, "latest"),
      ReportLabels.text(lang, "status"),
      ReportLabels.text(lang, "explanation")
    };
    int[] widths = new int[headers.length];
    for (int c = 0; c < headers.length; c++) {
      widths[c] = width(headers[c]);
      for (ClauseLine line : report.clauses()) {
        widths[c] = Math.max(widths[c], Math.min(limits[c], width(columns.get(c).apply(line))));
      }
    }
    out.append(report.title()).append('\n');
    if (!report.source().isEmpty()) {
      out.append(report.source()).append('\n');
    }
    out.append(ReportLabels.text(lang, "asOf")).append(": ").append(report.asOf()).append("\n\n");
    appendRow(out, headers, widths);
    StringBuilder rule = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      if (c > 0) {
        rule.append("-+-");
      }
      rule.append("-".repeat(widths[c]));
    }
    out.append(rule).append('\n');
    String[] cells = new String[headers.length];
    for (ClauseLine line : report.clauses()) {
      for (int c = 0; c < cells.length; c++) {
        cells[c] = columns.get(c).apply(line);
      }
      appendRow(out, cells, widths);
    }
    out.append('\n').append(ReportLabels.text(lang, "summary")).append(": ");
    out.append(String.valueOf(report.clauses().size())).append(' ').append(ReportLabels.text(lang, "clauses"));
    for (Map.Entry<String, Integer> entry : report.countByStatus().entrySet()) {
      out.append("; ").append(entry.getKey()).append(' ').append(String.valueOf(entry.getValue()));
    }
    out.append('\n');
    if (report.hasSamples()) {
      out.append(ReportLabels.text(lang, "sampleLegend")).append('\n');
    }
    if (!report.related().isEmpty()) {
      out.append(ReportLabels.text(lang, "related")).append('\n');
      for (String item : report.related()) {
        List<String> lines = wrap(item, NOTE_WIDTH);
        out.append("- ").append(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
          out.append("  ").append(line).append('\n');
        }
      }
    }
    for (String note : report.notes()) {
      List<String> lines = wrap(note, NOTE_WIDTH);
      out.append("- ").append(lines.get(0)).append('\n');
      for (String line : lines.subList(1, lines.size())) {
        out.append("  ").append(line).append('\n');
      }
    }
  }

  /** Appends one table row, wrapping each cell to its column and padding the shorter cells. */
  private static void appendRow(Appendable out, String[] cells, int[] widths) throws IOException {
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (int c = 0; c < cells.length; c++) {
      List<String> lines = wrap(cells[c], widths[c]);
      wrapped.add(lines);
      height = Math.max(height, lines.size());
    }
    for (int i = 0; i < height; i++) {
      StringBuilder row = new StringBuilder();
      for (int c = 0; c < cells.length; c++) {
        if (c > 0) {
          row.append(SEPARATOR);
        }
        String part = i < wrapped.get(c).size() ? wrapped.get(c).get(i) : "";
        row.append(part).append(" ".repeat(Math.max(0, widths[c] - width(part))));
      }
      out.append(row.toString().stripTrailing()).append('\n');
    }
  }

  /**
   * Wraps text at spaces into lines of at most {@code width} code points; a word longer than the
   * width is split.
   *
   * @param text the text
   * @param width the widest line, positive
   * @return the lines, at least one
   */
  public static List<String> wrap(String text, int width) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int lineWidth = 0;
    for (String word : nfc.split(" ", -1)) {
      if (word.isEmpty()) {
        continue;
      }
      int wordWidth = width(word);
      while (wordWidth > width) {
        if (lineWidth > 0) {
          lines.add(line.toString());
          line.setLength(0);
          lineWidth = 0;
        }
        int end = word.offsetByCodePoints(0, width);
        lines.add(word.substring(0, end));
        word = word.substring(end);
        wordWidth -= width;
      }
      if (lineWidth > 0 && lineWidth + 1 + wordWidth > width) {
        lines.add(line.toString());
        line.setLength(0);
        lineWidth = 0;
      }
      if (lineWidth > 0) {
        line.append(' ');
        lineWidth++;
      }
      line.append(word);
      lineWidth += wordWidth;
    }
    if (lineWidth > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * Returns the width of a cell in terminal columns, counting code points of the NFC form.
   *
   * @param text the cell
   * @return its width
   */
  static int width(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    return nfc.codePointCount(0, nfc.length());
  }
}
