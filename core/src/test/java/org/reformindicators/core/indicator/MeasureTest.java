package org.reformindicators.core.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureTest {

  private static final OptionalInt NONE = OptionalInt.empty();

  @ParameterizedTest
  @CsvSource({
    // Sở TT&TT Quảng Ngãi, "Chỉ số cải cách hành chính của tỉnh Quảng Ngãi tăng 24 bậc", 25 May 2022: Quảng Ngãi 2021 86.45 %; Ministry of Home Affairs, PAR INDEX 2024 report: provincial average 88.37 %, Hải Phòng 96.17 %
    "86.45", "88.37", "96.17", "0", "100"
  })
  void percentageAcceptsPublishedShares(double value) {
    assertEquals(Optional.empty(), Measure.percentage().violation(value, NONE));
  }

  @Test
  void percentageRejectsValuesOutsideZeroToHundred() {
    assertEquals(
        Optional.of("percentage must be within 0..100, was 140"), Measure.percentage().violation(140, NONE));
    assertEquals(
        Optional.of("percentage must be within 0..100, was -0.5"), Measure.percentage().violation(-0.5, NONE));
    assertEquals(
        Optional.of("percentage must be within 0..100, was NaN"), Measure.percentage().violation(Double.NaN, NONE));
  }

  @ParameterizedTest
  @CsvSource({
    // VCCI, PCI provincial profiles of Quảng Ngãi, Quảng Ngãi 2019 sub-indices on 0–10
    "8.23", "6.65", "6.96", "6.56", "5.93", "5.46", "5.90", "6.17", "6.24", "6.49"
  })
  void scoreAcceptsThePciSubIndicesOfQuangNgai2019(double value) {
    assertEquals(Optional.empty(), Measure.score(0, 10).violation(value, NONE));
  }

  @Test
  void scoreRejectsValuesOffTheScale() {
    // UNDP and CECODES, PAPI: 8–80 from 2018; Quảng Ngãi 2021 scored 40.980
    Measure papi = Measure.score(8, 80);
    assertEquals(Optional.empty(), papi.violation(40.980, NONE));
    assertEquals(Optional.of("score must be within 8..80, was 7.99"), papi.violation(7.99, NONE));
    assertEquals(Optional.of("score must be within 8..80, was 80.5"), papi.violation(80.5, NONE));
    assertEquals(OptionalDouble.of(8), papi.lowerBound());
    assertEquals(OptionalDouble.of(80), papi.upperBound());
    assertEquals("score 8..80", papi.toString());
  }

  @Test
  void scoreScaleMustBeIncreasingAndFinite() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Measure.score(10, 0));
    assertEquals("score scale min must be less than max, was 10..0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Measure.score(0, Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> Measure.score(5, 5));
  }

  @Test
  void rankNeedsAWholePlaceWithinItsUniverse() {
    // VCCI, PCI: Quảng Ngãi 2020 rank 36 of 63
    assertEquals(Optional.empty(), Measure.rank().violation(36, OptionalInt.of(63)));
    // UNDP and CECODES, PAPI: "59/63 (2 not ranked)": universe 61
    assertEquals(Optional.empty(), Measure.rank().violation(59, OptionalInt.of(61)));
    assertEquals(
        Optional.of("rank must be within 1..63 (universe), was 64"), Measure.rank().violation(64, OptionalInt.of(63)));
    assertEquals(
        Optional.of("rank must be within 1..34 (universe), was 0"), Measure.rank().violation(0, OptionalInt.of(34)));
    assertEquals(
        Optional.of("rank must be a whole number, was 3.5"), Measure.rank().violation(3.5, OptionalInt.of(63)));
    assertEquals(
        Optional.of("rank needs a universe (the number of units ranked), was 36 of none"),
        Measure.rank().violation(36, NONE));
    assertTrue(Measure.rank().requiresUniverse());
    assertFalse(Measure.percentage().requiresUniverse());
  }

  @Test
  void rankLawEveryPlaceWithinTheUniverseIsAcceptedAndNoOther() {
    qt().forAll(integers().between(1, 100), integers().between(-5, 110))
        .checkAssert(
            (universe, place) ->
                assertEquals(
                    place >= 1 && place <= universe,
                    Measure.rank().violation(place, OptionalInt.of(universe)).isEmpty()));
  }

  @Test
  void countIsANonNegativeWholeNumber() {
    assertEquals(Optional.empty(), Measure.count().violation(12, NONE));
    assertEquals(Optional.of("count must be a whole number, was 2.5"), Measure.count().violation(2.5, NONE));
    assertEquals(Optional.of("count must be at least 0, was -1"), Measure.count().violation(-1, NONE));
  }

  @Test
  void ratioComputesNumeratorOverDenominatorTimesFactor() {
    // 766 index shape (Decision 766/QĐ-TTg of 23 Jun 2022): dossiers on time ÷ dossiers handled × 100; 45 ÷ 60 × 100 = 75
    assertEquals(75.0, Measure.share(100).compute(45, 60), 1e-12);
    // per thousand: 3 ÷ 1,500 × 1,000 = 2
    assertEquals(2.0, Measure.ratio(1000).compute(3, 1500), 1e-12);
    IllegalArgumentException zero =
        assertThrows(IllegalArgumentException.class, () -> Measure.ratio(100).compute(1, 0));
    assertEquals("ratio denominator must be finite and positive, was 0.0", zero.getMessage());
    IllegalArgumentException over =
        assertThrows(IllegalArgumentException.class, () -> Measure.share(100).compute(61, 60));
    assertEquals("share numerator must not exceed its denominator, was 61 of 60", over.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Measure.ratio(100).compute(-1, 10));
  }

  @Test
  void shareIsBoundedByItsFactorAndRatioOnlyBelow() {
    assertEquals(Optional.of("share must be within 0..100, was 100.5"), Measure.share(100).violation(100.5, NONE));
    assertEquals(Optional.empty(), Measure.ratio(100).violation(250, NONE));
    assertEquals(Optional.of("ratio must be at least 0, was -3"), Measure.ratio(100).violation(-3, NONE));
    assertEquals(OptionalDouble.of(100), Measure.share(100).upperBound());
    assertEquals(OptionalDouble.empty(), Measure.ratio(100).upperBound());
    assertEquals("share x100", Measure.share(100).toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Measure.ratio(0));
    assertEquals("ratio factor must be finite and positive, was 0.0", e.getMessage());
  }

  @Test
  void shareComputedFromValidCountsIsAlwaysWithinBounds() {
    qt().forAll(integers().between(1, 1_000_000), doubles().between(0, 1))
        .checkAssert(
            (denominator, fraction) -> {
              double numerator = Math.floor(denominator * fraction);
              double value = Measure.share(100).compute(numerator, denominator);
              assertEquals(Optional.empty(), Measure.share(100).violation(value, NONE));
            });
  }

  @Test
  void completionIsOneOrZero() {
    assertEquals(Optional.empty(), Measure.completion().violation(1, NONE));
    assertEquals(Optional.empty(), Measure.completion().violation(0, NONE));
    assertEquals(
        Optional.of("completion must be 1 (done) or 0 (not done), was 0.5"),
        Measure.completion().violation(0.5, NONE));
  }

  @Test
  void qualitativeHasNoBounds() {
    assertEquals(Optional.empty(), Measure.qualitative().violation(-7, NONE));
    assertEquals(OptionalDouble.empty(), Measure.qualitative().lowerBound());
  }

  @Test
  void eachMeasureReportsItsKind() {
    assertEquals(MeasureKind.PERCENTAGE, Measure.percentage().kind());
    assertEquals(MeasureKind.SCORE, Measure.score(0, 10).kind());
    assertEquals(MeasureKind.RANK, Measure.rank().kind());
    assertEquals(MeasureKind.COUNT, Measure.count().kind());
    assertEquals(MeasureKind.RATIO, Measure.ratio(1).kind());
    assertEquals(MeasureKind.COMPLETION, Measure.completion().kind());
    assertEquals(MeasureKind.QUALITATIVE, Measure.qualitative().kind());
  }
}
