package org.reformindicators.core.observation;

import java.util.Arrays;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.ReportingPeriod;

/**
 * The observations of an {@link ObservationSet} stored column by column in canonical order (indicator, unit,
 * breakdown, period), such as a million monthly commune values in about 14 bytes each instead of a few hundred.
 *
 * <p>Observations that share indicator, unit and breakdown form one series, a run of rows; the series table holds
 * those three once per series. Each row holds only the rank of its period among the distinct periods (so periods
 * increase within a series), its value as a {@code double} and its status as a byte. An observation that also has
 * a universe, a note or a source is kept whole in a short side table ("rich" rows). An {@link Observation} object
 * is built only when asked for, equal to the one added.
 *
 * <p>Immutable and thread-safe once built (all fields final; arrays never written after construction).
 */
final class ObservationColumns {

  private static final ObservationStatus[] STATUSES = ObservationStatus.values();

  /** Indicator, unit and breakdown of each series, in canonical order. */
  final IndicatorCode[] seriesIndicators;

  final UnitCode[] seriesUnits;
  final BreakdownKey[] seriesBreakdowns;
  /** First row of each series; one more entry than series, holding the row count. */
  final int[] seriesStarts;
  /** The distinct periods, in natural order. */
  final ReportingPeriod[] periods;
  /** Per row: index into {@link #periods}. */
  final int[] periodRanks;
  /** Per row: the value, or NaN when the observation has none (a missing-value status, or a bound). */
  final double[] values;
  /** Per row: the ordinal of the status. */
  final byte[] statuses;
  /** Rows (increasing) whose observation has a universe, note or source, and those observations. */
  final int[] richRows;

  final Observation[] richObservations;

  ObservationColumns(
      IndicatorCode[] seriesIndicators,
      UnitCode[] seriesUnits,
      BreakdownKey[] seriesBreakdowns,
      int[] seriesStarts,
      ReportingPeriod[] periods,
      int[] periodRanks,
      double[] values,
      byte[] statuses,
      int[] richRows,
      Observation[] richObservations) {
    this.seriesIndicators = seriesIndicators;
    this.seriesUnits = seriesUnits;
    this.seriesBreakdowns = seriesBreakdowns;
    this.seriesStarts = seriesStarts;
    this.periods = periods;
    this.periodRanks = periodRanks;
    this.values = values;
    this.statuses = statuses;
    this.richRows = richRows;
    this.richObservations = richObservations;
  }

  int size() {
    return values.length;
  }

  int seriesCount() {
    return seriesIndicators.length;
  }

  /** Returns the series holding a row. */
  int seriesOf(int row) {
    int found = Arrays.binarySearch(seriesStarts, 0, seriesIndicators.length, row);
    if (found >= 0) {
      // Series are never empty, so equal starts cannot occur and the found start is the row's series.
      return found;
    }
    return -found - 2;
  }

  /** Returns the observation of a row in a series, building it unless it is a rich one. */
  Observation observation(int series, int row) {
    int rich = richRows.length == 0 ? -1 : Arrays.binarySearch(richRows, row);
    if (rich >= 0) {
      return richObservations[rich];
    }
    ObservationStatus status = STATUSES[statuses[row]];
    Observation.Builder builder =
        Observation.builder()
            .indicator(seriesIndicators[series])
            .unit(seriesUnits[series])
            .period(periods[periodRanks[row]])
            .breakdown(seriesBreakdowns[series])
            .status(status);
    if (!status.isMissing()) {
      builder.value(values[row]);
    }
    return builder.build();
  }

  /** Returns the row of a period in a series, or -1. */
  int rowOf(int series, int periodRank) {
    int found = Arrays.binarySearch(periodRanks, seriesStarts[series], seriesStarts[series + 1], periodRank);
    return found >= 0 ? found : -1;
  }

  /** Returns whether two column sets hold equal observations, row by row, without building any. */
  boolean sameAs(ObservationColumns other) {
    if (size() != other.size()
        || seriesCount() != other.seriesCount()
        || !Arrays.equals(seriesStarts, other.seriesStarts)
        || !Arrays.equals(seriesIndicators, other.seriesIndicators)
        || !Arrays.equals(seriesUnits, other.seriesUnits)
        || !Arrays.equals(seriesBreakdowns, other.seriesBreakdowns)
        || !Arrays.equals(statuses, other.statuses)
        || !Arrays.equals(richRows, other.richRows)
        || !Arrays.equals(richObservations, other.richObservations)) {
      return false;
    }
    for (int row = 0; row < size(); row++) {
      if (Double.doubleToLongBits(values[row]) != Double.doubleToLongBits(other.values[row])
          || !periods[periodRanks[row]].equals(other.periods[other.periodRanks[row]])) {
        return false;
      }
    }
    return true;
  }

  /** Returns a hash of the rows consistent with {@link #sameAs}. */
  int hash() {
    int h = Arrays.hashCode(seriesStarts);
    h = 31 * h + Arrays.hashCode(seriesIndicators);
    h = 31 * h + Arrays.hashCode(seriesUnits);
    h = 31 * h + Arrays.hashCode(statuses);
    h = 31 * h + Arrays.hashCode(richObservations);
    for (int row = 0; row < size(); row++) {
      h = 31 * h + Double.hashCode(values[row]);
      h = 31 * h + periods[periodRanks[row]].hashCode();
    }
    for (BreakdownKey breakdown : seriesBreakdowns) {
      h = 31 * h + breakdown.hashCode();
    }
    return h;
  }
}
