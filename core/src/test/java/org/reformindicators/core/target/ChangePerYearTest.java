package org.reformindicators.core.target;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.period.CalendarYear;

class ChangePerYearTest {

  private static final Baseline FROM_2021 = Baseline.of(CalendarYear.of(2021));
  private static final ChangePerYear T7 = ChangePerYear.trajectory(ChangeMeasure.ABSOLUTE, 20, 100, FROM_2021);

  @Test
  void t7ReadingPercentagePointsAlongTheTrajectory() {
    // 2021 share 45 %: 2022 needs 65, 2023 needs 85, 2024 would need 105 → capped at 100
    assertEquals(65, T7.requiredValue(45, 1));
    assertEquals(85, T7.requiredValue(45, 2));
    assertEquals(100, T7.requiredValue(45, 3));
    assertTrue(T7.isMet(85, 45, 2));
    assertFalse(T7.isExceeded(85, 45, 2));
    assertTrue(T7.isExceeded(90, 45, 2));
    assertFalse(T7.isMet(84.9, 45, 2));
    assertTrue(T7.isMet(100, 45, 4));
    assertFalse(T7.isExceeded(100, 45, 4));
    assertEquals(Optional.of(FROM_2021), T7.baseline());
    assertArrayEquals(new double[] {100}, T7.levels());
    assertEquals("+20 points a year from 2021 until 100", T7.toString());
  }

  @Test
  void relativeReadingCompoundsAndYearOnYearUsesThePreviousValue() {
    // 50 % growing 20 % a year: 50 · 1.2² = 72 after two years
    ChangePerYear relative = ChangePerYear.trajectory(ChangeMeasure.RELATIVE, 20, 100, FROM_2021);
    assertEquals(72, relative.requiredValue(50, 2), 1e-9);
    // 90 → needs 108, capped at 100
    assertEquals(100, relative.requiredValue(90, 1));
    ChangePerYear yearOnYear = ChangePerYear.yearOnYear(ChangeMeasure.ABSOLUTE, 20, 100);
    assertEquals(ChangeReference.YEAR_ON_YEAR, yearOnYear.reference());
    assertEquals(Optional.empty(), yearOnYear.baseline());
    // previous actual 55: this year needs 75
    assertEquals(75, yearOnYear.requiredValue(55, 1));
    assertEquals("+20 points a year year on year until 100", yearOnYear.toString());
    ChangePerYear uncapped =
        new ChangePerYear(
            ChangeMeasure.RELATIVE, 10, OptionalDouble.empty(), ChangeReference.YEAR_ON_YEAR, Optional.empty());
    assertEquals(121, uncapped.requiredValue(110, 1), 1e-9);
    assertEquals(0, uncapped.levels().length);
    assertEquals("+10 % a year year on year", uncapped.toString());
  }

  @Test
  void relativeGrowthFromZeroIsUndefined() {
    ChangePerYear relative = ChangePerYear.trajectory(ChangeMeasure.RELATIVE, 20, 100, FROM_2021);
    assertEquals(
        "reference value must be positive for a RELATIVE change, was 0",
        assertThrows(IllegalArgumentException.class, () -> relative.requiredValue(0, 1)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> T7.requiredValue(45, 0));
  }

  @Test
  void rejectsInconsistentParameters() {
    assertEquals(
        "ceiling must not be below the baseline value, was ceiling 100 < baseline 120 at 2021",
        assertThrows(
                IllegalArgumentException.class,
                () -> ChangePerYear.trajectory(
                    ChangeMeasure.ABSOLUTE, 20, 100, Baseline.of(CalendarYear.of(2021), 120)))
            .getMessage());
    assertEquals(
        "a TRAJECTORY change per year needs a base period, was none",
        assertThrows(
                IllegalArgumentException.class,
                () -> new ChangePerYear(
                    ChangeMeasure.ABSOLUTE, 20, OptionalDouble.of(100), ChangeReference.TRAJECTORY, Optional.empty()))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new ChangePerYear(
            ChangeMeasure.ABSOLUTE, 20, OptionalDouble.of(100), ChangeReference.YEAR_ON_YEAR, Optional.of(FROM_2021)));
    assertEquals(
        "minChangePerYear must be positive, was -5",
        assertThrows(IllegalArgumentException.class, () -> ChangePerYear.yearOnYear(ChangeMeasure.ABSOLUTE, -5, 100))
            .getMessage());
    // a stated base value at or below the ceiling is fine
    assertEquals(
        100,
        ChangePerYear.trajectory(ChangeMeasure.ABSOLUTE, 20, 100, Baseline.of(CalendarYear.of(2021), 100))
            .requiredValue(100, 1));
  }

  @Test
  void requiredValueNeverPassesTheCeilingAndGrowsWithTime() {
    qt().forAll(
            doubles().between(0.1, 100),
            doubles().between(0.5, 50),
            integers().between(1, 10),
            doubles().between(0, 120))
        .checkAssert(
            (reference, rate, years, value) -> {
              for (ChangeMeasure measure : ChangeMeasure.values()) {
                ChangePerYear kind = ChangePerYear.trajectory(measure, rate, 100, FROM_2021);
                double required = kind.requiredValue(reference, years);
                assertTrue(required <= 100);
                assertTrue(kind.requiredValue(reference, years + 1) >= required);
                if (value >= 100) {
                  assertTrue(kind.isMet(value, reference, years), "a value at the ceiling always meets");
                }
                if (kind.isExceeded(value, reference, years)) {
                  assertTrue(kind.isMet(value, reference, years));
                }
              }
            });
  }
}
