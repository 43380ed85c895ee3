package org.reformindicators.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearToDateTest {

  @Test
  void firstNineMonths() {
    YearToDate ytd = YearToDate.of(2025, 9);
    assertEquals(2025, ytd.year());
    assertEquals(9, ytd.months());
    assertEquals(PeriodKind.YEAR_TO_DATE, ytd.kind());
    assertEquals(LocalDate.of(2025, 1, 1), ytd.startDate());
    assertEquals(LocalDate.of(2025, 9, 30), ytd.endDate());
    // 31+28+31+30+31+30+31+31+30 = 273 days
    assertEquals(273, ytd.lengthInDays());
    assertEquals("2025-YTD09", ytd.toString());
    assertEquals("2025-YTD11", YearToDate.of(2025, 11).toString());
  }

  @Test
  void twoMonthsOfALeapYearEndOnTheTwentyNinth() {
    assertEquals(LocalDate.of(2024, 2, 29), YearToDate.of(2024, 2).endDate());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1|months must not be 1, 3, 6 or 12, was 1: the first month of 2025 is the month 2025-01;"
            + " use ReportingPeriod.yearToDate(2025, 1)",
        "3|months must not be 1, 3, 6 or 12, was 3: the first 3 months of 2025 are the quarter 2025-Q1;"
            + " use ReportingPeriod.yearToDate(2025, 3)",
        "6|months must not be 1, 3, 6 or 12, was 6: the first 6 months of 2025 are the half-year 2025-S1;"
            + " use ReportingPeriod.yearToDate(2025, 6)",
        "12|months must not be 1, 3, 6 or 12, was 12: the first 12 months of 2025 are the year 2025;"
            + " use ReportingPeriod.yearToDate(2025, 12)",
        "13|months must be 1–12, was 13",
        "0|months must be 1–12, was 0"
      })
  void rejectsLengthsThatAreAnotherPeriodOrImpossible(int months, String message) {
    assertEquals(
        message, assertThrows(IllegalArgumentException.class, () -> YearToDate.of(2025, months)).getMessage());
  }

  @Test
  void rejectsYearsOutOfRange() {
    assertEquals(
        "year must be 1900–2100, was 2101",
        assertThrows(IllegalArgumentException.class, () -> YearToDate.of(2101, 9)).getMessage());
  }

  @Test
  void stepsToTheSameMonthsOfOtherYears() {
    assertEquals(YearToDate.of(2024, 9), YearToDate.of(2025, 9).previous());
    assertEquals(YearToDate.of(2026, 9), YearToDate.of(2025, 9).next());
    assertEquals(YearToDate.of(2030, 9), YearToDate.of(2025, 9).plus(5));
    assertThrows(IllegalArgumentException.class, () -> YearToDate.of(2100, 9).next());
  }

  @Test
  void displayNames() {
    Locale vi = Locale.forLanguageTag("vi");
    assertEquals("9 tháng đầu năm 2025", YearToDate.of(2025, 9).displayName(vi));
    assertEquals("January–September 2025", YearToDate.of(2025, 9).displayName(Locale.ENGLISH));
    assertEquals("11 tháng đầu năm 2025", YearToDate.of(2025, 11).displayName(vi));
    assertEquals("January–November 2025", YearToDate.of(2025, 11).displayName(Locale.ENGLISH));
  }

  @Test
  void equalityIsByYearAndMonths() {
    assertEquals(YearToDate.of(2025, 9), YearToDate.of(2025, 9));
    assertEquals(YearToDate.of(2025, 9).hashCode(), YearToDate.of(2025, 9).hashCode());
    assertNotEquals(YearToDate.of(2025, 9), YearToDate.of(2025, 8));
    assertNotEquals(YearToDate.of(2025, 9), YearToDate.of(2024, 9));
  }
}
