package org.reformindicators.io.csv;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.internal.LongOrdinals;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationStatus;
import org.reformindicators.core.period.ReportingPeriod;

/**
 * Remembers the first row of every observation key of a file, such as {@code PCI, unit 51, period 2020} on line 2
 * with value 6.29, in memory that grows with the distinct keys but holds no object per row.
 *
 * <p>The indicator, unit, period and breakdown are each numbered once (one map entry per distinct text); the
 * pairs (indicator, breakdown) and (unit, period) are numbered in {@link LongOrdinals}, and the two pair numbers
 * make one exact {@code long} key: no hash of text stands for a key, so two different keys never meet. The first
 * line, value, universe and status of each key lie in parallel primitive arrays, about 21 bytes per key besides
 * the table's 16 to 32. Mutable and not thread-safe.
 */
final class ObservationKeyTable {

  /** The value bits stored for an observation without value (a NaN, which no finite value has). */
  private static final long NO_VALUE = 0x7ff8_0000_0000_0001L;

  private static final ObservationStatus[] STATUSES = ObservationStatus.values();

  private final Map<IndicatorCode, Integer> indicators = new HashMap<>();
  /** The last indicator and unit numbered, by identity: a read shares one object per distinct text. */
  private IndicatorCode lastIndicator;

  private int lastIndicatorNumber;
  private UnitCode lastUnit;
  private int lastUnitNumber;
  private final Map<UnitCode, Integer> units = new HashMap<>();
  private final Map<ReportingPeriod, Integer> periods = new HashMap<>();
  private final Map<BreakdownKey, Integer> breakdowns = new HashMap<>();
  private final LongOrdinals series = new LongOrdinals();
  private final LongOrdinals places = new LongOrdinals();
  private final LongOrdinals keys = new LongOrdinals();
  private long[] lines = new long[16];
  private long[] values = new long[16];
  private int[] universes = new int[16];
  private byte[] statuses = new byte[16];

  /**
   * The row that first had a key.
   *
   * @param line the line of that row
   * @param observation that row's observation, without its note and source
   */
  record Earlier(long line, Observation observation) {}

  /**
   * Records an observation read on a line, unless its key was seen before.
   *
   * @param observation the observation
   * @param line the line it was read on
   * @return {@code null} when the key is new, otherwise the row that first had it
   */
  Earlier add(Observation observation, long line) {
    return add(
        observation.indicator(),
        observation.unit(),
        observation.period(),
        observation.breakdown(),
        observation.value().isPresent() ? Double.doubleToLongBits(observation.value().getAsDouble()) : NO_VALUE,
        observation.universe().orElse(0),
        observation.status(),
        line);
  }

  /**
   * Records a row read on a line, unless its key was seen before; a plain row without building its observation.
   *
   * @param row the row
   * @param line the line it was read on
   * @return {@code null} when the key is new, otherwise the row that first had it
   */
  Earlier add(ParsedRow row, long line) {
    if (!row.isPlain()) {
      return add(row.observation(), line);
    }
    return add(
        row.indicator(),
        row.unit(),
        row.period(),
        BreakdownKey.TOTAL,
        Double.doubleToLongBits(row.value()),
        0,
        ObservationStatus.NORMAL_VALUE,
        line);
  }

  private Earlier add(
      IndicatorCode indicator,
      UnitCode unit,
      ReportingPeriod period,
      BreakdownKey breakdown,
      long valueBits,
      int universe,
      ObservationStatus status,
      long line) {
    int indicatorNumber = indicator == lastIndicator ? lastIndicatorNumber : number(indicators, indicator);
    lastIndicator = indicator;
    lastIndicatorNumber = indicatorNumber;
    int unitNumber = unit == lastUnit ? lastUnitNumber : number(units, unit);
    lastUnit = unit;
    lastUnitNumber = unitNumber;
    long seriesOrdinal = series.ordinalOf(pack(indicatorNumber, number(breakdowns, breakdown)));
    long placeOrdinal = places.ordinalOf(pack(unitNumber, number(periods, period)));
    int before = keys.size();
    int ordinal = keys.ordinalOf(seriesOrdinal << 32 | placeOrdinal);
    if (ordinal < before) {
      return new Earlier(lines[ordinal], stored(indicator, unit, period, breakdown, ordinal));
    }
    if (ordinal == lines.length) {
      int length = (int) Math.min(Integer.MAX_VALUE - 8, lines.length + (long) (lines.length >> 1));
      lines = Arrays.copyOf(lines, length);
      values = Arrays.copyOf(values, length);
      universes = Arrays.copyOf(universes, length);
      statuses = Arrays.copyOf(statuses, length);
    }
    lines[ordinal] = line;
    values[ordinal] = valueBits;
    universes[ordinal] = universe;
    statuses[ordinal] = (byte) status.ordinal();
    return null;
  }

  /** Rebuilds the first observation of a key from the stored parts and the key. */
  private Observation stored(
      IndicatorCode indicator, UnitCode unit, ReportingPeriod period, BreakdownKey breakdown, int ordinal) {
    var builder =
        Observation.builder()
            .indicator(indicator)
            .unit(unit)
            .period(period)
            .breakdown(breakdown)
            .status(STATUSES[statuses[ordinal]]);
    if (values[ordinal] != NO_VALUE) {
      builder.value(Double.longBitsToDouble(values[ordinal]));
    }
    if (universes[ordinal] != 0) {
      builder.universe(universes[ordinal]);
    }
    return builder.build();
  }

  private static <K> int number(Map<K, Integer> numbers, K key) {
    Integer number = numbers.get(key);
    if (number == null) {
      number = numbers.size();
      numbers.put(key, number);
    }
    return number;
  }

  private static long pack(int high, int low) {
    return (long) high << 32 | (low & 0xffff_ffffL);
  }
}
