package org.reformindicators.core.observation;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;

/**
 * Finds the number of a series of {@link ObservationColumns} by indicator, unit and breakdown, such as the total of
 * {@code PCI_RANK} for unit {@code 00513} among 89,000 series, built once per set.
 *
 * <p>A total (no breakdown), what an evaluation asks for once per clause and unit, is found through two small
 * dictionaries (indicator and unit numbers, a few dozen and a few thousand entries) and a table of {@code int} by
 * indicator and unit number, when that table is at most a few times the number of series: no object is made and no
 * key of the series is compared beyond the two codes. A breakdown is then compared with the pair's series in place
 * (they are consecutive) when the pair has at most a few; a longer drill-down, and every look-up in a set too
 * sparse for the table, goes through a hash map of the series' keys. The unit last asked for, and the indicator
 * code objects recently asked for, are remembered with their numbers, as an evaluation reads a unit's series one
 * after another with the plan's own codes. Thread-safe once built: its only mutable fields are those caches,
 * immutable pairs behind volatile references; the answers never change.
 */
final class SeriesIndex {

  /** Most table entries per series before the table is left out (sparse sets use the hash map only). */
  private static final int TABLE_ENTRIES_PER_SERIES = 4;

  /** Series of one indicator and unit compared in place before a breakdown is looked up in the hash map. */
  private static final int BREAKDOWNS_SCANNED = 8;

  /** Entries a table may have whatever the number of series (64 KiB of {@code int}). */
  private static final int SMALL_TABLE = 1 << 14;

  private final BreakdownKey[] seriesBreakdowns;
  private final Map<SeriesKey, Integer> seriesByKey;
  private final Map<IndicatorCode, Integer> indicatorNumbers = new HashMap<>();
  private final Map<UnitCode, Integer> unitNumbers = new HashMap<>();
  /** Per indicator number × unit count + unit number: the first series of the pair plus one, or 0; or null. */
  private final int[] firstSeries;
  /**
   * Per series, its cell in {@link #firstSeries} (or null with it): a breakdown scan tells a pair's series from the
   * next pair's by one {@code int}, not by comparing the set's code objects with the plan's, which are other
   * objects with the same text.
   */
  private final int[] seriesCells;
  /**
   * The unit last looked up and its number: an evaluation asks for some 35 series of one unit before the next,
   * and the unit dictionary of a national set (thousands of entries) is what a look-up would otherwise miss in the
   * cache. An immutable pair behind a volatile field, so any thread sees a consistent one.
   */
  private volatile UnitNumber lastUnit;

  /** A unit and its number in {@link #unitNumbers}, or -1 when the set has no series of it. */
  private record UnitNumber(UnitCode unit, int number) {}

  /**
   * Indicator codes recently asked for, by identity, with their numbers: the engine asks with the plan's own code
   * objects, the same ones for every unit, and a hit spares the dictionary's comparison of two code texts. Each
   * slot holds an immutable pair (code, number or -1) and is read and written with volatile semantics.
   */
  private final AtomicReferenceArray<IndicatorNumber> recentIndicators = new AtomicReferenceArray<>(64);

  /** An indicator code object and its number in {@link #indicatorNumbers}, or -1. */
  private record IndicatorNumber(IndicatorCode indicator, int number) {}

  /**
   * The key of a series: an observation key without the period. Its hash spreads the codes' hashes, which for
   * generated codes such as {@code 00001} … {@code 00700} differ in their last bits only.
   */
  private record SeriesKey(IndicatorCode indicator, UnitCode unit, BreakdownKey breakdown) {
    @Override
    public int hashCode() {
      int h = (indicator.hashCode() * 0x9E3779B9 + unit.hashCode()) * 0x9E3779B9 + breakdown.hashCode();
      return h ^ (h >>> 16);
    }
  }

  SeriesIndex(ObservationColumns columns) {
    IndicatorCode[] seriesIndicators = columns.seriesIndicators;
    UnitCode[] seriesUnits = columns.seriesUnits;
    this.seriesBreakdowns = columns.seriesBreakdowns;
    int count = columns.seriesCount();
    Map<SeriesKey, Integer> series = new HashMap<>(Math.max(16, count * 4 / 3 + 1));
    for (int s = 0; s < count; s++) {
      series.put(new SeriesKey(seriesIndicators[s], seriesUnits[s], seriesBreakdowns[s]), s);
      indicatorNumbers.putIfAbsent(seriesIndicators[s], indicatorNumbers.size());
      unitNumbers.putIfAbsent(seriesUnits[s], unitNumbers.size());
    }
    this.seriesByKey = series;
    long entries = (long) indicatorNumbers.size() * unitNumbers.size();
    if (entries <= Math.max(SMALL_TABLE, (long) TABLE_ENTRIES_PER_SERIES * count)) {
      int[] table = new int[(int) entries];
      int[] cells = new int[count];
      // Series are in canonical order (indicator, unit, breakdown text): a pair's series are consecutive, and its
      // total, whose text is empty, comes first.
      for (int s = count - 1; s >= 0; s--) {
        cells[s] = cell(indicatorNumbers.get(seriesIndicators[s]), unitNumbers.get(seriesUnits[s]));
        table[cells[s]] = s + 1;
      }
      this.firstSeries = table;
      this.seriesCells = cells;
    } else {
      this.firstSeries = null;
      this.seriesCells = null;
    }
  }

  /** The number of an indicator, or -1: from {@link #recentIndicators} when this code object was asked for. */
  private int indicatorNumber(IndicatorCode indicator) {
    int slot = System.identityHashCode(indicator) & (recentIndicators.length() - 1);
    IndicatorNumber recent = recentIndicators.get(slot);
    if (recent != null && recent.indicator() == indicator) {
      return recent.number();
    }
    Integer i = indicatorNumbers.get(indicator);
    int number = i == null ? -1 : i;
    recentIndicators.set(slot, new IndicatorNumber(indicator, number));
    return number;
  }

  /** The number of a unit, or -1: from {@link #lastUnit} when it is the unit last asked for. */
  private int unitNumber(UnitCode unit) {
    UnitNumber last = lastUnit;
    if (last != null && (last.unit() == unit || last.unit().equals(unit))) {
      return last.number();
    }
    Integer u = unitNumbers.get(unit);
    int number = u == null ? -1 : u;
    lastUnit = new UnitNumber(unit, number);
    return number;
  }

  private int cell(int indicator, int unit) {
    return indicator * unitNumbers.size() + unit;
  }

  /** Returns the number of the series of an indicator, unit and breakdown, or -1 when the set has none. */
  int of(IndicatorCode indicator, UnitCode unit, BreakdownKey breakdown) {
    if (firstSeries != null) {
      int i = indicatorNumber(indicator);
      if (i < 0) {
        return -1;
      }
      int u = unitNumber(unit);
      if (u < 0) {
        return -1;
      }
      int cell = cell(i, u);
      int s = firstSeries[cell] - 1;
      if (s < 0) {
        return -1;
      }
      if (breakdown.isTotal()) {
        return seriesBreakdowns[s].isTotal() ? s : -1;
      }
      // The pair's series are consecutive from s, its total first: a few are compared in place; a longer run
      // (a drill-down by agency or procedure) is left to the map.
      for (int t = s; t < seriesCells.length && seriesCells[t] == cell; t++) {
        if (t - s == BREAKDOWNS_SCANNED) {
          return byKey(indicator, unit, breakdown);
        }
        if (seriesBreakdowns[t] == breakdown || seriesBreakdowns[t].equals(breakdown)) {
          return t;
        }
      }
      return -1;
    }
    return byKey(indicator, unit, breakdown);
  }

  private int byKey(IndicatorCode indicator, UnitCode unit, BreakdownKey breakdown) {
    Integer found = seriesByKey.get(new SeriesKey(indicator, unit, breakdown));
    return found == null ? -1 : found;
  }
}
