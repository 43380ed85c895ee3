package org.reformindicators.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.period.CalendarYear;

class ClausePartTest {

  @Test
  void eachFormRoundTripsThroughItsText() {
    for (ClausePart p :
        new ClausePart[] {
          new ClausePart.ByBreakdown("SECTOR", "LAND"),
          new ClausePart.InPeriod(CalendarYear.of(2022)),
          new ClausePart.UpTo(LocalDate.of(2025, 6, 30))
        }) {
      assertEquals(p, ClausePart.parse(p.toString()));
    }
    assertEquals("SECTOR=LAND", new ClausePart.ByBreakdown("SECTOR", "LAND").toString());
    assertEquals("until 2025-06-30", new ClausePart.UpTo(LocalDate.of(2025, 6, 30)).toString());
  }

  @Test
  void badTextIsRefusedWithTheText() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClausePart.parse("until June"));
    assertEquals("part must be 'until' and a date such as 2025-06-30, was 'until June'", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ClausePart.parse("=LAND"));
  }
}
