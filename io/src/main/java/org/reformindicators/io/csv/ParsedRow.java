package org.reformindicators.io.csv;

import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.period.ReportingPeriod;

/**
 * A row of an observation CSV that passed every check, such as line 7 {@code IND_07,00513,2023-04,61.37}: either a
 * plain row (indicator, unit, period and a value of status {@code A}; no breakdown, universe, note, or rank claim,
 * and no validator to consult) held as its parsed cells, or a whole {@link Observation}.
 *
 * <p>A plain row needs no {@code Observation} object to be counted, checked for a repeated key, or added to a set:
 * a million-row file builds one only for rows that need it ({@link #observation()} builds it on demand). Not
 * thread-safe (the observation is built lazily); used within one read.
 */
final class ParsedRow {

  private final IndicatorCode indicator;
  private final UnitCode unit;
  private final ReportingPeriod period;
  private final double value;
  private Observation observation;

  private ParsedRow(IndicatorCode indicator, UnitCode unit, ReportingPeriod period, double value, Observation whole) {
    this.indicator = indicator;
    this.unit = unit;
    this.period = period;
    this.value = value;
    this.observation = whole;
  }

  /** A plain row: a value of status {@code A} without breakdown, universe or note. */
  static ParsedRow plain(IndicatorCode indicator, UnitCode unit, ReportingPeriod period, double value) {
    return new ParsedRow(indicator, unit, period, value, null);
  }

  /** A row held as its observation. */
  static ParsedRow of(Observation observation) {
    return new ParsedRow(observation.indicator(), observation.unit(), observation.period(), Double.NaN, observation);
  }

  /** Whether the row is plain (no observation object made yet, or made on demand from plain cells). */
  boolean isPlain() {
    return Double.isFinite(value);
  }

  IndicatorCode indicator() {
    return indicator;
  }

  UnitCode unit() {
    return unit;
  }

  ReportingPeriod period() {
    return period;
  }

  /** The value of a plain row. */
  double value() {
    return value;
  }

  /** The row's observation, built on the first call for a plain row (its cells were checked already). */
  Observation observation() {
    if (observation == null) {
      observation = Observation.of(indicator, unit, period, value);
    }
    return observation;
  }
}
