package org.reformindicators.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HalfYearTest {

  @Test
  void firstAndSecondHalves() {
    HalfYear first = HalfYear.of(2025, 1);
    assertEquals(2025, first.year());
    assertEquals(1, first.half());
    assertEquals(PeriodKind.HALF_YEAR, first.kind());
    assertEquals(LocalDate.of(2025, 1, 1), first.startDate());
    assertEquals(LocalDate.of(2025, 6, 30), first.endDate());
    // 31 + 28 + 31 + 30 + 31 + 30 = 181 days
    assertEquals(181, first.lengthInDays());
    HalfYear second = HalfYear.of(2025, 2);
    assertEquals(LocalDate.of(2025, 7, 1), second.startDate());
    assertEquals(LocalDate.of(2025, 12, 31), second.endDate());
    assertEquals("2025-S1", first.toString());
    assertEquals("2025-S2", second.toString());
  }

  @Test
  void rejectsImpossibleValues() {
    assertEquals(
        "half must be 1–2, was 3",
        assertThrows(IllegalArgumentException.class, () -> HalfYear.of(2025, 3)).getMessage());
    assertEquals(
        "half must be 1–2, was 0",
        assertThrows(IllegalArgumentException.class, () -> HalfYear.of(2025, 0)).getMessage());
    assertEquals(
        "year must be 1900–2100, was 1800",
        assertThrows(IllegalArgumentException.class, () -> HalfYear.of(1800, 1)).getMessage());
  }

  @Test
  void containingADay() {
    assertEquals(HalfYear.of(2025, 1), HalfYear.containing(LocalDate.of(2025, 6, 30)));
    assertEquals(HalfYear.of(2025, 2), HalfYear.containing(LocalDate.of(2025, 7, 1)));
  }

  @Test
  void stepsAcrossYears() {
    assertEquals(HalfYear.of(2026, 1), HalfYear.of(2025, 2).next());
    assertEquals(HalfYear.of(2024, 2), HalfYear.of(2025, 1).previous());
    // index 2025×2 + 0 + 3 = 4053 → year 2026, half 2
    assertEquals(HalfYear.of(2026, 2), HalfYear.of(2025, 1).plus(3));
    assertEquals(HalfYear.of(2023, 1), HalfYear.of(2025, 1).plus(-4));
    assertThrows(IllegalArgumentException.class, () -> HalfYear.of(2100, 2).next());
    assertThrows(IllegalArgumentException.class, () -> HalfYear.of(1900, 1).previous());
  }

  @Test
  void displayNames() {
    Locale vi = Locale.forLanguageTag("vi");
    assertEquals("6 tháng đầu năm 2025", HalfYear.of(2025, 1).displayName(vi));
    assertEquals("6 tháng cuối năm 2025", HalfYear.of(2025, 2).displayName(vi));
    assertEquals("first half of 2025", HalfYear.of(2025, 1).displayName(Locale.ENGLISH));
    assertEquals("second half of 2025", HalfYear.of(2025, 2).displayName(Locale.ENGLISH));
  }

  @Test
  void equalityIsByYearAndHalf() {
    assertEquals(HalfYear.of(2025, 1), HalfYear.of(2025, 1));
    assertEquals(HalfYear.of(2025, 1).hashCode(), HalfYear.of(2025, 1).hashCode());
    assertNotEquals(HalfYear.of(2025, 1), HalfYear.of(2025, 2));
    assertNotEquals(HalfYear.of(2025, 1), ReportingPeriod.parse("2025-01-01/2025-06-30"));
  }
}
