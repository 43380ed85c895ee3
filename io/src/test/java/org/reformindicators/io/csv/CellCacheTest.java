package org.reformindicators.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownKey;
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
  void aUnitCodeIsMadeOnceWhenValidAndRefusedEachTimeWhenNot() {
    CellCache cache = new CellCache();
    UnitCode code = cache.unit(new String("00513"));
    assertEquals(UnitCode.of("00513"), code);
    assertSame(code, cache.unit(new String("00513")));
    assertNull(cache.unit("5 1"));
    assertNull(cache.unit("5 1"));
  }

  @Test
  void aBreakdownIsParsedOnceWhenValid() {
    CellCache cache = new CellCache();
    AtomicInteger parses = new AtomicInteger();
    BreakdownKey key =
        cache.breakdown(
            "LEVEL=COMMUNE",
            text -> {
              parses.incrementAndGet();
              return BreakdownKey.parse(text);
            });
    assertSame(key, cache.breakdown(new String("LEVEL=COMMUNE"), text -> fail("parsed twice")));
    assertEquals(1, parses.get());
  }
}
