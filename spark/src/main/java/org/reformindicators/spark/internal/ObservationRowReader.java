package org.reformindicators.spark.internal;

import java.io.Serializable;
import org.apache.spark.sql.Row;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationStatus;
import org.reformindicators.core.period.ReportingPeriod;

/**
 * Turns a row of an observation Dataset into a core {@link Observation}, by column positions fixed on the driver.
 * Not part of the API. Immutable and thread-safe.
 */
public final class ObservationRowReader implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Serial form: the indicator. */
  private final int indicator;
  /** Serial form: the area. */
  private final int area;
  /** Serial form: the period. */
  private final int period;
  /** Serial form: the value. */
  private final int value;
  /** Serial form: the status. */
  private final int status;
  /** Serial form: the breakdown. */
  private final int breakdown;
  /** Serial form: the universe. */
  private final int universe;
  /** Serial form: the numerator. */
  private final int numerator;
  /** Serial form: the denominator. */
  private final int denominator;
  /** Serial form: the lower. */
  private final int lower;
  /** Serial form: the upper. */
  private final int upper;
  /** Serial form: the note. */
  private final int note;

  /**
   * Creates a reader from column positions, {@code -1} for an absent optional column.
   *
   * @param positions the positions of indicator, area, period, value, status, breakdown, universe, numerator,
   *     denominator, lower, upper and note, in that order
   */
  public ObservationRowReader(int... positions) {
    this.indicator = positions[0];
    this.area = positions[1];
    this.period = positions[2];
    this.value = positions[3];
    this.status = positions[4];
    this.breakdown = positions[5];
    this.universe = positions[6];
    this.numerator = positions[7];
    this.denominator = positions[8];
    this.lower = positions[9];
    this.upper = positions[10];
    this.note = positions[11];
  }

  /**
   * Returns the area code of a row, the key observations are grouped by.
   *
   * @param row the row
   * @return the area text
   * @throws IllegalArgumentException if the area is null
   */
  public String area(Row row) {
    return required(row, area, "area");
  }

  /**
   * Returns the period text of a row.
   *
   * @param row the row
   * @return the period text
   * @throws IllegalArgumentException if the period is null
   */
  public String period(Row row) {
    return required(row, period, "period");
  }

  /**
   * Reads a row through core's factories, so core's validation runs.
   *
   * @param row the row
   * @return the observation
   * @throws IllegalArgumentException if a cell breaks a rule of the observation contract; the message names the
   *     row's indicator, area and period, the column, the value and the rule
   */
  public Observation read(Row row) {
    String where = "observation row (indicator " + cell(row, indicator) + ", area " + cell(row, area) + ", period "
        + cell(row, period) + ")";
    try {
      if (lower >= 0 && !row.isNullAt(lower) || upper >= 0 && !row.isNullAt(upper)) {
        throw new IllegalArgumentException(
            "lower and upper must be empty: bounds of a value published as a range are not read by this version");
      }
      Observation.Builder b = Observation.builder()
          .indicator(IndicatorCode.parse(required(row, indicator, "indicator")))
          .unit(UnitCode.of(required(row, area, "area")))
          .period(ReportingPeriod.parse(required(row, period, "period")));
      if (!row.isNullAt(value)) {
        b.value(row.getDouble(value));
      }
      if (status >= 0 && !row.isNullAt(status)) {
        b.status(ObservationStatus.fromCode(row.getString(status)));
      }
      if (breakdown >= 0 && !row.isNullAt(breakdown) && !row.getString(breakdown).isEmpty()) {
        b.breakdown(BreakdownKey.parse(row.getString(breakdown)));
      }
      if (universe >= 0 && !row.isNullAt(universe)) {
        b.universe(row.getInt(universe));
      }
      if (numerator >= 0 && !row.isNullAt(numerator)) {
        b.numerator(row.getDouble(numerator));
      }
      if (denominator >= 0 && !row.isNullAt(denominator)) {
        b.denominator(row.getDouble(denominator));
      }
      if (note >= 0 && !row.isNullAt(note) && !row.getString(note).isEmpty()) {
        b.note(row.getString(note));
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static String required(Row row, int at, String column) {
    if (row.isNullAt(at)) {
      throw new IllegalArgumentException(column + " must not be null");
    }
    return row.getString(at);
  }

  private static String cell(Row row, int at) {
    return row.isNullAt(at) ? "null" : row.get(at).toString();
  }
}
