package org.reformindicators.examples.report;

import java.util.List;
import java.util.Objects;

/**
 * The data of one indicator's chart in a report, such as the series of {@code PAR_INDEX_RANK} with
 * the targets of clauses T1a and T1b.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param chartId the id of the chart: the indicator code, then {@code -} and the breakdown when there is one,
 *     such as {@code PAR_INDEX_RANK} or {@code QNG_RESULTS_DIGITISED-LEVEL=PROVINCE}
 * @param title the chart title in the report's language
 * @param unitOfMeasure the unit of measure as text, such as {@code %} or {@code rank}, possibly empty
 * @param lowerIsBetter whether smaller values are better (ranks: the axis is drawn with 1 on top)
 * @param points the observed values in time order
 * @param targets the targets drawn on the chart
 */
public record IndicatorChart(
    String chartId,
    String title,
    String unitOfMeasure,
    boolean lowerIsBetter,
    List<ChartPoint> points,
    List<TargetMarker> targets) {

  /**
   * Validates and copies the components.
   *
   * @param chartId the id of the chart: the indicator code, then {@code -} and the breakdown when there is one,
   *     such as {@code PAR_INDEX_RANK} or {@code QNG_RESULTS_DIGITISED-LEVEL=PROVINCE}
   * @param title the chart title in the report's language
   * @param unitOfMeasure the unit of measure as text, such as {@code %} or {@code rank}, possibly empty
   * @param lowerIsBetter whether smaller values are better (ranks: the axis is drawn with 1 on top)
   * @param points the observed values in time order
   * @param targets the targets drawn on the chart
   * @throws NullPointerException if a component is {@code null}
   */
  public IndicatorChart {
    Objects.requireNonNull(chartId, "chartId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(unitOfMeasure, "unitOfMeasure");
    points = List.copyOf(points);
    targets = List.copyOf(targets);
  }
}
