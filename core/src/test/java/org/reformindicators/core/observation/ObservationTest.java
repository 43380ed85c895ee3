package org.reformindicators.core.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.ReportingPeriod;

class ObservationTest {

  private static final IndicatorCode PCI_RANK = IndicatorCode.of("PCI_RANK");

  @ParameterizedTest
  @CsvSource({
    // docs/formats/observations.md, example: PCI_TRANSPARENCY,51,2020,6.29,,A and PCI_RANK,51,2020,36,63,A
    // (VCCI, PCI 2020 provincial profile of Quảng Ngãi)
    "PCI_TRANSPARENCY, 51, 2020, 6.29, , A, 'PCI_TRANSPARENCY, unit 51, period 2020, value 6.29'",
    "PCI_RANK, 51, 2020, 36, 63, A, 'PCI_RANK, unit 51, period 2020, value 36 of 63'",
    // UNDP and CECODES, PAPI Quảng Ngãi 2021 40.980, rank 43/63
    "PAPI, 51, 2021, 40.980, , A, 'PAPI, unit 51, period 2021, value 40.98'",
    "PAPI_RANK, 51, 2021, 43, 63, A, 'PAPI_RANK, unit 51, period 2021, value 43 of 63'"
  })
  void holdsThePublishedRowsOfCodesMd(
      String indicator, String unit, String period, double value, Integer universe, String status, String text) {
    Observation.Builder builder =
        Observation.builder()
            .indicator(IndicatorCode.of(indicator))
            .unit(UnitCode.of(unit))
            .period(ReportingPeriod.parse(period))
            .value(value)
            .status(ObservationStatus.fromCode(status));
    if (universe != null) {
      builder.universe(universe);
    }
    Observation observation = builder.build();
    assertEquals(OptionalDouble.of(value), observation.value());
    assertEquals(text, observation.describe());
    assertEquals(ObservationStatus.NORMAL_VALUE, observation.status());
  }

  @Test
  void rankFactoryCarriesTheUniverse() {
    Observation rank = Observation.rank(PCI_RANK, UnitCode.of("51"), CalendarYear.of(2020), 36, 63);
    assertEquals(OptionalInt.of(63), rank.universe());
    assertEquals(OptionalDouble.of(36), rank.value());
    assertEquals("36 of 63", rank.valueText());
  }

  @Test
  void aMissingValueIsExplicit() {
    // UNDP and CECODES, PAPI: provinces may be left unscored in a year (2022: two provinces)
    Observation unscored =
        Observation.missing(IndicatorCode.of("PAPI"), UnitCode.of("62"), CalendarYear.of(2022), ObservationStatus.MISSING_VALUE);
    assertEquals(OptionalDouble.empty(), unscored.value());
    assertEquals("PAPI, unit 62, period 2022, value missing (O)", unscored.describe());
  }

  @Test
  void rejectsNaNAndInfinity() {
    IllegalArgumentException nan =
        assertThrows(
            IllegalArgumentException.class,
            () -> Observation.of(PCI_RANK, UnitCode.of("51"), CalendarYear.of(2020), Double.NaN));
    assertEquals(
        "PCI_RANK, unit 51, period 2020: value must be finite (a missing value has no value and a missing status),"
            + " was NaN",
        nan.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Observation.of(PCI_RANK, UnitCode.of("51"), CalendarYear.of(2020), Double.NEGATIVE_INFINITY));
  }

  @Test
  void valueAndMissingStatusExcludeEachOther() {
    IllegalArgumentException none =
        assertThrows(
            IllegalArgumentException.class,
            () -> Observation.builder().indicator(PCI_RANK).unit(UnitCode.of("51")).period(CalendarYear.of(2020)).build());
    assertEquals(
        "PCI_RANK, unit 51, period 2020: a value or a bound is required with status A (only M, O, L, Q and H mark a missing"
            + " value), was none",
        none.getMessage());
    IllegalArgumentException both =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Observation.builder()
                    .indicator(PCI_RANK)
                    .unit(UnitCode.of("51"))
                    .period(CalendarYear.of(2020))
                    .value(36)
                    .status(ObservationStatus.MISSING_SUPPRESSED)
                    .build());
    assertEquals(
        "PCI_RANK, unit 51, period 2020: missing-value status Q must come without a value, was 36", both.getMessage());
  }

  @Test
  void rejectsImpossibleUniverseUnitBreakdownAndBlankText() {
    IllegalArgumentException universe =
        assertThrows(
            IllegalArgumentException.class, () -> Observation.rank(PCI_RANK, UnitCode.of("51"), CalendarYear.of(2020), 1, 0));
    assertEquals("PCI_RANK, unit 51, period 2020: universe must be at least 1, was 0", universe.getMessage());
    assertThrows(IllegalArgumentException.class, () -> UnitCode.of(" 51"));
    assertThrows(IllegalArgumentException.class, () -> BreakdownKey.of("sector", "LAND"));
    IllegalArgumentException note =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Observation.builder()
                    .from(Observation.of(PCI_RANK, UnitCode.of("51"), CalendarYear.of(2020), 36))
                    .note(" ")
                    .build());
    assertEquals("PCI_RANK, unit 51, period 2020: note must not be blank when present, was ' '", note.getMessage());
  }

  @Test
  void negativeZeroIsNormalisedSoEqualNumbersGiveEqualObservations() {
    Observation minusZero = Observation.of(IndicatorCode.of("X"), UnitCode.of("51"), CalendarYear.of(2020), -0.0);
    Observation zero = Observation.of(IndicatorCode.of("X"), UnitCode.of("51"), CalendarYear.of(2020), 0.0);
    assertEquals(zero, minusZero);
    assertEquals(0, Double.compare(0.0, minusZero.value().getAsDouble()));
  }

  @Test
  void breakdownIsSortedAndWrittenAsInTheCsvContract() {
    Observation observation =
        Observation.builder()
            .from(Observation.of(IndicatorCode.of("X"), UnitCode.of("51"), CalendarYear.of(2024), 90))
            .breakdown(BreakdownKey.parse("SECTOR=LAND;LEVEL=COMMUNE"))
            .build();
    assertEquals("LEVEL=COMMUNE;SECTOR=LAND", observation.breakdown().toString());
    assertEquals("LEVEL", observation.breakdown().dimensions().get(0));
    assertSame(BreakdownKey.TOTAL, Observation.of(PCI_RANK, UnitCode.of("51"), CalendarYear.of(2020), 36).breakdown());
  }

  @Test
  void keyIgnoresValueStatusAndNotes() {
    Observation a = Observation.rank(PCI_RANK, UnitCode.of("51"), CalendarYear.of(2020), 36, 63);
    Observation b =
        Observation.builder().from(a).value(37).note("second source").status(ObservationStatus.PROVISIONAL_VALUE)
            .build();
    assertEquals(a.key(), b.key());
    assertEquals(Optional.of("second source"), b.note());
  }
}
