package org.reformindicators.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.period.CalendarYear;

class DataPointTest {

  @Test
  void withValueKeepsEverythingElse() {
    DataPoint p = new DataPoint(CalendarYear.of(2025), 12, OptionalInt.of(34), "A", true);
    DataPoint converted = p.withValue(21.67);
    assertEquals(21.67, converted.value(), 0.0);
    assertEquals(new DataPoint(CalendarYear.of(2025), 21.67, OptionalInt.of(34), "A", true), converted);
  }
}
