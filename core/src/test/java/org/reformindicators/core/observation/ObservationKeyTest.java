package org.reformindicators.core.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.CalendarYear;

class ObservationKeyTest {

  @Test
  void describesItselfWithTheBreakdownSorted() {
    ObservationKey key =
        new ObservationKey(
            IndicatorCode.of("TTHC_SATISFACTION"),
            UnitCode.of("51"),
            CalendarYear.of(2024),
            BreakdownKey.of(Map.of("SECTOR", "LAND", "LEVEL", "PROVINCE")));
    assertEquals(
        "TTHC_SATISFACTION, unit 51, period 2024, breakdown LEVEL=PROVINCE;SECTOR=LAND", key.toString());
  }
}
