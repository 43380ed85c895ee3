package org.reformindicators.examples.report;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Renders a report as a plain-text table for a terminal, such as {@code T1b | PAR INDEX rank … | ≤
 * 30 of 63 by 2025 | 39 (2021) | on track | …}, one row per clause in plan order.
 *
 * <p>Columns are padded by code points of the NFC form, which is one column per letter for
 * Vietnamese (every Vietnamese letter has a precomposed form). Names longer than {@value #MAX_NAME}
 * code points are shortened with an ellipsis; the explanation, the last column, is never cut.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextReportRenderer implements ReportRenderer {

  /** The longest clause name printed in full, in code points. */
  public static final int MAX_NAME = 48;

  private static final String SEPARATOR = " | ";

  /** Creates the renderer. */
  public TextReportRenderer() {}

  @Override
  public String render(ProgressReport report) {
    Objects.requireNonNull(report, "report");
    Language lang = report.language();
    List<Function<ClauseLine, String>> columns =
        List.of(
            ClauseLine::id,
            line -> shorten(line.name()),
            ClauseLine::target,
            ClauseLine::latestWithPeriod,
            ClauseLine::statusLabel,
            ClauseLine::explanation);
    String[] headers = {
      lang.text("id"),
      lang.text("name"),
      lang.text("target"),
      lang.text("latest"),
      lang.text("status"),
      lang.text("explanation")
    };
    int[] widths = new int[headers.length];
    for (int c = 0; c < headers.length; c++) {
      widths[c] = width(headers[c]);
      for (ClauseLine line : report.clauses()) {
        widths[c] = Math.max(widths[c], width(columns.get(c).apply(line)));
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(report.title()).append('\n');
    if (!report.source().isEmpty()) {
      out.append(report.source()).append('\n');
    }
    out.append(lang.text("asOf")).append(": ").append(report.asOf()).append("\n\n");
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
    out.append('\n').append(lang.text("summary")).append(": ");
    out.append(report.clauses().size()).append(' ').append(lang.text("clauses"));
    for (Map.Entry<String, Integer> entry : report.countByStatus().entrySet()) {
      out.append("; ").append(entry.getKey()).append(' ').append(entry.getValue());
    }
    out.append('\n');
    if (report.hasSamples()) {
      out.append(lang.text("sampleLegend")).append('\n');
    }
    for (String note : report.notes()) {
      out.append("- ").append(note).append('\n');
    }
    return out.toString();
  }

  private static void appendRow(StringBuilder out, String[] cells, int[] widths) {
    StringBuilder row = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        row.append(SEPARATOR);
      }
      row.append(cells[c]);
      if (c < cells.length - 1) {
        row.append(" ".repeat(widths[c] - width(cells[c])));
      }
    }
    out.append(stripTrailing(row)).append('\n');
  }

  private static String stripTrailing(CharSequence text) {
    return text.toString().stripTrailing();
  }

  private static String shorten(String name) {
    String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
    if (nfc.codePointCount(0, nfc.length()) <= MAX_NAME) {
      return nfc;
    }
    int end = nfc.offsetByCodePoints(0, MAX_NAME - 1);
    return nfc.substring(0, end).stripTrailing() + "…";
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
