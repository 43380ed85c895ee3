package org.reformindicators.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CalendarYearTest {

  @Test
  void runsFromFirstJanuaryToThirtyFirstDecember() {
    CalendarYear year = CalendarYear.of(2025);
    assertEquals(2025, year.year());
    assertEquals(PeriodKind.YEAR, year.kind());
    assertEquals(LocalDate.of(2025, 1, 1), year.startDate());
    assertEquals(LocalDate.of(2025, 12, 31), year.endDate());
    assertEquals(365, year.lengthInDays());
    assertEquals("2025", year.toString());
  }

  @Test
  void acceptsTheWholeDocumentedRangeAndNothingElse() {
    assertEquals("1900", CalendarYear.of(1900).toString());
    assertEquals("2100", CalendarYear.of(2100).toString());
    assertEquals(
        "year must be 1900–2100, was 1899",
        assertThrows(IllegalArgumentException.class, () -> CalendarYear.of(1899)).getMessage());
    assertEquals(
        "year must be 1900–2100, was 2101",
        assertThrows(IllegalArgumentException.class, () -> CalendarYear.of(2101)).getMessage());
  }

  @Test
  void containingADay() {
    assertEquals(CalendarYear.of(2025), CalendarYear.containing(LocalDate.of(2025, 12, 31)));
    assertEquals(
        "date", assertThrows(NullPointerException.class, () -> CalendarYear.containing(null)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> CalendarYear.containing(LocalDate.of(1899, 12, 31)));
  }

  @Test
  void stepsByYears() {
    CalendarYear year = CalendarYear.of(2025);
    assertEquals(CalendarYear.of(2026), year.next());
    assertEquals(CalendarYear.of(2024), year.previous());
    assertEquals(CalendarYear.of(2030), year.plus(5));
    assertEquals(CalendarYear.of(1900), year.plus(-125));
    assertEquals(
        "2100 plus 1 would fall outside the years 1900–2100",
        assertThrows(IllegalArgumentException.class, () -> CalendarYear.of(2100).next()).getMessage());
    assertEquals(
        "2025 plus " + Long.MIN_VALUE + " would fall outside the years 1900–2100",
        assertThrows(IllegalArgumentException.class, () -> year.plus(Long.MIN_VALUE)).getMessage());
  }

  @Test
  void displayNames() {
    assertEquals("Năm 2025", CalendarYear.of(2025).displayName(Locale.forLanguageTag("vi-VN")));
    assertEquals("2025", CalendarYear.of(2025).displayName(Locale.UK));
  }

  @Test
  void equalityIsByYear() {
    assertEquals(CalendarYear.of(2025), CalendarYear.of(2025));
    assertEquals(CalendarYear.of(2025).hashCode(), CalendarYear.of(2025).hashCode());
    assertNotEquals(CalendarYear.of(2025), CalendarYear.of(2024));
    assertNotEquals(CalendarYear.of(2025), Phase.of(2025, 2026));
  }
}
