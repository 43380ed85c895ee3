package org.reformindicators.io.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.reformindicators.core.observation.ObservationField;

/**
 * The columns of the observation CSV, such as {@link #VALUE} headed {@code value} (the contract of {@code
 * docs/formats/observations.md}: required columns in any order, then optional ones).
 *
 * <p>Immutable and thread-safe.
 */
public enum ObservationColumn {
  /** The indicator code, e.g. {@code PCI_TRANSPARENCY}. Required. */
  INDICATOR(true),
  /** The area (unit) code as a string, leading zeros kept, e.g. {@code 51}. Required. */
  AREA(true),
  /** The reporting period, e.g. {@code 2020} or {@code 2025-Q3}. Required. */
  PERIOD(true),
  /** The value as a plain decimal; empty only with a missing-value status or with a bound. Required. */
  VALUE(true),
  /** For ranks, the number of units actually ranked, e.g. {@code 61}. Optional. */
  UNIVERSE(false),
  /** The SDMX observation status, e.g. {@code A}; empty means {@code A}. Optional. */
  STATUS(false),
  /** {@code KEY=VALUE} pairs joined by {@code ;}, e.g. {@code LEVEL=COMMUNE}. Optional. */
  BREAKDOWN(false),
  /** Free text. Optional. */
  NOTE(false),
  /** The count (or sum) behind a value derived from records, e.g. {@code 412}. Optional, with {@link #DENOMINATOR}. */
  NUMERATOR(false),
  /** The count behind a value derived from records, e.g. {@code 500}. Optional, with {@link #NUMERATOR}. */
  DENOMINATOR(false),
  /**
   * The lower end, inclusive, of a value published only as a range, e.g. {@code 31} for a rank "worse than 30 of
   * 63"; the value is then empty. Optional, with {@link #UPPER}.
   */
  LOWER(false),
  /** The upper end, inclusive, of a value published only as a range, e.g. {@code 63}. Optional, with {@link #LOWER}. */
  UPPER(false);

  private final boolean required;
  /** The header name, made once: rows look their cells up by it. */
  private final String header;

  ObservationColumn(boolean required) {
    this.required = required;
    // Interned, as are the header names CsvRecords reads, so that a row's look-up by name matches by identity.
    this.header = name().toLowerCase(Locale.ROOT).intern();
  }

  /**
   * Returns the header name.
   *
   * @return e.g. {@code value}
   */
  public String header() {
    return header;
  }

  /**
   * Tells whether every file must have this column.
   *
   * @return {@code true} for indicator, area, period and value
   */
  public boolean isRequired() {
    return required;
  }

  /**
   * Returns the column that holds a part of an observation.
   *
   * @param field the part, such as {@link ObservationField#UNIT}
   * @return the column, such as {@link #AREA}
   */
  static ObservationColumn of(ObservationField field) {
    return switch (field) {
      case INDICATOR -> INDICATOR;
      case UNIT -> AREA;
      case PERIOD -> PERIOD;
      case VALUE -> VALUE;
      case STATUS -> STATUS;
      case UNIVERSE -> UNIVERSE;
      case BREAKDOWN -> BREAKDOWN;
      case BOUND -> LOWER;
    };
  }

  /**
   * Returns the header names of the required columns, in contract order.
   *
   * @return {@code [indicator, area, period, value]}
   */
  static List<String> requiredHeaders() {
    return Arrays.stream(values()).filter(c -> c.required).map(ObservationColumn::header).toList();
  }

  /**
   * Returns the header names of the optional columns.
   *
   * @return {@code [universe, status, breakdown, note, numerator, denominator, lower, upper]}
   */
  static Set<String> optionalHeaders() {
    return Arrays.stream(values())
        .filter(c -> !c.required)
        .map(ObservationColumn::header)
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }
}
