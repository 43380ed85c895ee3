package org.reformindicators.core.observation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.internal.LongOrdinals;
import org.reformindicators.core.period.ReportingPeriod;

/**
 * Collects observations into columns for {@link ObservationSet.Builder}, such as a million CSV rows without an
 * object per row, and sorts them into canonical order once, where rows of one key lie side by side: equal ones
 * are collapsed and different ones reported as conflicts.
 *
 * <p>Indicator, unit, breakdown and period are numbered once each ({@link Codebook}); a series is numbered by the
 * exact pair (indicator and breakdown, unit) in {@link LongOrdinals}: keys are compared exactly, never by a hash
 * of their text, and no hash table grows with the rows. Mutable and not thread-safe.
 */
final class ObservationAccumulator {

  private static final ObservationStatus[] STATUSES = ObservationStatus.values();

  private final Codebook<IndicatorCode> indicators = new Codebook<>();
  private final Codebook<UnitCode> units = new Codebook<>();
  private final Codebook<BreakdownKey> breakdowns = new Codebook<>();
  private final Codebook<ReportingPeriod> periods = new Codebook<>();
  private final LongOrdinals indicatorBreakdowns = new LongOrdinals();
  private final LongOrdinals seriesNumbers = new LongOrdinals();
  /** Per (indicator, breakdown) pair: the indicator and breakdown numbers. */
  private int[] pairIndicators = new int[16];

  private int[] pairBreakdowns = new int[16];
  /** Per series: the (indicator, breakdown) pair number and the unit number. */
  private int[] seriesPairs = new int[16];

  private int[] seriesUnits = new int[16];
  /** Per row added, in order: duplicates are found after sorting, where they lie side by side. */
  private int[] keySeries = new int[16];

  private int[] keyPeriods = new int[16];
  private double[] keyValues = new double[16];
  private byte[] keyStatuses = new byte[16];
  private int rows;
  /** Rows whose observation has a universe, note, source, counts or bound: that observation. */
  private final Map<Integer, Observation> rich = new HashMap<>();

  /** Adds an observation; an equal one already added is collapsed with it when built. */
  void add(Observation observation) {
    boolean rich =
        observation.universe().isPresent() || observation.note().isPresent() || observation.source().isPresent()
            || observation.numerator().isPresent() || observation.bound().isPresent();
    append(
        observation.indicator(),
        observation.unit(),
        observation.breakdown(),
        observation.period(),
        observation.value().orElse(Double.NaN),
        observation.status(),
        rich ? observation : null);
  }

  /**
   * Adds the observation {@code Observation.of(indicator, unit, period, value)} without making it when the value
   * is finite (the codes are valid by construction).
   *
   * @throws IllegalArgumentException as {@link Observation#of} does
   */
  void add(IndicatorCode indicator, UnitCode unit, ReportingPeriod period, double value) {
    if (!Double.isFinite(value)) {
      add(Observation.of(indicator, unit, period, value));
      return;
    }
    // Observation's check turns -0.0 into 0.0, so that equal numbers make equal observations.
    append(indicator, unit, BreakdownKey.TOTAL, period, value == 0.0 ? 0.0 : value, ObservationStatus.NORMAL_VALUE, null);
  }

  private void append(
      IndicatorCode indicatorCode,
      UnitCode unitCode,
      BreakdownKey breakdownValues,
      ReportingPeriod periodValue,
      double value,
      ObservationStatus status,
      Observation rich) {
    int indicator = indicators.idOf(indicatorCode);
    int breakdown = breakdowns.idOf(breakdownValues);
    int pairsBefore = indicatorBreakdowns.size();
    int pair = indicatorBreakdowns.ordinalOf(pack(indicator, breakdown));
    if (pair == pairsBefore) {
      if (pair == pairIndicators.length) {
        pairIndicators = Arrays.copyOf(pairIndicators, grown(pair));
        pairBreakdowns = Arrays.copyOf(pairBreakdowns, pairIndicators.length);
      }
      pairIndicators[pair] = indicator;
      pairBreakdowns[pair] = breakdown;
    }
    int unit = units.idOf(unitCode);
    int seriesBefore = seriesNumbers.size();
    int series = seriesNumbers.ordinalOf(pack(pair, unit));
    if (series == seriesBefore) {
      if (series == seriesPairs.length) {
        seriesPairs = Arrays.copyOf(seriesPairs, grown(series));
        seriesUnits = Arrays.copyOf(seriesUnits, seriesPairs.length);
      }
      seriesPairs[series] = pair;
      seriesUnits[series] = unit;
    }
    int period = periods.idOf(periodValue);
    int key = rows;
    if (key == keySeries.length) {
      int length = grown(key);
      keySeries = Arrays.copyOf(keySeries, length);
      keyPeriods = Arrays.copyOf(keyPeriods, length);
      keyValues = Arrays.copyOf(keyValues, length);
      keyStatuses = Arrays.copyOf(keyStatuses, length);
    }
    keySeries[key] = series;
    keyPeriods[key] = period;
    keyValues[key] = value;
    keyStatuses[key] = (byte) status.ordinal();
    if (rich != null) {
      this.rich.put(key, rich);
    }
    rows++;
  }

  /** Rebuilds the observation added as a row. */
  private Observation stored(int key) {
    Observation whole = rich.get(key);
    if (whole != null) {
      return whole;
    }
    int series = keySeries[key];
    int pair = seriesPairs[series];
    ObservationStatus status = STATUSES[keyStatuses[key]];
    Observation.Builder builder =
        Observation.builder()
            .indicator(indicators.value(indicatorOf(pair)))
            .unit(units.value(seriesUnits[series]))
            .period(periods.value(keyPeriods[key]))
            .breakdown(breakdowns.value(breakdownOf(pair)))
            .status(status);
    if (!status.isMissing()) {
      builder.value(keyValues[key]);
    }
    return builder.build();
  }

  /**
   * Returns the columns in canonical order.
   *
   * @throws ConflictingObservationsException if a key has different observations
   */
  ObservationColumns build() {
    return build(null);
  }

  /**
   * Returns the columns in canonical order, keeping of each key the row added first; with {@code repeats}, every
   * later row of a key is reported to it, equal or not, and nothing is thrown.
   *
   * @param repeats receives each repeated row, or {@code null} to collapse equal rows and throw on conflicts
   * @throws ConflictingObservationsException if {@code repeats} is null and a key has different observations
   */
  ObservationColumns build(ObservationSet.RepeatedKeys repeats) {
    int seriesCount = seriesNumbers.size();
    int keyCount = rows;
    // Breakdown text once per distinct breakdown: the canonical order compares breakdowns as text.
    String[] breakdownTexts = new String[breakdowns.size()];
    for (int b = 0; b < breakdownTexts.length; b++) {
      breakdownTexts[b] = breakdowns.value(b).toString();
    }
    Integer[] seriesOrder = new Integer[seriesCount];
    for (int s = 0; s < seriesCount; s++) {
      seriesOrder[s] = s;
    }
    Comparator<Integer> bySeriesKey =
        Comparator.<Integer, IndicatorCode>comparing(s -> indicators.value(indicatorOf(seriesPairs[s])))
            .thenComparing(s -> units.value(seriesUnits[s]))
            .thenComparing(s -> breakdownTexts[breakdownOf(seriesPairs[s])]);
    Arrays.sort(seriesOrder, bySeriesKey);
    int[] seriesRank = new int[seriesCount];
    for (int rank = 0; rank < seriesCount; rank++) {
      seriesRank[seriesOrder[rank]] = rank;
    }
    Integer[] periodOrder = new Integer[periods.size()];
    for (int p = 0; p < periodOrder.length; p++) {
      periodOrder[p] = p;
    }
    Arrays.sort(periodOrder, Comparator.comparing(periods::value));
    ReportingPeriod[] sortedPeriods = new ReportingPeriod[periodOrder.length];
    int[] periodRank = new int[periodOrder.length];
    for (int rank = 0; rank < periodOrder.length; rank++) {
      sortedPeriods[rank] = periods.value(periodOrder[rank]);
      periodRank[periodOrder[rank]] = rank;
    }
    // Counting sort of the rows by series rank, then each series' run sorted by period rank and then row, so
    // that rows of one key lie side by side, the first added first.
    int[] starts = new int[seriesCount + 1];
    for (int k = 0; k < keyCount; k++) {
      starts[seriesRank[keySeries[k]] + 1]++;
    }
    for (int s = 0; s < seriesCount; s++) {
      starts[s + 1] += starts[s];
    }
    int[] fill = Arrays.copyOf(starts, seriesCount);
    long[] order = new long[keyCount];
    for (int k = 0; k < keyCount; k++) {
      order[fill[seriesRank[keySeries[k]]]++] = (long) periodRank[keyPeriods[k]] << 32 | k;
    }
    for (int s = 0; s < seriesCount; s++) {
      Arrays.sort(order, starts[s], starts[s + 1]);
    }
    int unique = collapseDuplicates(order, starts, repeats);
    if (unique < keyCount) {
      order = Arrays.copyOf(order, unique);
    }
    return columns(seriesOrder, starts, sortedPeriods, order);
  }

  /**
   * Keeps the first of each run of rows with one key, moving the rest of the order down and the series starts
   * with it; equal observations are collapsed, different ones are conflicts.
   *
   * @return the number of rows kept
   * @throws ConflictingObservationsException if a key has different observations
   */
  private int collapseDuplicates(long[] order, int[] starts, ObservationSet.RepeatedKeys repeats) {
    List<ObservationConflict> conflicts = new ArrayList<>();
    int kept = 0;
    int seriesCount = starts.length - 1;
    int from = 0;
    for (int s = 0; s < seriesCount; s++) {
      int to = starts[s + 1];
      starts[s] = kept;
      for (int i = from; i < to; ) {
        int end = i + 1;
        while (end < to && order[end] >>> 32 == order[i] >>> 32) {
          end++;
        }
        if (end > i + 1) {
          if (repeats == null) {
            conflicts.addAll(conflictsAmong(order, i, end));
          } else {
            reportRepeats(order, i, end, repeats);
          }
        }
        order[kept++] = order[i];
        i = end;
      }
      from = to;
    }
    starts[seriesCount] = kept;
    if (!conflicts.isEmpty()) {
      conflicts.sort(
          Comparator.comparing(ObservationConflict::key, ObservationSet.KEY_ORDER)
              .thenComparing(c -> c.second().toString()));
      throw new ConflictingObservationsException(conflicts);
    }
    return kept;
  }

  private ObservationColumns columns(Integer[] seriesOrder, int[] starts, ReportingPeriod[] sortedPeriods, long[] order) {
    int seriesCount = seriesOrder.length;
    IndicatorCode[] seriesIndicators = new IndicatorCode[seriesCount];
    UnitCode[] unitsOfSeries = new UnitCode[seriesCount];
    BreakdownKey[] seriesBreakdowns = new BreakdownKey[seriesCount];
    for (int rank = 0; rank < seriesCount; rank++) {
      int series = seriesOrder[rank];
      seriesIndicators[rank] = indicators.value(indicatorOf(seriesPairs[series]));
      unitsOfSeries[rank] = units.value(seriesUnits[series]);
      seriesBreakdowns[rank] = breakdowns.value(breakdownOf(seriesPairs[series]));
    }
    int[] periodRanks = new int[order.length];
    double[] values = new double[order.length];
    byte[] statuses = new byte[order.length];
    int[] richRows = new int[rich.size()];
    Observation[] richObservations = new Observation[rich.size()];
    int richCount = 0;
    for (int row = 0; row < order.length; row++) {
      int key = (int) order[row];
      periodRanks[row] = (int) (order[row] >>> 32);
      values[row] = keyValues[key];
      statuses[row] = keyStatuses[key];
      if (!rich.isEmpty()) {
        Observation whole = rich.get(key);
        if (whole != null) {
          richRows[richCount] = row;
          richObservations[richCount++] = whole;
        }
      }
    }
    return new ObservationColumns(
        seriesIndicators, unitsOfSeries, seriesBreakdowns, starts, sortedPeriods, periodRanks, values, statuses,
        Arrays.copyOf(richRows, richCount), Arrays.copyOf(richObservations, richCount));
  }

  /** Reports each row of a run of one key after the first (the runs are sorted by row within a key). */
  private void reportRepeats(long[] order, int from, int to, ObservationSet.RepeatedKeys repeats) {
    int firstRow = (int) order[from];
    Observation first = stored(firstRow);
    for (int i = from + 1; i < to; i++) {
      int row = (int) order[i];
      repeats.repeated(firstRow, first, row, stored(row));
    }
  }

  /** The conflicts among the rows of one key: each distinct observation against the least by text. */
  private List<ObservationConflict> conflictsAmong(long[] order, int from, int to) {
    List<Observation> distinct = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Observation observation = stored((int) order[i]);
      if (!distinct.contains(observation)) {
        distinct.add(observation);
      }
    }
    distinct.sort(Comparator.comparing(Observation::toString));
    List<ObservationConflict> conflicts = new ArrayList<>();
    for (int i = 1; i < distinct.size(); i++) {
      conflicts.add(new ObservationConflict(distinct.get(0).key(), distinct.get(0), distinct.get(i)));
    }
    return conflicts;
  }

  private int indicatorOf(int pair) {
    return pairIndicators[pair];
  }

  private int breakdownOf(int pair) {
    return pairBreakdowns[pair];
  }

  private static long pack(int high, int low) {
    return (long) high << 32 | (low & 0xffff_ffffL);
  }

  private static int grown(int length) {
    return (int) Math.min(Integer.MAX_VALUE - 8, length + (long) (length >> 1) + 16);
  }
}
