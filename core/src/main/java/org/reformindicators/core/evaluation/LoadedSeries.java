package org.reformindicators.core.evaluation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;

/**
 * The series already loaded in one evaluation of a plan for one unit, by indicator, breakdown and the last day
 * read: the clauses of a plan read the same series many times (two clauses on the PAR INDEX rank, each period of
 * a recurring clause), and each is loaded once. A loaded {@link Series} is immutable, so sharing it changes no
 * result. Created per evaluation of one plan against one observation set with one set of settings (everything
 * else {@link SeriesLoader#load} reads), never shared between threads. Not part of the API; not thread-safe.
 */
final class LoadedSeries {

  /** The key of a loaded series; its hash is computed once, and the codes, usually the same objects, compare first by identity. */
  private static final class Key {
    private final IndicatorCode indicator;
    private final BreakdownKey breakdown;
    private final LocalDate lastDay;
    private final int hash;

    Key(IndicatorCode indicator, BreakdownKey breakdown, LocalDate lastDay) {
      this.indicator = indicator;
      this.breakdown = breakdown;
      this.lastDay = lastDay;
      this.hash = (indicator.hashCode() * 31 + breakdown.hashCode()) * 31 + lastDay.hashCode();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key that
          && hash == that.hash
          && (indicator == that.indicator || indicator.equals(that.indicator))
          && (breakdown == that.breakdown || breakdown.equals(that.breakdown))
          && lastDay.equals(that.lastDay);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /**
   * Sized for a whole plan without rehashing: the Quảng Ngãi plan reads some 35 series per unit, and the table
   * would otherwise grow twice for each of 3,321 units.
   */
  private final Map<Key, Series> loaded = new HashMap<>(128);

  /** The clause's indicator for one breakdown up to the end of the scope's period, loaded on first use. */
  Series load(Scope s, BreakdownKey breakdown) {
    Key key = new Key(s.indicator.code(), breakdown, s.until.endDate());
    Series found = loaded.get(key);
    if (found == null) {
      found = SeriesLoader.load(s, breakdown);
      loaded.put(key, found);
    }
    return found;
  }
}
