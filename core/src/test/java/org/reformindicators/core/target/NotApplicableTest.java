package org.reformindicators.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.HalfYear;

class NotApplicableTest {

  private static final NotApplicable DISTRICT =
      new NotApplicable(LocalDate.of(2025, 7, 1), BilingualText.of("Cấp huyện chấm dứt.", "District level ends."));

  @Test
  void appliesUntilTheDayBefore() {
    assertEquals(LocalDate.of(2025, 6, 30), DISTRICT.lastApplicableDay());
    assertTrue(DISTRICT.appliesOn(LocalDate.of(2025, 6, 30)));
    assertFalse(DISTRICT.appliesOn(LocalDate.of(2025, 7, 1)));
    assertTrue(DISTRICT.appliesThroughout(HalfYear.of(2025, 1)));
    assertFalse(DISTRICT.appliesThroughout(CalendarYear.of(2025)));
    assertTrue(DISTRICT.appliesDuringPartOf(CalendarYear.of(2025)));
    assertFalse(DISTRICT.appliesDuringPartOf(HalfYear.of(2025, 2)));
    assertFalse(DISTRICT.appliesDuringPartOf(CalendarYear.of(2026)));
  }

  @Test
  void rejectsNulls() {
    assertThrows(NullPointerException.class, () -> new NotApplicable(null, DISTRICT.reason()));
  }
}
