package org.reformindicators.core.evaluation;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.reformindicators.core.observation.ObservationStatus;
import org.reformindicators.core.period.ReportingPeriod;

/**
 * One observed value the engine uses, such as rank {@code 39} of {@code 63} in {@code 2021} with status {@code
 * A}. Not part of the API; immutable and thread-safe.
 *
 * @param period the period
 * @param end the period's last day, kept because every comparison of the engine is by end date
 * @param value the value (for a rank, possibly converted to the target's universe)
 * @param universe the universe of {@code value} when it is a rank (the target's after a conversion), or empty
 * @param status the SDMX observation status
 * @param successor whether the value is data of the successor unit
 */
record DataPoint(
    ReportingPeriod period, LocalDate end, double value, OptionalInt universe, ObservationStatus status, boolean successor) {

  /**
   * Returns this rank converted to another universe, everything else kept.
   *
   * @param rank the rank in {@code newUniverse}
   * @param newUniverse the universe the rank now belongs to
   * @return the converted point
   */
  DataPoint inUniverse(double rank, int newUniverse) {
    return new DataPoint(period, end, rank, OptionalInt.of(newUniverse), status, successor);
  }

  /** Tells whether the observation marks a break in series (SDMX status {@code B}). */
  boolean isBreak() {
    return status == ObservationStatus.TIME_SERIES_BREAK;
  }
}
