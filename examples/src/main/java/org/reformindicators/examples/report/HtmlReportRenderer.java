package org.reformindicators.examples.report;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import org.reformindicators.core.text.Language;

/**
 * Renders a report as one self-contained HTML page, such as {@code <!DOCTYPE html><html
 * lang="vi">…}: the clause table and one inline SVG chart per indicator (series, target line or
 * band, deadline marker).
 *
 * <p>The page has no scripts and no external references (styles inline, charts inline SVG), so it
 * opens in any browser without a network. Sample values carry the marker {@code *} explained by a
 * legend.
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlReportRenderer implements ReportRenderer {

  private static final String STYLE =
      "body{font-family:'Noto Sans','DejaVu Sans',Arial,sans-serif;margin:24px;color:#222}"
          + "h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:24px 0 8px}"
          + ".source{color:#555;margin:0 0 12px}"
          + "table{border-collapse:collapse;font-size:13px;width:100%}"
          + "th,td{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}"
          + "th{background:#eceff1}td.id{font-weight:bold;white-space:nowrap}"
          + "td.latest{white-space:nowrap}"
          + ".status{display:inline-block;padding:1px 6px;border-radius:8px;background:#eceff1;"
          + "white-space:nowrap}"
          + ".status-ACHIEVED,.status-ON_TRACK{background:#c8e6c9}"
          + ".status-AT_RISK{background:#ffecb3}"
          + ".status-OFF_TRACK,.status-NOT_ACHIEVED{background:#ffcdd2}"
          + ".status-MANUAL{background:#d7e3fc}"
          + ".charts{display:flex;flex-wrap:wrap;gap:12px}"
          + "figure{margin:0;border:1px solid #ddd;padding:6px;background:#fff}"
          + "figcaption{font-size:13px;font-weight:bold;margin-bottom:4px;max-width:380px}"
          + "svg text{font-size:10px;fill:#444}svg text.value{font-size:9px;fill:#1565c0}"
          + "svg text.deadline-label{font-size:9px}"
          + ".legend{font-size:13px;color:#555}";

  /** Creates the renderer. */
  public HtmlReportRenderer() {}

  @Override
  public void render(ProgressReport report, Appendable out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    Language lang = report.language();
    out.append("<!DOCTYPE html>\n<html lang=\"").append(lang.code()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Html.escape(report.title())).append("</title>\n")
        .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
    out.append("<h1>").append(Html.escape(report.title())).append("</h1>\n");
    if (!report.source().isEmpty()) {
      out.append("<p class=\"source\">").append(Html.escape(report.source())).append("</p>\n");
    }
    out.append("<p><b>").append(Html.escape(ReportLabels.text(lang, "asOf"))).append(":</b> ")
        .append(Html.escape(report.asOf())).append("</p>\n");
    out.append("<table>\n<thead><tr>");
    for (String key : new String[] {"id", "name", "target", "latest", "status", "explanation"}) {
      out.append("<th>").append(Html.escape(ReportLabels.text(lang, key))).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (ClauseLine line : report.clauses()) {
      out.append("<tr id=\"").append(Html.escape(line.id())).append("\">")
          .append("<td class=\"id\">").append(Html.escape(line.id())).append("</td>")
          .append("<td>").append(Html.escape(line.name())).append("</td>")
          .append("<td>").append(Html.escape(line.target())).append("</td>")
          .append("<td class=\"latest\">").append(Html.escape(line.latestWithPeriod()))
          .append("</td>")
          .append("<td><span class=\"status status-").append(Html.escape(line.status()))
          .append("\">").append(Html.escape(line.statusText(lang))).append("</span></td>")
          .append("<td>").append(Html.escape(line.explanation())).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    out.append("<p class=\"legend\"><b>").append(Html.escape(ReportLabels.text(lang, "summary"))).append(":</b> ")
        .append(String.valueOf(report.clauses().size())).append(' ')
        .append(Html.escape(ReportLabels.text(lang, "clauses")));
    for (Map.Entry<String, Integer> entry : report.countByStatus().entrySet()) {
      out.append("; ").append(Html.escape(entry.getKey())).append(' ')
          .append(String.valueOf(entry.getValue()));
    }
    out.append("</p>\n");
    if (report.hasSamples()) {
      out.append("<p class=\"legend\">").append(Html.escape(ReportLabels.text(lang, "sampleLegend")))
          .append("</p>\n");
    }
    if (!report.related().isEmpty()) {
      out.append("<h2>").append(Html.escape(ReportLabels.text(lang, "related"))).append("</h2>\n<ul>\n");
      for (String item : report.related()) {
        out.append("<li>").append(Html.escape(item)).append("</li>\n");
      }
      out.append("</ul>\n");
    }
    if (!report.notes().isEmpty()) {
      out.append("<ul class=\"legend\">\n");
      for (String note : report.notes()) {
        out.append("<li>").append(Html.escape(note)).append("</li>\n");
      }
      out.append("</ul>\n");
    }
    if (!report.charts().isEmpty()) {
      out.append("<h2>").append(Html.escape(ReportLabels.text(lang, "charts"))).append("</h2>\n");
      out.append("<p class=\"legend\">").append(Html.escape(ReportLabels.text(lang, "chartLegend")))
          .append("</p>\n");
      out.append("<div class=\"charts\">\n");
      for (IndicatorChart chart : report.charts()) {
        out.append("<figure id=\"chart-").append(Html.escape(chart.chartId())).append("\">")
            .append("<figcaption>").append(Html.escape(chart.title())).append("</figcaption>")
            .append(SvgChart.render(chart, lang)).append("</figure>\n");
      }
      out.append("</div>\n");
    }
    out.append("<p class=\"legend\">").append(Html.escape(ReportLabels.text(lang, "generated"))).append("</p>\n");
    out.append("</body>\n</html>\n");
  }
}
