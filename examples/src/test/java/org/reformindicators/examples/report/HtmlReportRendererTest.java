package org.reformindicators.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.target.ClauseId;
import org.reformindicators.core.text.Language;

class HtmlReportRendererTest {

  private final String html = new HtmlReportRenderer().render(ReportFixtures.twoClauses(Language.VI));

  @Test
  void isOneSelfContainedPage() {
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"vi\">"), html);
    assertTrue(html.contains("<meta charset=\"utf-8\">"));
    assertFalse(html.contains("<script"), "no scripts");
    assertFalse(html.contains("<link"), "no external style sheets");
    assertFalse(Pattern.compile("(src|href)=\"https?:").matcher(html).find(), "no network references");
    assertTrue(html.endsWith("</html>\n"));
  }

  @Test
  void escapesTextAndKeepsVietnamese() {
    assertTrue(html.contains("<h1>Kế hoạch 1256 &lt;Quảng Ngãi&gt;</h1>"), html);
    assertTrue(html.contains("<tr id=\"T5\"><td class=\"id\">T5</td>"), html);
    assertTrue(html.contains("<td class=\"latest\">72.5* (2024)</td>"), html);
    assertTrue(html.contains("<span class=\"status status-OFF_TRACK\">chậm tiến độ</span>"), html);
  }

  @Test
  void drawsOneChartPerIndicatorWithSeriesBandAndDeadline() {
    assertEquals(1, count("<svg "));
    assertTrue(html.contains("<figure id=\"chart-PAR_INDEX_RANK\">"), html);
    assertTrue(html.contains("<polyline class=\"series\""), html);
    assertEquals(3, count("<circle "));
    assertEquals(1, count("class=\"point sample\""));
    assertTrue(html.contains("<rect class=\"target\""), "band for 25–30");
    assertTrue(html.contains("<title>T1b chỉ tiêu 25–30</title>"), html);
    assertTrue(html.contains("class=\"deadline\""), html);
    assertTrue(html.contains(">T1b hạn 2025</text>"), html);
    assertTrue(html.contains("<p class=\"legend\">Chấm đặc: kết quả đã công bố;"), html);
  }

  @Test
  void drawsARankAxisWithTheBestRankOnTop() {
    // Rank 28 (better) must be drawn above rank 63: smaller SVG y.
    var matcher = Pattern.compile("<circle class=\"[a-z ]+\" cx=\"[0-9.]+\" cy=\"([0-9.]+)\"").matcher(html);
    List<Double> ys = matcher.results().map(r -> Double.parseDouble(r.group(1))).toList();
    assertEquals(3, ys.size());
    assertTrue(ys.get(0) > ys.get(1) && ys.get(1) > ys.get(2), ys.toString());
  }

  @Test
  void drawsALineTargetAndAnEmptyChart() {
    IndicatorChart line =
        new IndicatorChart(
            "T5_SHARE", "Share", "%", false,
            List.of(new ChartPoint("2024", 2024.5, 70, false)),
            List.of(new TargetMarker(ClauseId.parse("T5"), 80, 80, 2021, 2026, "2025")));
    IndicatorChart empty = new IndicatorChart("NONE", "None", "", false, List.of(), List.of());
    String page =
        new HtmlReportRenderer()
            .render(new ProgressReport("t", "", "2024", Language.EN, List.of(), List.of(line, empty), List.of()));
    assertTrue(page.contains("<line class=\"target\""), page);
    assertTrue(page.contains(">no data</text>"), page);
    assertFalse(page.contains("illustrative sample value (SAMPLE)"), "no sample legend without samples");
  }

  private int count(String fragment) {
    return html.split(Pattern.quote(fragment), -1).length - 1;
  }
}
