package org.reformindicators.core.evaluation;

import java.util.OptionalInt;
import org.reformindicators.core.period.ReportingPeriod;

/**
 * One observed value the engine uses, such as rank {@code 39} of {@code 63} in {@code 2021} with status {@code
 * A}. Not part of the API; immutable and thread-safe.
 *
 * @param period the period
 * @param value the value (for a rank, possibly converted to the target's universe)
 * @param universe the universe the rank was published in, or empty
 * @param statusCode the SDMX observation-status code
 * @param successor whether the value is data of the successor unit
 */
record DataPoint(
    ReportingPeriod period, double value, OptionalInt universe, String statusCode, boolean successor) {

  DataPoint withValue(double newValue) {
    return new DataPoint(period, newValue, universe, statusCode, successor);
  }
}
