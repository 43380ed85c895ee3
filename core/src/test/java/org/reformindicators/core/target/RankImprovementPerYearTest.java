package org.reformindicators.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.period.CalendarYear;

class RankImprovementPerYearTest {

  private static final Baseline FROM_2020 = Baseline.of(CalendarYear.of(2020));
  private static final RankImprovementPerYear T1A = RankImprovementPerYear.of(5, 8, FROM_2020);

  @Test
  void averageGainByHand() {
    // Sở TT&TT Quảng Ngãi, "Chỉ số cải cách hành chính của tỉnh Quảng Ngãi tăng 24 bậc", 25 May 2022: PAR INDEX 63/63 in 2020, 39/63 in 2021: (63 − 39) / 1 = 24 places in one year
    assertEquals(24, RankImprovementPerYear.placesPerYear(63, 39, 1));
    // 63 → 30 over 2020–2025: 33 / 5 = 6.6 places a year: meets, does not exceed
    double average = RankImprovementPerYear.placesPerYear(63, 30, 5);
    assertEquals(6.6, average, 1e-12);
    assertTrue(T1A.isMet(average));
    assertFalse(T1A.isExceeded(average));
    // PAPI 62 → 43 in a year: 19 places, exceeds 5–8
    assertTrue(T1A.isExceeded(RankImprovementPerYear.placesPerYear(62, 43, 1)));
    // a loss of places is negative
    assertEquals(-2, RankImprovementPerYear.placesPerYear(36, 40, 2));
  }

  @Test
  void metAtFivePlacesExceededAboveEight() {
    assertTrue(T1A.isMet(5));
    assertFalse(T1A.isMet(4.99));
    assertFalse(T1A.isExceeded(8));
    assertTrue(T1A.isExceeded(8.01));
    assertEquals(Optional.of(FROM_2020), T1A.baseline());
    assertEquals("+5–8 places a year from 2020", T1A.toString());
  }

  @Test
  void rejectsInconsistentBands() {
    assertEquals(
        "rank improvement minPlaces must not exceed maxPlaces, was 8 > 5",
        assertThrows(IllegalArgumentException.class, () -> RankImprovementPerYear.of(8, 5, FROM_2020)).getMessage());
    assertEquals(
        "rank improvement minPlaces must be positive, was 0",
        assertThrows(IllegalArgumentException.class, () -> RankImprovementPerYear.of(0, 5, FROM_2020)).getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> RankImprovementPerYear.of(5, 8, Baseline.of(CalendarYear.of(2020), 0)));
    assertThrows(IllegalArgumentException.class, () -> RankImprovementPerYear.placesPerYear(63, 30, 0));
    assertThrows(IllegalArgumentException.class, () -> RankImprovementPerYear.placesPerYear(63, 0, 5));
    assertThrows(NullPointerException.class, () -> RankImprovementPerYear.of(5, 8, null));
  }

  @Test
  void metSetIsFromTheWeakerEndUpwards() {
    qt().forAll(doubles().between(0.1, 20), doubles().between(0, 20), doubles().between(-30, 30))
        .checkAssert(
            (min, width, gain) -> {
              RankImprovementPerYear kind = RankImprovementPerYear.of(min, min + width, FROM_2020);
              assertEquals(gain >= min, kind.isMet(gain));
              if (kind.isExceeded(gain)) {
                assertTrue(kind.isMet(gain));
              }
              if (kind.isMet(gain)) {
                assertTrue(kind.isMet(gain + 1));
              }
            });
  }
}
