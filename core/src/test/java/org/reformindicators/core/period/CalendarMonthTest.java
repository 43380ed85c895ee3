package org.reformindicators.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CalendarMonthTest {

  @Test
  void datesFollowTheLengthOfTheMonth() {
    assertEquals(LocalDate.of(2025, 2, 28), CalendarMonth.of(2025, 2).endDate());
    assertEquals(LocalDate.of(2024, 2, 29), CalendarMonth.of(2024, 2).endDate());
    assertEquals(LocalDate.of(2025, 4, 30), CalendarMonth.of(2025, 4).endDate());
    assertEquals(LocalDate.of(2025, 3, 1), CalendarMonth.of(2025, 3).startDate());
    assertEquals(31, CalendarMonth.of(2025, 3).lengthInDays());
  }

  @Test
  void accessorsAndText() {
    CalendarMonth m = CalendarMonth.of(2025, 3);
    assertEquals(2025, m.year());
    assertEquals(3, m.month());
    assertEquals(PeriodKind.MONTH, m.kind());
    assertEquals("2025-03", m.toString());
    assertEquals("2025-12", CalendarMonth.of(2025, 12).toString());
  }

  @Test
  void rejectsImpossibleValues() {
    assertEquals(
        "month must be 1–12, was 13",
        assertThrows(IllegalArgumentException.class, () -> CalendarMonth.of(2025, 13)).getMessage());
    assertEquals(
        "month must be 1–12, was 0",
        assertThrows(IllegalArgumentException.class, () -> CalendarMonth.of(2025, 0)).getMessage());
    assertEquals(
        "year must be 1900–2100, was 0",
        assertThrows(IllegalArgumentException.class, () -> CalendarMonth.of(0, 1)).getMessage());
  }

  @Test
  void containingADay() {
    assertEquals(CalendarMonth.of(2025, 3), CalendarMonth.containing(LocalDate.of(2025, 3, 31)));
  }

  @Test
  void stepsAcrossYears() {
    assertEquals(CalendarMonth.of(2026, 1), CalendarMonth.of(2025, 12).next());
    assertEquals(CalendarMonth.of(2024, 12), CalendarMonth.of(2025, 1).previous());
    // index 2025×12 + 10 + 2 = 24312 → year 2026, month 1
    assertEquals(CalendarMonth.of(2026, 1), CalendarMonth.of(2025, 11).plus(2));
    assertEquals(CalendarMonth.of(2023, 11), CalendarMonth.of(2025, 11).plus(-24));
    assertThrows(IllegalArgumentException.class, () -> CalendarMonth.of(2100, 12).next());
  }

  @Test
  void displayNames() {
    assertEquals("Tháng 3/2025", CalendarMonth.of(2025, 3).displayName(Locale.forLanguageTag("vi")));
    assertEquals("March 2025", CalendarMonth.of(2025, 3).displayName(Locale.ENGLISH));
    assertEquals("Tháng 12/2025", CalendarMonth.of(2025, 12).displayName(Locale.forLanguageTag("vi")));
  }

  @Test
  void equalityIsByYearAndMonth() {
    assertEquals(CalendarMonth.of(2025, 3), CalendarMonth.of(2025, 3));
    assertEquals(CalendarMonth.of(2025, 3).hashCode(), CalendarMonth.of(2025, 3).hashCode());
    assertNotEquals(CalendarMonth.of(2025, 3), CalendarMonth.of(2025, 4));
    assertNotEquals(CalendarMonth.of(2025, 1), YearToDate.of(2025, 2));
  }
}
