package org.reformindicators.examples.report;

import java.util.Locale;
import org.reformindicators.core.text.Language;
import org.reformindicators.core.text.NumberText;

/**
 * Draws one {@link IndicatorChart} as an inline SVG element, such as {@code <svg viewBox="0 0 420
 * 240">…</svg>}: the observed series (samples as hollow points marked {@code *}), each target as a
 * shaded band or a line from its start to its deadline, and a dashed vertical deadline marker.
 *
 * <p>For indicators where lower is better (ranks) the value axis is reversed, so that "up" always
 * means "better". Plain SVG 1.1 without scripts or external references.
 *
 * <p>Immutable and thread-safe (stateless).
 */
final class SvgChart {

  static final int WIDTH = 380;
  static final int HEIGHT = 220;
  private static final int LEFT = 48;
  private static final int RIGHT = 16;
  private static final int TOP = 16;
  private static final int BOTTOM = 36;
  /** The most decimals of a value on a chart, in the report language's convention ({@code 64,32}). */
  private static final int DECIMALS = 2;
  private static final String[] TARGET_COLOURS = {"#2e7d32", "#6a1b9a", "#ef6c00", "#00838f"};

  private SvgChart() {}

  /**
   * Renders the chart.
   *
   * @param chart the chart data
   * @param language the language of the labels
   * @return the SVG element
   */
  static String render(IndicatorChart chart, Language language) {
    double xMin = Double.POSITIVE_INFINITY;
    double xMax = Double.NEGATIVE_INFINITY;
    double yMin = Double.POSITIVE_INFINITY;
    double yMax = Double.NEGATIVE_INFINITY;
    for (ChartPoint point : chart.points()) {
      xMin = Math.min(xMin, point.x());
      xMax = Math.max(xMax, point.x());
      yMin = Math.min(yMin, point.value());
      yMax = Math.max(yMax, point.value());
    }
    for (TargetMarker target : chart.targets()) {
      xMin = Math.min(xMin, target.fromX());
      xMax = Math.max(xMax, target.deadlineX());
      yMin = Math.min(yMin, target.low());
      yMax = Math.max(yMax, target.high());
    }
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(
        Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 %d %d\""
            + " width=\"%d\" height=\"%d\" role=\"img\">",
        WIDTH, HEIGHT, WIDTH, HEIGHT));
    svg.append("<title>").append(Html.escape(chart.title())).append("</title>");
    if (xMin > xMax) {
      svg.append(String.format(
          Locale.ROOT,
          "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" class=\"empty\">%s</text></svg>",
          WIDTH / 2, HEIGHT / 2, Html.escape(ReportLabels.text(language, "noData"))));
      return svg.toString();
    }
    // Whole years on the time axis, padded by half a year; a little head-room on the value axis.
    xMin = Math.floor(xMin);
    xMax = Math.ceil(xMax);
    if (xMax - xMin < 1) {
      xMax = xMin + 1;
    }
    double pad = (yMax - yMin) * 0.1;
    if (pad == 0) {
      pad = Math.max(1, Math.abs(yMax) * 0.1);
    }
    yMin -= pad;
    yMax += pad;
    if (chart.lowerIsBetter()) {
      yMin = Math.max(yMin, 0.5);
    }
    Scale scale = new Scale(xMin, xMax, yMin, yMax, chart.lowerIsBetter());
    axes(svg, scale, chart, language);
    for (int i = 0; i < chart.targets().size(); i++) {
      target(svg, scale, chart.targets().get(i), TARGET_COLOURS[i % TARGET_COLOURS.length], language, i);
    }
    series(svg, scale, chart, language);
    svg.append("</svg>");
    return svg.toString();
  }

  private static void axes(StringBuilder svg, Scale scale, IndicatorChart chart, Language language) {
    double bottom = HEIGHT - BOTTOM;
    svg.append(String.format(
        Locale.ROOT,
        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#fafafa\" stroke=\"#bbb\"/>",
        LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM));
    for (int year = (int) scale.xMin; year <= (int) scale.xMax; year++) {
      double x = scale.x(year);
      svg.append(String.format(
          Locale.ROOT,
          "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#bbb\"/>",
          x, bottom, x, bottom + 4));
      if (year < (int) scale.xMax) {
        svg.append(String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" class=\"tick\">%d</text>",
            scale.x(year + 0.5), bottom + 16, year));
      }
    }
    double step = niceStep((scale.yMax - scale.yMin) / 6);
    for (double v = Math.ceil(scale.yMin / step) * step; v <= scale.yMax; v += step) {
      double y = scale.y(v);
      svg.append(String.format(
          Locale.ROOT,
          "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e5e5e5\"/>",
          LEFT, y, WIDTH - RIGHT, y));
      svg.append(String.format(
          Locale.ROOT,
          "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"tick\">%s</text>",
          LEFT - 4, y + 4, NumberText.rounded(v, DECIMALS, language)));
    }
    if (!chart.unitOfMeasure().isEmpty()) {
      svg.append(String.format(
          Locale.ROOT,
          "<text x=\"%d\" y=\"%d\" class=\"unit\">%s</text>",
          4, TOP - 4 + 10, Html.escape(chart.unitOfMeasure())));
    }
  }

  private static void target(
      StringBuilder svg, Scale scale, TargetMarker target, String colour, Language language,
      int index) {
    double x1 = scale.x(target.fromX());
    double x2 = scale.x(target.deadlineX());
    String label = Html.escape(target.clauseId() + " " + ReportLabels.text(language, "target.line"));
    if (target.isLine()) {
      double y = scale.y(target.low());
      svg.append(String.format(
          Locale.ROOT,
          "<line class=\"target\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
              + " stroke-width=\"2\"><title>%s %s</title></line>",
          x1, y, x2, y, colour, label, NumberText.rounded(target.low(), DECIMALS, language)));
    } else {
      double ya = scale.y(target.low());
      double yb = scale.y(target.high());
      svg.append(String.format(
          Locale.ROOT,
          "<rect class=\"target\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\""
              + " fill-opacity=\"0.18\" stroke=\"%s\" stroke-opacity=\"0.6\"><title>%s %s–%s</title></rect>",
          x1, Math.min(ya, yb), Math.max(x2 - x1, 1), Math.max(Math.abs(yb - ya), 1), colour, colour,
          label, NumberText.rounded(target.low(), DECIMALS, language),
          NumberText.rounded(target.high(), DECIMALS, language)));
    }
    svg.append(String.format(
        Locale.ROOT,
        "<line class=\"deadline\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\""
            + " stroke-dasharray=\"4 3\"/>",
        x2, TOP, x2, HEIGHT - BOTTOM, colour));
    svg.append(String.format(
        Locale.ROOT,
        "<text x=\"%.1f\" y=\"%d\" text-anchor=\"end\" class=\"deadline-label\" fill=\"%s\">%s %s %s</text>",
        x2 - 3, TOP + 12 + 11 * index, colour, Html.escape(target.clauseId().toString()),
        Html.escape(ReportLabels.text(language, "deadline")), Html.escape(target.deadlineLabel())));
  }

  private static void series(StringBuilder svg, Scale scale, IndicatorChart chart, Language language) {
    if (chart.points().size() > 1) {
      svg.append("<polyline class=\"series\" fill=\"none\" stroke=\"#1565c0\" stroke-width=\"2\" points=\"");
      for (ChartPoint point : chart.points()) {
        svg.append(String.format(Locale.ROOT, "%.1f,%.1f ", scale.x(point.x()), scale.y(point.value())));
      }
      svg.setLength(svg.length() - 1);
      svg.append("\"/>");
    }
    for (ChartPoint point : chart.points()) {
      double x = scale.x(point.x());
      double y = scale.y(point.value());
      String fill = point.sample() ? "#ffffff" : "#1565c0";
      String mark = point.sample() ? "*" : "";
      svg.append(String.format(
          Locale.ROOT,
          "<circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\" stroke=\"#1565c0\""
              + " stroke-width=\"2\"><title>%s: %s%s</title></circle>",
          point.sample() ? "point sample" : "point", x, y, fill, Html.escape(point.period()),
          NumberText.rounded(point.value(), DECIMALS, language), mark));
      svg.append(String.format(
          Locale.ROOT,
          "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" class=\"value\">%s%s</text>",
          x, y - 8, NumberText.rounded(point.value(), DECIMALS, language), mark));
    }
  }

  /**
   * Returns a step of 1, 2 or 5 times a power of ten at least {@code rough}.
   *
   * @param rough the wanted step, positive
   * @return the nice step
   */
  static double niceStep(double rough) {
    double power = Math.pow(10, Math.floor(Math.log10(rough)));
    double fraction = rough / power;
    double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return nice * power;
  }

  /** Maps data coordinates to SVG coordinates. */
  private record Scale(double xMin, double xMax, double yMin, double yMax, boolean reversed) {

    double x(double value) {
      return LEFT + (value - xMin) / (xMax - xMin) * (WIDTH - LEFT - RIGHT);
    }

    double y(double value) {
      double share = (value - yMin) / (yMax - yMin);
      double height = HEIGHT - TOP - BOTTOM;
      return reversed ? TOP + share * height : TOP + (1 - share) * height;
    }
  }
}
