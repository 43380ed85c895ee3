package org.reformindicators.examples.report;

import java.util.Objects;

/**
 * One observed value on a chart, such as {@code 2021 → 39}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param period the period as text, such as {@code 2021}
 * @param x the position on the time axis in fractional years (the middle of the period, e.g. {@code
 *     2021.5} for the year 2021)
 * @param value the value
 * @param sample whether the value is an illustrative sample rather than a published result
 */
public record ChartPoint(String period, double x, double value, boolean sample) {

  /**
   * Validates the components.
   *
   * @param period the period as text, such as {@code 2021}
   * @param x the position on the time axis in fractional years (the middle of the period, e.g. {@code 2021.5} for the year 2021)
   * @param value the value
   * @param sample whether the value is an illustrative sample rather than a published result
   * @throws NullPointerException if the period is {@code null}
   * @throws IllegalArgumentException if {@code x} or {@code value} is not finite
   */
  public ChartPoint {
    Objects.requireNonNull(period, "period");
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException("x must be finite, was " + x);
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite, was " + value + " at " + period);
    }
  }
}
