package org.reformindicators.core.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.CalendarYear;

class ObservationKeyTest {

  @Test
  void describesItselfWithTheBreakdownSorted() {
    ObservationKey key =
        new ObservationKey(
            IndicatorCode.of("TTHC_SATISFACTION"),
            "51",
            CalendarYear.of(2024),
            new TreeMap<>(Map.of("SECTOR", "LAND", "LEVEL", "PROVINCE")));
    assertEquals(
        "TTHC_SATISFACTION, unit 51, period 2024, breakdown LEVEL=PROVINCE;SECTOR=LAND", key.toString());
  }

  @Test
  void keepsAnUnmodifiableCopyOfTheBreakdown() {
    TreeMap<String, String> breakdown = new TreeMap<>(Map.of("SECTOR", "LAND"));
    ObservationKey key = new ObservationKey(IndicatorCode.of("X"), "51", CalendarYear.of(2024), breakdown);
    breakdown.put("LEVEL", "COMMUNE");
    assertEquals(Map.of("SECTOR", "LAND"), key.breakdown());
    assertThrows(UnsupportedOperationException.class, () -> key.breakdown().clear());
    assertEquals(
        new ObservationKey(IndicatorCode.of("X"), "51", CalendarYear.of(2024), new TreeMap<>(Map.of("SECTOR", "LAND"))),
        key);
  }
}
