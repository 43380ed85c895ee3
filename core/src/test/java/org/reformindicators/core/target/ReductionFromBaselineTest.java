package org.reformindicators.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.period.CalendarYear;

class ReductionFromBaselineTest {

  private static final Baseline FROM_2018 = Baseline.of(CalendarYear.of(2018));
  private static final ReductionFromBaseline T12C = ReductionFromBaseline.of(20, FROM_2018);
  private static final ReductionFromBaseline T12B = ReductionFromBaseline.of(10, Baseline.of(CalendarYear.of(2021)));

  @Test
  void wholeCountsCompareExactly() {
    // 50 units in 2021, 45 in 2025: 100·45 = 4500 ≤ 50·90 = 4500, exactly 10 %: met, not exceeded
    assertTrue(T12B.isMet(50, 45));
    assertFalse(T12B.isExceeded(50, 45));
    assertFalse(T12B.isMet(50, 46));
    assertTrue(T12B.isExceeded(50, 44));
    assertEquals(45, T12B.requiredValue(50));
    // 2018: 200 units; 2025: 160 → (200 − 160) / 200 · 100 = 20 %
    assertEquals(20, ReductionFromBaseline.reductionPercent(200, 160));
    assertTrue(T12C.isMet(200, 160));
    assertFalse(T12C.isMet(200, 161));
    assertEquals(-10, ReductionFromBaseline.reductionPercent(200, 220));
    assertEquals(Optional.of(FROM_2018), T12C.baseline());
    assertEquals("−20 % from 2018", T12C.toString());
  }

  @Test
  void rejectsImpossibleParameters() {
    assertEquals(
        "minReductionPercent must be positive, was 0",
        assertThrows(IllegalArgumentException.class, () -> ReductionFromBaseline.of(0, FROM_2018)).getMessage());
    assertEquals(
        "minReductionPercent must be a percentage within 0..100, was 120",
        assertThrows(IllegalArgumentException.class, () -> ReductionFromBaseline.of(120, FROM_2018)).getMessage());
    assertEquals(
        "baseline value of a reduction must be positive, was 0",
        assertThrows(
                IllegalArgumentException.class,
                () -> ReductionFromBaseline.of(10, Baseline.of(CalendarYear.of(2018), 0)))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> T12C.isMet(0, 10));
    assertThrows(IllegalArgumentException.class, () -> T12C.isMet(10, Double.NaN));
  }

  @Test
  void fewerIsBetterAndExceededImpliesMet() {
    qt().forAll(integers().between(1, 1000), integers().between(0, 1000), doubles().between(0.5, 100))
        .checkAssert(
            (baseline, value, percent) -> {
              ReductionFromBaseline kind = ReductionFromBaseline.of(percent, FROM_2018);
              if (kind.isMet(baseline, value) && value > 0) {
                assertTrue(kind.isMet(baseline, value - 1));
              }
              if (kind.isExceeded(baseline, value)) {
                assertTrue(kind.isMet(baseline, value));
              }
              double required = kind.requiredValue(baseline);
              assertEquals(percent, ReductionFromBaseline.reductionPercent(baseline, required), 1e-9);
              if (value < required - 1e-9) {
                assertTrue(kind.isMet(baseline, value));
              }
              if (value > required + 1e-9) {
                assertFalse(kind.isMet(baseline, value));
              }
            });
  }
}
