package org.reformindicators.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateRangeTest {

  private static final LocalDate DEC_15 = LocalDate.of(2024, 12, 15);
  private static final LocalDate JUN_14 = LocalDate.of(2025, 6, 14);

  @Test
  void statutorySixMonthWindow() {
    // Decree 09/2019/NĐ-CP six-month report window: 15 December to 14 June
    DateRange window = DateRange.ofClosed(DEC_15, JUN_14);
    assertEquals(DEC_15, window.startDate());
    assertEquals(JUN_14, window.endDate());
    assertEquals(PeriodKind.DATE_RANGE, window.kind());
    // 17 (15..31 Dec) + 31 + 28 + 31 + 30 + 31 + 14 = 182 days
    assertEquals(182, window.lengthInDays());
    assertEquals("2024-12-15/2025-06-14", window.toString());
  }

  @Test
  void isAlwaysADateRangeEvenOverANamedSpan() {
    DateRange q1 = DateRange.ofClosed(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
    assertEquals(PeriodKind.DATE_RANGE, q1.kind());
    assertNotEquals(Quarter.of(2025, 1), q1);
    assertEquals(Quarter.of(2025, 1), ReportingPeriod.ofClosed(q1.startDate(), q1.endDate()));
  }

  @Test
  void rejectsImpossibleRanges() {
    assertEquals(
        "endInclusive must not precede startInclusive 2025-06-14, was 2024-12-15",
        assertThrows(IllegalArgumentException.class, () -> DateRange.ofClosed(JUN_14, DEC_15)).getMessage());
    assertEquals(
        "startInclusive",
        assertThrows(NullPointerException.class, () -> DateRange.ofClosed(null, JUN_14)).getMessage());
    assertEquals(
        "endInclusive",
        assertThrows(NullPointerException.class, () -> DateRange.ofClosed(DEC_15, null)).getMessage());
    assertEquals(
        "endInclusive must be within the years 1900–2100, was 2101-01-01",
        assertThrows(IllegalArgumentException.class, () -> DateRange.ofClosed(DEC_15, LocalDate.of(2101, 1, 1)))
            .getMessage());
  }

  @Test
  void singleDayRangeIsAllowed() {
    DateRange day = DateRange.ofClosed(DEC_15, DEC_15);
    assertEquals(1, day.lengthInDays());
    assertEquals("2024-12-15/2024-12-15", day.toString());
  }

  @Test
  void stepsByItsOwnLength() {
    DateRange window = DateRange.ofClosed(DEC_15, JUN_14);
    // 182 days later: 2025-06-15 to 2025-12-13
    assertEquals(DateRange.ofClosed(LocalDate.of(2025, 6, 15), LocalDate.of(2025, 12, 13)), window.next());
    assertEquals(DateRange.ofClosed(LocalDate.of(2024, 6, 16), LocalDate.of(2024, 12, 14)), window.previous());
    DateRange twoDays = DateRange.ofClosed(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 2));
    assertEquals(DateRange.ofClosed(LocalDate.of(2025, 1, 3), LocalDate.of(2025, 1, 4)), twoDays.plus(1));
    assertThrows(
        IllegalArgumentException.class,
        () -> DateRange.ofClosed(LocalDate.of(2100, 12, 1), LocalDate.of(2100, 12, 31)).next());
  }

  @Test
  void displayNames() {
    DateRange window = DateRange.ofClosed(DEC_15, JUN_14);
    assertEquals("Từ ngày 15/12/2024 đến ngày 14/06/2025", window.displayName(Locale.forLanguageTag("vi")));
    assertEquals("15 December 2024 – 14 June 2025", window.displayName(Locale.ENGLISH));
  }

  @Test
  void equalityIsByBothDates() {
    assertEquals(DateRange.ofClosed(DEC_15, JUN_14), DateRange.ofClosed(DEC_15, JUN_14));
    assertEquals(DateRange.ofClosed(DEC_15, JUN_14).hashCode(), DateRange.ofClosed(DEC_15, JUN_14).hashCode());
    assertNotEquals(DateRange.ofClosed(DEC_15, JUN_14), DateRange.ofClosed(DEC_15, JUN_14.plusDays(1)));
  }
}
