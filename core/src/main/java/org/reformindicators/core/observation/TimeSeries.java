package org.reformindicators.core.observation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.ReportingPeriod;

/**
 * The observations of one indicator for one unit and one breakdown, in period order, such as Quảng Ngãi's
 * {@code PCI_RANK}: 2019 → 41, 2020 → 36, 2022 → 33.
 *
 * <p>Periods are unique and sorted by the natural order of {@link ReportingPeriod} (start date, then end date).
 * The values are also kept in a primitive array for numeric code ({@link #valuesOrNaN()}), where a missing value
 * is {@code NaN}. Lookups by period use binary search.
 *
 * <p>A series is keyed by unit <em>code</em>, so it may span two units that share the code: {@code 51} is the
 * pre-merger Quảng Ngãi until 2025-06-30 and the merged province from 2025-07-01. Each rank keeps its own universe
 * (63, then 34); to tell the units apart, ask {@link org.reformindicators.core.area.UnitRegistry#find(UnitCode,
 * LocalDate)} with the period's end date.
 *
 * <p>This type is immutable and thread-safe.
 */
public final class TimeSeries {

  private final IndicatorCode indicator;
  private final UnitCode unit;
  private final BreakdownKey breakdown;
  private final List<Observation> observations;
  private final ReportingPeriod[] periods;
  private final double[] values;

  private TimeSeries(
      IndicatorCode indicator, UnitCode unit, BreakdownKey breakdown, List<Observation> sorted) {
    this.indicator = indicator;
    this.unit = unit;
    this.breakdown = breakdown;
    this.observations = sorted;
    this.periods = new ReportingPeriod[sorted.size()];
    this.values = new double[sorted.size()];
    for (int i = 0; i < periods.length; i++) {
      Observation observation = sorted.get(i);
      periods[i] = observation.period();
      values[i] = observation.value().isPresent() ? observation.value().getAsDouble() : Double.NaN;
    }
  }

  /**
   * Returns a series of observations that share indicator, unit and breakdown, in any order.
   *
   * @param observations the observations, at least one
   * @return the series sorted by period
   * @throws NullPointerException if {@code observations} or an element is null
   * @throws IllegalArgumentException if there are none, they differ in indicator, unit or breakdown, or two have the
   *     same period
   */
  public static TimeSeries of(Collection<Observation> observations) {
    Objects.requireNonNull(observations, "observations");
    if (observations.isEmpty()) {
      throw new IllegalArgumentException("observations must not be empty; use TimeSeries.empty(...)");
    }
    Observation first = Objects.requireNonNull(observations.iterator().next(), "observations element");
    List<Observation> sorted = new ArrayList<>(observations.size());
    for (Observation observation : observations) {
      Objects.requireNonNull(observation, "observations element");
      if (!observation.indicator().equals(first.indicator())
          || !observation.unit().equals(first.unit())
          || !observation.breakdown().equals(first.breakdown())) {
        throw new IllegalArgumentException(
            "a time series holds one indicator, unit and breakdown: " + first.key() + " and " + observation.key());
      }
      sorted.add(observation);
    }
    sorted.sort((a, b) -> a.period().compareTo(b.period()));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i - 1).period().equals(sorted.get(i).period())) {
        throw new IllegalArgumentException(
            "a time series holds one observation per period: "
                + sorted.get(i - 1).describe()
                + " and "
                + sorted.get(i).describe());
      }
    }
    return new TimeSeries(first.indicator(), first.unit(), first.breakdown(), List.copyOf(sorted));
  }

  /**
   * Returns a series of observations already known to share indicator, unit and breakdown and to be sorted by
   * distinct periods (used by {@link ObservationSet}, which guarantees both).
   *
   * @param sorted the observations, not empty
   * @return the series
   */
  static TimeSeries ofSorted(List<Observation> sorted) {
    Observation first = sorted.get(0);
    return new TimeSeries(first.indicator(), first.unit(), first.breakdown(), List.copyOf(sorted));
  }

  /**
   * Returns an empty series.
   *
   * @param indicator the indicator code
   * @param unit the unit code
   * @param breakdown the breakdown, {@link BreakdownKey#TOTAL} for the total
   * @return the empty series
   * @throws NullPointerException if an argument is null
   */
  public static TimeSeries empty(IndicatorCode indicator, UnitCode unit, BreakdownKey breakdown) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(breakdown, "breakdown");
    return new TimeSeries(indicator, unit, breakdown, List.of());
  }

  /**
   * Returns the indicator code.
   *
   * @return the indicator code
   */
  public IndicatorCode indicator() {
    return indicator;
  }

  /**
   * Returns the unit code.
   *
   * @return the unit code
   */
  public UnitCode unit() {
    return unit;
  }

  /**
   * Returns the breakdown.
   *
   * @return the breakdown, {@link BreakdownKey#TOTAL} for the total
   */
  public BreakdownKey breakdown() {
    return breakdown;
  }

  /**
   * Returns the observations in period order.
   *
   * @return an unmodifiable list
   */
  public List<Observation> observations() {
    return observations;
  }

  /**
   * Returns the periods in order.
   *
   * @return an unmodifiable list of the periods
   */
  public List<ReportingPeriod> periods() {
    return List.of(periods);
  }

  /**
   * Returns the values in period order, with {@code NaN} for a missing value.
   *
   * @return a new array, one element per observation
   */
  public double[] valuesOrNaN() {
    return values.clone();
  }

  /**
   * Returns the number of observations.
   *
   * @return the size
   */
  public int size() {
    return periods.length;
  }

  /**
   * Returns whether the series has no observation.
   *
   * @return {@code true} if empty
   */
  public boolean isEmpty() {
    return periods.length == 0;
  }

  /**
   * Returns the observation at an index in period order.
   *
   * @param index the index, 0 to {@code size() - 1}
   * @return the observation
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   */
  public Observation get(int index) {
    return observations.get(index);
  }

  /**
   * Finds the observation of a period.
   *
   * @param period the period
   * @return the observation, or empty when the series has none for {@code period}
   * @throws NullPointerException if {@code period} is null
   */
  public Optional<Observation> at(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    int index = Arrays.binarySearch(periods, period);
    return index >= 0 ? Optional.of(observations.get(index)) : Optional.empty();
  }

  /**
   * Returns the first observation in period order.
   *
   * @return the first observation, or empty for an empty series
   */
  public Optional<Observation> first() {
    return observations.isEmpty() ? Optional.empty() : Optional.of(observations.get(0));
  }

  /**
   * Returns the last observation in period order.
   *
   * @return the last observation, or empty for an empty series
   */
  public Optional<Observation> last() {
    return observations.isEmpty() ? Optional.empty() : Optional.of(observations.get(observations.size() - 1));
  }

  /**
   * Returns the observation with a value whose period ends latest on or before a date, such as the latest rank
   * published for a period ending by an assessment's as-of date. Of two periods ending on the same day, the one
   * later in period order (the shorter) is returned.
   *
   * @param date the last day a period may end on
   * @return the observation, or empty when no observation with a value ends by {@code date}
   * @throws NullPointerException if {@code date} is null
   */
  public Optional<Observation> latestValueEndingOnOrBefore(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Observation best = null;
    for (int i = 0; i < periods.length; i++) {
      LocalDate end = periods[i].endDate();
      if (Double.isNaN(values[i]) || end.isAfter(date)) {
        continue;
      }
      if (best == null || !end.isBefore(best.period().endDate())) {
        best = observations.get(i);
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Returns the observations with a value, in period order, as a series.
   *
   * @return the series without its missing values
   */
  public TimeSeries withoutMissingValues() {
    List<Observation> present = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (!Double.isNaN(values[i])) {
        present.add(observations.get(i));
      }
    }
    return new TimeSeries(indicator, unit, breakdown, List.copyOf(present));
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof TimeSeries)) {
      return false;
    }
    TimeSeries that = (TimeSeries) other;
    return indicator.equals(that.indicator)
        && unit.equals(that.unit)
        && breakdown.equals(that.breakdown)
        && observations.equals(that.observations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicator, unit, breakdown, observations);
  }

  /**
   * Returns the series as text, such as {@code "PCI_RANK 51: 2019=41 of 63, 2020=36 of 63"}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(indicator).append(' ').append(unit);
    if (!breakdown.isTotal()) {
      text.append(" [").append(breakdown).append(']');
    }
    text.append(':');
    for (int i = 0; i < periods.length; i++) {
      text.append(i == 0 ? " " : ", ").append(periods[i]).append('=').append(observations.get(i).valueText());
    }
    return text.toString();
  }
}
