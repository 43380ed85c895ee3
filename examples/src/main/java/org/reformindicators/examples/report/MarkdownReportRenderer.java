package org.reformindicators.examples.report;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import org.reformindicators.core.text.Language;

/**
 * Renders a report as a GitHub-flavoured Markdown document, such as {@code | T1b | PAR INDEX rank …
 * | 39 (2021) | on track | … |}, one table row per clause in plan order.
 *
 * <p>Pipes and line breaks inside cells are escaped so that every clause stays on one table row.
 *
 * <p>Immutable and thread-safe.
 */
public final class MarkdownReportRenderer implements ReportRenderer {

  /** Creates the renderer. */
  public MarkdownReportRenderer() {}

  @Override
  public void render(ProgressReport report, Appendable out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    Language lang = report.language();
    out.append("# ").append(cell(report.title())).append("\n\n");
    if (!report.source().isEmpty()) {
      out.append(cell(report.source())).append("\n\n");
    }
    out.append("**").append(ReportLabels.text(lang, "asOf")).append(":** ").append(report.asOf()).append("\n\n");
    out.append("| ")
        .append(String.join(
            " | ",
            ReportLabels.text(lang, "id"),
            ReportLabels.text(lang, "name"),
            ReportLabels.text(lang, "target"),
            ReportLabels.text(lang, "latest"),
            ReportLabels.text(lang, "status"),
            ReportLabels.text(lang, "explanation")))
        .append(" |\n");
    out.append("|---|---|---|---|---|---|\n");
    for (ClauseLine line : report.clauses()) {
      out.append("| ")
          .append(String.join(
              " | ",
              cell(line.id()),
              cell(line.name()),
              cell(line.target()),
              cell(line.latestWithPeriod()),
              cell(line.statusText(lang)),
              cell(line.explanation())))
          .append(" |\n");
    }
    out.append('\n').append("**").append(ReportLabels.text(lang, "summary")).append(":** ");
    out.append(String.valueOf(report.clauses().size())).append(' ').append(ReportLabels.text(lang, "clauses"));
    for (Map.Entry<String, Integer> entry : report.countByStatus().entrySet()) {
      out.append("; ").append(cell(entry.getKey())).append(' ').append(String.valueOf(entry.getValue()));
    }
    out.append("\n");
    if (report.hasSamples()) {
      out.append("\n\\").append(ReportLabels.text(lang, "sampleLegend")).append('\n');
    }
    if (!report.related().isEmpty()) {
      out.append("\n").append(cell(ReportLabels.text(lang, "related"))).append("\n\n");
      for (String item : report.related()) {
        out.append("- ").append(cell(item)).append('\n');
      }
    }
    if (!report.notes().isEmpty()) {
      out.append('\n');
      for (String note : report.notes()) {
        out.append("- ").append(cell(note)).append('\n');
      }
    }
  }

  /**
   * Escapes a table cell: pipes, backslashes and line breaks.
   *
   * @param text the cell text
   * @return the escaped text
   */
  static String cell(String text) {
    return text.replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("*", "\\*")
        .replace("\r\n", "<br>")
        .replace("\n", "<br>");
  }
}
