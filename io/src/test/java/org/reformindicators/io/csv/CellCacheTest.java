package org.reformindicators.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.CalendarMonth;
import org.reformindicators.core.period.ReportingPeriod;

class CellCacheTest {

  @Test
  void aValidTextIsParsedOnceAndItsRowsShareTheResult() {
    CellCache cache = new CellCache();
    AtomicInteger parses = new AtomicInteger();
    IndicatorCode first = cache.indicator(new String("IND_07"), text -> {
      parses.incrementAndGet();
      return IndicatorCode.parse(text);
    });
    IndicatorCode second = cache.indicator(new String("IND_07"), text -> {
      parses.incrementAndGet();
      return IndicatorCode.parse(text);
    });
    assertSame(first, second);
    assertEquals(1, parses.get());
    ReportingPeriod period = cache.period("2023-04", ReportingPeriod::parse);
    assertEquals(CalendarMonth.of(2023, 4), period);
    assertSame(period, cache.period(new String("2023-04"), ReportingPeriod::parse));
  }

  @Test
  void aBadTextIsParsedAndRejectedOnEveryRow() {
    CellCache cache = new CellCache();
    AtomicInteger parses = new AtomicInteger();
    for (int row = 0; row < 3; row++) {
      assertThrows(IllegalArgumentException.class, () -> cache.indicator("pci", text -> {
        parses.incrementAndGet();
        return IndicatorCode.parse(text);
      }));
    }
    assertEquals(3, parses.get());
  }

  @Test
  void aUnitCodeIsCheckedOnceWhenValidAndEachTimeWhenNot() {
    CellCache cache = new CellCache();
    AtomicInteger checks = new AtomicInteger();
    String code = new String("00513");
    assertSame(code, cache.unit(code, text -> checks.incrementAndGet() > 0));
    assertSame(code, cache.unit(new String("00513"), text -> checks.incrementAndGet() > 0));
    assertEquals(1, checks.get());
    assertNull(cache.unit("5 1", text -> checks.incrementAndGet() < 0));
    assertNull(cache.unit("5 1", text -> checks.incrementAndGet() < 0));
    assertEquals(3, checks.get());
  }
}
