package org.reformindicators.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class QuarterTest {

  @Test
  void datesOfEachQuarter() {
    assertEquals(LocalDate.of(2025, 1, 1), Quarter.of(2025, 1).startDate());
    assertEquals(LocalDate.of(2025, 3, 31), Quarter.of(2025, 1).endDate());
    assertEquals(LocalDate.of(2025, 4, 1), Quarter.of(2025, 2).startDate());
    assertEquals(LocalDate.of(2025, 6, 30), Quarter.of(2025, 2).endDate());
    assertEquals(LocalDate.of(2025, 7, 1), Quarter.of(2025, 3).startDate());
    assertEquals(LocalDate.of(2025, 9, 30), Quarter.of(2025, 3).endDate());
    assertEquals(LocalDate.of(2025, 10, 1), Quarter.of(2025, 4).startDate());
    assertEquals(LocalDate.of(2025, 12, 31), Quarter.of(2025, 4).endDate());
    // 2024 is a leap year: 31 + 29 + 31 = 91 days
    assertEquals(91, Quarter.of(2024, 1).lengthInDays());
    assertEquals(90, Quarter.of(2025, 1).lengthInDays());
  }

  @Test
  void accessorsAndText() {
    Quarter q = Quarter.of(2025, 3);
    assertEquals(2025, q.year());
    assertEquals(3, q.quarter());
    assertEquals(PeriodKind.QUARTER, q.kind());
    assertEquals("2025-Q3", q.toString());
  }

  @Test
  void rejectsImpossibleValues() {
    assertEquals(
        "quarter must be 1–4, was 5",
        assertThrows(IllegalArgumentException.class, () -> Quarter.of(2025, 5)).getMessage());
    assertEquals(
        "quarter must be 1–4, was 0",
        assertThrows(IllegalArgumentException.class, () -> Quarter.of(2025, 0)).getMessage());
    assertEquals(
        "year must be 1900–2100, was 2101",
        assertThrows(IllegalArgumentException.class, () -> Quarter.of(2101, 1)).getMessage());
  }

  @Test
  void containingADay() {
    assertEquals(Quarter.of(2025, 1), Quarter.containing(LocalDate.of(2025, 3, 31)));
    assertEquals(Quarter.of(2025, 2), Quarter.containing(LocalDate.of(2025, 4, 1)));
    assertEquals(Quarter.of(2025, 4), Quarter.containing(LocalDate.of(2025, 12, 31)));
  }

  @Test
  void stepsAcrossYears() {
    assertEquals(Quarter.of(2026, 1), Quarter.of(2025, 4).next());
    assertEquals(Quarter.of(2024, 4), Quarter.of(2025, 1).previous());
    // index 2025×4 + 2 + 2 = 8104 → year 2026, quarter 1
    assertEquals(Quarter.of(2026, 1), Quarter.of(2025, 3).plus(2));
    assertEquals(Quarter.of(2023, 3), Quarter.of(2025, 3).plus(-8));
    assertEquals(
        "2100-Q4 plus 1 would fall outside the years 1900–2100",
        assertThrows(IllegalArgumentException.class, () -> Quarter.of(2100, 4).next()).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Quarter.of(1900, 1).previous());
  }

  @Test
  void displayNames() {
    Locale vi = Locale.forLanguageTag("vi-VN");
    assertEquals("Quý I/2025", Quarter.of(2025, 1).displayName(vi));
    assertEquals("Quý IV/2025", Quarter.of(2025, 4).displayName(vi));
    assertEquals("Q3 2025", Quarter.of(2025, 3).displayName(Locale.ENGLISH));
  }

  @Test
  void equalityIsByYearAndQuarter() {
    assertEquals(Quarter.of(2025, 3), Quarter.of(2025, 3));
    assertEquals(Quarter.of(2025, 3).hashCode(), Quarter.of(2025, 3).hashCode());
    assertNotEquals(Quarter.of(2025, 3), Quarter.of(2024, 3));
    assertNotEquals(Quarter.of(2025, 1), ReportingPeriod.parse("2025-01-01/2025-03-31"));
  }
}
