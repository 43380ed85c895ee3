package org.reformindicators.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PhaseTest {

  @Test
  void bothYearsAreInclusive() {
    Phase phase = Phase.of(2021, 2025);
    assertEquals(2021, phase.firstYear());
    assertEquals(2025, phase.lastYear());
    assertEquals(5, phase.lengthInYears());
    assertEquals(PeriodKind.PHASE, phase.kind());
    assertEquals(LocalDate.of(2021, 1, 1), phase.startDate());
    assertEquals(LocalDate.of(2025, 12, 31), phase.endDate());
    assertEquals("2021/2025", phase.toString());
  }

  @Test
  void yearsOfAPhase() {
    assertEquals(
        List.of(
            CalendarYear.of(2021), CalendarYear.of(2022), CalendarYear.of(2023), CalendarYear.of(2024),
            CalendarYear.of(2025)),
        Phase.of(2021, 2025).years());
    assertEquals(8, Phase.of(2018, 2025).years().size());
    assertThrows(UnsupportedOperationException.class, () -> Phase.of(2021, 2025).years().clear());
  }

  @Test
  void rejectsImpossiblePhases() {
    assertEquals(
        "lastYear must not precede firstYear 2025, was 2021",
        assertThrows(IllegalArgumentException.class, () -> Phase.of(2025, 2021)).getMessage());
    assertEquals(
        "lastYear must be after firstYear 2025, was 2025: a phase spans at least two years;"
            + " use CalendarYear.of(2025) or ReportingPeriod.ofYears(2025, 2025)",
        assertThrows(IllegalArgumentException.class, () -> Phase.of(2025, 2025)).getMessage());
    assertEquals(
        "year must be 1900–2100, was 2101",
        assertThrows(IllegalArgumentException.class, () -> Phase.of(2021, 2101)).getMessage());
  }

  @Test
  void stepsToAdjacentPhasesOfTheSameLength() {
    assertEquals(Phase.of(2026, 2030), Phase.of(2021, 2025).next());
    assertEquals(Phase.of(2016, 2020), Phase.of(2021, 2025).previous());
    assertEquals(Phase.of(2031, 2035), Phase.of(2021, 2025).plus(2));
    assertEquals(Phase.of(2010, 2017), Phase.of(2018, 2025).previous());
    assertEquals(
        "2096/2100 plus 1 would fall outside the years 1900–2100",
        assertThrows(IllegalArgumentException.class, () -> Phase.of(2096, 2100).next()).getMessage());
  }

  @Test
  void displayNames() {
    assertEquals("Giai đoạn 2021–2025", Phase.of(2021, 2025).displayName(Locale.forLanguageTag("vi")));
    assertEquals("2021–2025 phase", Phase.of(2021, 2025).displayName(Locale.ENGLISH));
  }

  @Test
  void equalityIsByYears() {
    assertEquals(Phase.of(2021, 2025), Phase.of(2021, 2025));
    assertEquals(Phase.of(2021, 2025).hashCode(), Phase.of(2021, 2025).hashCode());
    assertNotEquals(Phase.of(2021, 2025), Phase.of(2020, 2025));
    assertNotEquals(Phase.of(2021, 2025), Phase.of(2021, 2026));
  }
}
