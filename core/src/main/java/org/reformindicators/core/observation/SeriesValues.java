package org.reformindicators.core.observation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;
import org.reformindicators.core.period.ReportingPeriod;

/**
 * One series of an {@link ObservationSet} read in place from the set's columns, such as the PAR INDEX ranks of
 * unit {@code 51} for 2020–2024: by row, the period, its last day, the value (a {@code double}), the status and
 * the universe, with no {@link Observation} built. It is the same series as {@link ObservationSet#series(
 * org.reformindicators.core.indicator.IndicatorCode, org.reformindicators.core.area.UnitCode,
 * org.reformindicators.core.indicator.BreakdownKey)}, row by row in period order, for a reader that visits many
 * series once each (the evaluation engine reads about 35 series per unit for 3,321 units) and would otherwise
 * build, and then chase, an object per observation.
 *
 * <p>A view: it holds the set's own arrays and a range of rows, so making one copies nothing. Immutable and
 * thread-safe, as the set is.
 */
public final class SeriesValues {

  private static final ObservationStatus[] STATUSES = ObservationStatus.values();
  private static final SeriesValues EMPTY = new SeriesValues(null, 0, 0, 0, 0);

  private final Shared shared;
  private final ObservationColumns columns;
  private final int start;
  private final int size;
  /** The range of {@link ObservationColumns#richRows} within this series' rows. */
  private final int richFrom;

  private final int richTo;

  /**
   * What the views of one set share, found once per set: the last day of each distinct period, and for the rows
   * kept whole ({@link ObservationColumns#richRows}) where each series' start and each row's universe, so that a
   * view never searches the side table nor reads a rank's universe from its observation. Immutable and
   * thread-safe.
   */
  static final class Shared {
    private final ObservationColumns columns;
    private final LocalDate[] periodEnds;
    /** For each series and one past the last: the index in the side table of its first row kept whole. */
    private final int[] richStarts;
    /** For each row kept whole: its universe, or 0 when it has none. */
    private final int[] richUniverses;

    Shared(ObservationColumns columns) {
      this.columns = columns;
      this.periodEnds = new LocalDate[columns.periods.length];
      for (int rank = 0; rank < periodEnds.length; rank++) {
        periodEnds[rank] = columns.periods[rank].endDate();
      }
      int count = columns.seriesCount();
      this.richStarts = new int[count + 1];
      int k = 0;
      for (int series = 0; series <= count; series++) {
        while (k < columns.richRows.length && columns.richRows[k] < columns.seriesStarts[series]) {
          k++;
        }
        richStarts[series] = k;
      }
      this.richUniverses = new int[columns.richRows.length];
      for (int r = 0; r < richUniverses.length; r++) {
        richUniverses[r] = columns.richObservations[r].universe().orElse(0);
      }
    }

    /** The view of one series of the columns. */
    SeriesValues series(int series) {
      return new SeriesValues(
          this, columns.seriesStarts[series], columns.seriesStarts[series + 1], richStarts[series],
          richStarts[series + 1]);
    }
  }

  private SeriesValues(Shared shared, int start, int end, int richFrom, int richTo) {
    this.shared = shared;
    this.columns = shared == null ? null : shared.columns;
    this.start = start;
    this.size = end - start;
    this.richFrom = richFrom;
    this.richTo = richTo;
  }

  /** The series without rows. */
  static SeriesValues empty() {
    return EMPTY;
  }

  /**
   * Returns the number of rows, every observation of the series (with or without a value).
   *
   * @return the number of rows, possibly 0
   */
  public int size() {
    return size;
  }

  /** Returns the index in {@link ObservationColumns#richRows} of a row kept whole, or -1. */
  private int rich(int row) {
    for (int k = richFrom; k < richTo; k++) {
      if (columns.richRows[k] == row) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Returns the period of a row.
   *
   * @param i the row, {@code 0 <= i < size()}
   * @return the period; periods increase with the row
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public ReportingPeriod period(int i) {
    return columns.periods[columns.periodRanks[row(i)]];
  }

  /**
   * Returns the last day of a row's period, {@code period(i).endDate()}, without making a date.
   *
   * @param i the row, {@code 0 <= i < size()}
   * @return the last day of the period
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public LocalDate endDate(int i) {
    return shared.periodEnds[columns.periodRanks[row(i)]];
  }

  /**
   * Tells whether a row has a value: not for a missing-value status nor for a value published only as a {@link
   * Bound}.
   *
   * @param i the row, {@code 0 <= i < size()}
   * @return {@code true} when {@link #value(int)} is the row's value
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public boolean hasValue(int i) {
    // The columns hold NaN for every row without a value: a missing-value status or a bound.
    return !Double.isNaN(columns.values[row(i)]);
  }

  /**
   * Returns the value of a row.
   *
   * @param i the row, {@code 0 <= i < size()}
   * @return the value, or {@code NaN} when the row has none ({@link #hasValue(int)})
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public double value(int i) {
    return columns.values[row(i)];
  }

  /**
   * Returns the SDMX status of a row.
   *
   * @param i the row, {@code 0 <= i < size()}
   * @return the status
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public ObservationStatus status(int i) {
    return STATUSES[columns.statuses[row(i)]];
  }

  /**
   * Returns the universe of a row's rank, the number of units ranked.
   *
   * @param i the row, {@code 0 <= i < size()}
   * @return the universe, or empty
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public OptionalInt universe(int i) {
    int k = rich(row(i));
    return k < 0 || shared.richUniverses[k] == 0 ? OptionalInt.empty() : OptionalInt.of(shared.richUniverses[k]);
  }

  /**
   * Returns the observation of a row, as {@link ObservationSet#series} holds it.
   *
   * @param i the row, {@code 0 <= i < size()}
   * @return the observation, built unless the set keeps it whole
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public Observation observation(int i) {
    int row = row(i);
    return columns.observation(columns.seriesOf(row), row);
  }

  private int row(int i) {
    return start + Objects.checkIndex(i, size);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("SeriesValues[");
    for (int i = 0; i < size; i++) {
      s.append(i == 0 ? "" : ", ").append(period(i)).append('=').append(hasValue(i) ? value(i) : status(i));
    }
    return s.append(']').toString();
  }
}
