package org.reformindicators.core.progress;

/**
 * How a {@link ProgressResult}'s annual rates are expressed, such as {@code COMPOUND} for Eurostat's
 * compound annual growth rate of {@code 0.05} (5 % a year).
 *
 * <p>Immutable and thread-safe.
 */
public enum RateKind {
  /** A compound annual growth rate as a fraction per year: {@code 0.05} is 5 % a year. */
  COMPOUND,
  /** A linear change in the indicator's own unit per year, e.g. 6 places a year for a rank. */
  LINEAR
}
