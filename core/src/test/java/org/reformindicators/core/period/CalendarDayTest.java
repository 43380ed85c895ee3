package org.reformindicators.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CalendarDayTest {

  @Test
  void isOneDay() {
    CalendarDay day = CalendarDay.of(LocalDate.of(2025, 3, 31));
    assertEquals(LocalDate.of(2025, 3, 31), day.date());
    assertEquals(day.date(), day.startDate());
    assertEquals(day.date(), day.endDate());
    assertEquals(1, day.lengthInDays());
    assertEquals(PeriodKind.DAY, day.kind());
    assertEquals("2025-03-31", day.toString());
    assertEquals(day, CalendarDay.of(2025, 3, 31));
  }

  @Test
  void rejectsImpossibleValues() {
    assertEquals(
        "date", assertThrows(NullPointerException.class, () -> CalendarDay.of(null)).getMessage());
    assertEquals(
        "date must be within the years 1900–2100, was 1899-12-31",
        assertThrows(IllegalArgumentException.class, () -> CalendarDay.of(LocalDate.of(1899, 12, 31)))
            .getMessage());
    assertEquals(
        "dayOfMonth must be 1–28 for 2025-02, was 29",
        assertThrows(IllegalArgumentException.class, () -> CalendarDay.of(2025, 2, 29)).getMessage());
    assertEquals(
        "month must be 1–12, was 13",
        assertThrows(IllegalArgumentException.class, () -> CalendarDay.of(2025, 13, 1)).getMessage());
  }

  @Test
  void stepsByDays() {
    assertEquals(CalendarDay.of(2025, 4, 1), CalendarDay.of(2025, 3, 31).next());
    assertEquals(CalendarDay.of(2024, 12, 31), CalendarDay.of(2025, 1, 1).previous());
    assertEquals(CalendarDay.of(2024, 2, 29), CalendarDay.of(2024, 2, 28).plus(1));
    assertEquals(CalendarDay.of(2026, 3, 31), CalendarDay.of(2025, 3, 31).plus(365));
    assertEquals(
        "2100-12-31 plus 1 would fall outside the years 1900–2100",
        assertThrows(IllegalArgumentException.class, () -> CalendarDay.of(2100, 12, 31).next()).getMessage());
    assertThrows(IllegalArgumentException.class, () -> CalendarDay.of(1900, 1, 1).previous());
  }

  @Test
  void displayNames() {
    assertEquals("Ngày 31/03/2025", CalendarDay.of(2025, 3, 31).displayName(Locale.forLanguageTag("vi")));
    assertEquals("31 March 2025", CalendarDay.of(2025, 3, 31).displayName(Locale.ENGLISH));
    assertEquals("Ngày 05/01/2025", CalendarDay.of(2025, 1, 5).displayName(Locale.forLanguageTag("vi")));
  }

  @Test
  void equalityIsByDate() {
    assertEquals(CalendarDay.of(2025, 3, 31).hashCode(), CalendarDay.of(2025, 3, 31).hashCode());
    assertNotEquals(CalendarDay.of(2025, 3, 31), CalendarDay.of(2025, 3, 30));
    assertNotEquals(
        CalendarDay.of(2025, 3, 31), DateRange.ofClosed(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 3, 31)));
  }
}
