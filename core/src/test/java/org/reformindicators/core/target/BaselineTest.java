package org.reformindicators.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.period.CalendarYear;

class BaselineTest {

  @Test
  void periodWithOrWithoutAStatedValue() {
    assertEquals(OptionalDouble.empty(), Baseline.of(CalendarYear.of(2020)).value());
    assertEquals("2020", Baseline.of(CalendarYear.of(2020)).toString());
    assertEquals("2020 (63)", Baseline.of(CalendarYear.of(2020), 63).toString());
    assertEquals(OptionalDouble.of(63), Baseline.of(CalendarYear.of(2020), 63).value());
  }

  @Test
  void rejectsNonFiniteValues() {
    assertEquals(
        "baseline value must be finite, was NaN",
        assertThrows(IllegalArgumentException.class, () -> Baseline.of(CalendarYear.of(2020), Double.NaN))
            .getMessage());
    assertThrows(NullPointerException.class, () -> Baseline.of(null));
  }
}
