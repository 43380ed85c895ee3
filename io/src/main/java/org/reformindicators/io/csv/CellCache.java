package org.reformindicators.io.csv;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.reformindicators.core.area.UnitCode;

/**
 * Remembers the cells of one read that were parsed or checked before, such as the indicator code {@code IND_07}
 * or the period {@code 2023-04} that a million-row file repeats on every other row, so that each distinct text is
 * parsed and checked once and its rows share one object.
 *
 * <p>Only valid cells are remembered, so a bad cell is parsed, and reported, on every row it appears. At most
 * {@value #LIMIT} texts are remembered per column: beyond that a cell is parsed each time, so a file of
 * all-distinct cells costs no memory here. Mutable and not thread-safe; one per read.
 */
final class CellCache {

  /** Most texts remembered per column. */
  static final int LIMIT = 1 << 16;

  private final Map<String, Object> indicators = new HashMap<>();
  private final Map<String, Object> periods = new HashMap<>();
  private final Map<String, UnitCode> units = new HashMap<>();
  private final Map<String, Object> breakdowns = new HashMap<>();

  /** Returns the parsed indicator code of a text, parsing it once. */
  <T> T indicator(String text, Function<String, T> parser) {
    return parsed(indicators, text, parser);
  }

  /** Returns the parsed period of a text, parsing it once. */
  <T> T period(String text, Function<String, T> parser) {
    return parsed(periods, text, parser);
  }

  /**
   * Returns the shared copy of a unit code that passes a check, or {@code null} when it fails it.
   *
   * @param text the unit code
   * @param valid the check, made once per distinct valid text
   */
  UnitCode unit(String text) {
    UnitCode known = units.get(text);
    if (known != null) {
      return known;
    }
    if (!UnitCode.isValid(text)) {
      return null;
    }
    UnitCode code = UnitCode.of(text);
    if (units.size() < LIMIT) {
      units.put(text, code);
    }
    return code;
  }

  <T> T breakdown(String text, Function<String, T> parser) {
    return parsed(breakdowns, text, parser);
  }

  @SuppressWarnings("unchecked")
  private static <T> T parsed(Map<String, Object> cache, String text, Function<String, T> parser) {
    Object known = cache.get(text);
    if (known != null) {
      return (T) known;
    }
    // Throws IllegalArgumentException for a bad cell, which is then not remembered.
    T value = parser.apply(text);
    if (value != null && cache.size() < LIMIT) {
      cache.put(text, value);
    }
    return value;
  }
}
