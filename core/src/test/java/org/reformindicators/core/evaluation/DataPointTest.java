package org.reformindicators.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.reformindicators.core.observation.ObservationStatus;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.period.CalendarYear;

class DataPointTest {

  @Test
  void inUniverseCarriesTheNewUniverseWithTheRankAndKeepsEverythingElse() {
    // 12 of 34 compared as 21.67 of 63: the pair must read "21.67 of 63", never "21.67 of 34".
    DataPoint p = new DataPoint(CalendarYear.of(2025), CalendarYear.of(2025).endDate(), 12, OptionalInt.of(34), ObservationStatus.NORMAL_VALUE, true);
    DataPoint converted = p.inUniverse(21.67, 63);
    assertEquals(21.67, converted.value(), 0.0);
    assertEquals(new DataPoint(CalendarYear.of(2025), CalendarYear.of(2025).endDate(), 21.67, OptionalInt.of(63), ObservationStatus.NORMAL_VALUE, true), converted);
  }
}
