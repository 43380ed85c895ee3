package org.reformindicators.examples.report;

import java.util.List;
import java.util.Objects;

/**
 * The data of one indicator's chart in a report, such as the series of {@code PAR_INDEX_RANK} with
 * the targets of clauses T1a and T1b.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param indicator the indicator code, such as {@code PAR_INDEX_RANK}
 * @param title the chart title in the report's language
 * @param unit the unit as text, such as {@code %} or {@code rank}, possibly empty
 * @param lowerIsBetter whether smaller values are better (ranks: the axis is drawn with 1 on top)
 * @param points the observed values in time order
 * @param targets the targets drawn on the chart
 */
public record IndicatorChart(
    String indicator,
    String title,
    String unit,
    boolean lowerIsBetter,
    List<ChartPoint> points,
    List<TargetMarker> targets) {

  /**
   * Validates and copies the components.
   *
   * @param indicator the indicator code, such as {@code PAR_INDEX_RANK}
   * @param title the chart title in the report's language
   * @param unit the unit as text, such as {@code %} or {@code rank}, possibly empty
   * @param lowerIsBetter whether smaller values are better (ranks: the axis is drawn with 1 on top)
   * @param points the observed values in time order
   * @param targets the targets drawn on the chart
   * @throws NullPointerException if a component is {@code null}
   */
  public IndicatorChart {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(unit, "unit");
    points = List.copyOf(points);
    targets = List.copyOf(targets);
  }
}
