package org.reformindicators.examples.report;

import java.time.LocalDate;
import org.reformindicators.core.period.ReportingPeriod;

/**
 * Positions of dates and periods on a chart's time axis, in fractional years, such as {@code
 * 2021.5} for the middle of the year 2021.
 *
 * <p>Immutable and thread-safe (stateless).
 */
final class TimeAxis {

  private TimeAxis() {}

  /**
   * Returns the position of the start of a day: the year plus the elapsed share of it.
   *
   * @param date the day
   * @return the position, such as {@code 2021.0} for 1 January 2021
   */
  static double at(LocalDate date) {
    return date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
  }

  /**
   * Returns the position of the middle of a period.
   *
   * @param period the period
   * @return the mid-point between its start and the day after its end
   */
  static double middle(ReportingPeriod period) {
    return (start(period) + end(period)) / 2;
  }

  /**
   * Returns the position of the start of a period.
   *
   * @param period the period
   * @return the position of its first day
   */
  static double start(ReportingPeriod period) {
    return at(period.startDate());
  }

  /**
   * Returns the position of the end of a period (the start of the day after its last day).
   *
   * @param period the period
   * @return the position, such as {@code 2026.0} for the year 2025
   */
  static double end(ReportingPeriod period) {
    return at(period.endDate().plusDays(1));
  }
}
