package org.reformindicators.core.target;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.Phase;
import org.reformindicators.core.period.Quarter;

class RecurringTest {

  @Test
  void everyYearOfThePhaseAsT3() {
    Recurring t3 = Recurring.everyYear(Threshold.exactly(100), 2021, 2025);
    assertEquals(5, t3.periods().size());
    assertEquals(CalendarYear.of(2021), t3.first());
    assertEquals(CalendarYear.of(2025), t3.last());
    assertEquals(Threshold.exactly(100), t3.each());
    assertArrayEquals(new double[] {100}, t3.levels());
    assertEquals("= 100 in each of 2021..2025", t3.toString());
    assertEquals(Optional.empty(), t3.baseline());
    assertEquals(t3, Recurring.everyYearOf(Threshold.exactly(100), Phase.of(2021, 2025)));
  }

  @Test
  void delegatesBaselineAndAssessmentToEach() {
    Baseline base = Baseline.of(CalendarYear.of(2021));
    Recurring t7 =
        Recurring.everyYear(ChangePerYear.trajectory(ChangeMeasure.ABSOLUTE, 20, 100, base), 2022, 2025);
    assertEquals(Optional.of(base), t7.baseline());
    assertFalse(Recurring.everyYear(Qualitative.of("reviewed"), 2022, 2025).isMeasured());
    assertEquals(
        List.of(Quarter.of(2025, 1), Quarter.of(2025, 2)),
        Recurring.of(Threshold.atLeast(1), List.of(Quarter.of(2025, 1), Quarter.of(2025, 2))).periods());
  }

  @Test
  void rejectsInconsistentPeriods() {
    assertEquals(
        "recurring periods must be in time order without overlap, was 2025 before 2025-Q1",
        assertThrows(
                IllegalArgumentException.class,
                () -> Recurring.of(Threshold.atLeast(1), List.of(CalendarYear.of(2025), Quarter.of(2025, 1))))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Recurring.of(Threshold.atLeast(1), List.of(CalendarYear.of(2023), CalendarYear.of(2022))));
    assertEquals(
        "a recurring target needs at least one period, was none",
        assertThrows(IllegalArgumentException.class, () -> Recurring.of(Threshold.atLeast(1), List.of()))
            .getMessage());
    assertEquals(
        "recurring lastYear must not be before firstYear, was 2021 < 2025",
        assertThrows(IllegalArgumentException.class, () -> Recurring.everyYear(Completion.of(), 2025, 2021))
            .getMessage());
    Recurring inner = Recurring.everyYear(Completion.of(), 2021, 2022);
    assertThrows(IllegalArgumentException.class, () -> Recurring.everyYear(inner, 2021, 2022));
  }

  @Test
  void everyYearGivesConsecutiveYearsFromFirstToLast() {
    qt().forAll(integers().between(1900, 2090), integers().between(0, 10))
        .checkAssert(
            (first, length) -> {
              Recurring recurring = Recurring.everyYear(Completion.of(), first, first + length);
              assertEquals(length + 1, recurring.periods().size());
              assertEquals(CalendarYear.of(first), recurring.first());
              assertEquals(CalendarYear.of(first + length), recurring.last());
              for (int i = 1; i < recurring.periods().size(); i++) {
                assertTrue(recurring.periods().get(i - 1).isBefore(recurring.periods().get(i)));
                assertEquals(recurring.periods().get(i - 1).next(), recurring.periods().get(i));
              }
            });
  }
}
