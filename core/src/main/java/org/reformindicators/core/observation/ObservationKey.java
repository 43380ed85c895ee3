package org.reformindicators.core.observation;

import java.util.Objects;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.ReportingPeriod;

/**
 * What an observation is about, such as {@code PCI_RANK, unit 51, period 2020}: indicator, unit code, period and
 * breakdown. An {@link ObservationSet} holds at most one observation per key.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param indicator the indicator code
 * @param unit the unit code
 * @param period the reporting period
 * @param breakdown the breakdown; {@link BreakdownKey#TOTAL} for the total
 */
public record ObservationKey(
    IndicatorCode indicator, UnitCode unit, ReportingPeriod period, BreakdownKey breakdown) {

  /**
   * Checks for nulls.
   *
   * @param indicator the indicator code
   * @param unit the unit code
   * @param period the reporting period
   * @param breakdown the breakdown
   * @throws NullPointerException if an argument is null
   */
  public ObservationKey {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(breakdown, "breakdown");
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)} that spreads keys differing only in close codes
   * and periods, such as units {@code 00001} … {@code 00700} over 48 months, whose plain 31-based combination
   * collides in thousands of keys (issue 14).
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = indicator.hashCode();
    h = h * 0x9E3779B9 + unit.hashCode();
    h = h * 0x9E3779B9 + period.hashCode();
    h = h * 0x9E3779B9 + breakdown.hashCode();
    return h ^ (h >>> 15);
  }

  /**
   * Returns the key as text, such as {@code "TTHC_SATISFACTION, unit 51, period 2024, breakdown SECTOR=LAND"}.
   *
   * @return the description used in messages
   */
  @Override
  public String toString() {
    String text = indicator + ", unit " + unit + ", period " + period;
    return breakdown.isTotal() ? text : text + ", breakdown " + breakdown;
  }
}
