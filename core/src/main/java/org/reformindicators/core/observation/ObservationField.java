package org.reformindicators.core.observation;

/**
 * A part of an observation that a rule can concern, such as {@link #VALUE} for "rank must be within 1..63
 * (universe), was 64"; file readers use it to point at the offending column or property.
 *
 * <p>Immutable and thread-safe.
 */
public enum ObservationField {
  /** The indicator code, such as {@code PCI_RANK}. */
  INDICATOR,
  /** The unit (area) code, such as {@code 51}. */
  UNIT,
  /** The reporting period, such as {@code 2020}. */
  PERIOD,
  /** The value, such as {@code 36}. */
  VALUE,
  /** The SDMX observation status, such as {@code A}. */
  STATUS,
  /** The universe of a rank, such as {@code 63}. */
  UNIVERSE,
  /** The breakdown, such as {@code SECTOR=LAND}. */
  BREAKDOWN,
  /** The bound of a value published only as a range, such as {@code 31–63}. */
  BOUND
}
