package org.reformindicators.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodKindTest {

  @Test
  void declarationOrderIsTheDocumentedTieBreaker() {
    assertEquals(
        List.of("DAY", "MONTH", "QUARTER", "HALF_YEAR", "YEAR_TO_DATE", "YEAR", "PHASE", "DATE_RANGE"),
        Arrays.stream(PeriodKind.values()).map(Enum::name).toList());
  }

  @Test
  void onlyCalendarUnitsTileTheCalendar() {
    assertEquals(
        List.of(PeriodKind.DAY, PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.YEAR),
        Arrays.stream(PeriodKind.values()).filter(PeriodKind::tilesCalendar).toList());
  }
}
