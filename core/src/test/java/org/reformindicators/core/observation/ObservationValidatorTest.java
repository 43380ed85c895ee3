package org.reformindicators.core.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.area.VietnamUnits;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.Indicator;
import org.reformindicators.core.indicator.IndicatorCatalogue;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.indicator.PublishedIndicators;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.HalfYear;
import org.reformindicators.core.period.PeriodKind;
import org.reformindicators.core.period.Quarter;

class ObservationValidatorTest {

  private static final ObservationValidator VALIDATOR =
      ObservationValidator.of(PublishedIndicators.catalogue(), VietnamUnits.registry());

  @Test
  void acceptsEveryPublishedResultOfQuangNgai() {
    for (Observation observation : PublishedObservations.quangNgai()) {
      assertEquals(List.of(), VALIDATOR.problems(observation), observation.describe());
      assertSame(observation, VALIDATOR.validate(observation));
    }
  }

  @Test
  void aRankOutsideItsUniverseNamesIndicatorUnitPeriodAndValue() {
    Observation rank = Observation.rank(PublishedObservations.PCI_RANK, UnitCode.of("51"), CalendarYear.of(2020), 64, 63);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VALIDATOR.validate(rank));
    assertEquals(
        "PCI_RANK, unit 51, period 2020, value 64 of 63: rank must be within 1..63 (universe), was 64",
        e.getMessage());
  }

  @Test
  void aRankAfterTheReorganisationIsCheckedAgainstItsOwnUniverse() {
    // Resolution 202/2025/QH15 of 12 Jun 2025: 34 provincial-level units from 2025-07-01; rank 35 of 34 is impossible
    Observation rank = Observation.rank(PublishedObservations.PCI_RANK, UnitCode.of("51"), CalendarYear.of(2025), 35, 34);
    assertEquals(List.of("rank must be within 1..34 (universe), was 35"), VALIDATOR.problems(rank));
    assertEquals(
        List.of(),
        VALIDATOR.problems(Observation.rank(PublishedObservations.PCI_RANK, UnitCode.of("51"), CalendarYear.of(2025), 20, 34)));
  }

  @Test
  void valuesOutsideBoundsAreNeverClamped() {
    Observation percentage = Observation.of(PublishedObservations.PAR_INDEX, UnitCode.of("51"), CalendarYear.of(2021), 140);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VALIDATOR.validate(percentage));
    assertEquals(
        "PAR_INDEX, unit 51, period 2021, value 140: percentage must be within 0..100, was 140", e.getMessage());
    Observation papi = Observation.of(PublishedObservations.PAPI, UnitCode.of("51"), CalendarYear.of(2021), 7.5);
    assertEquals(List.of("score must be within 8..80, was 7.5"), VALIDATOR.problems(papi));
  }

  @Test
  void universeBelongsToRanksOnly() {
    Observation withUniverse =
        Observation.builder()
            .from(Observation.of(PublishedObservations.PCI, UnitCode.of("51"), CalendarYear.of(2020), 63.2))
            .universe(63)
            .build();
    assertEquals(List.of("universe is only for ranks, PCI is score 0..100, was 63"), VALIDATOR.problems(withUniverse));
    Observation withoutUniverse =
        Observation.of(PublishedObservations.PCI_RANK, UnitCode.of("51"), CalendarYear.of(2020), 36);
    assertEquals(
        List.of("rank needs a universe (the number of units ranked), was 36 of none"),
        VALIDATOR.problems(withoutUniverse));
    Observation missingRank =
        Observation.missing(
            PublishedObservations.PAPI_RANK, UnitCode.of("62"), CalendarYear.of(2022), ObservationStatus.MISSING_VALUE);
    assertEquals(
        List.of("a rank needs a universe (the number of units ranked), even when its value is missing"),
        VALIDATOR.problems(missingRank));
  }

  @Test
  void aPeriodKindTheIndicatorDoesNotAllowIsRejected() {
    Indicator annual =
        Indicator.builder().from(PublishedIndicators.PCI).addAllowedPeriodKinds(PeriodKind.YEAR).build();
    ObservationValidator validator = ObservationValidator.of(IndicatorCatalogue.of(annual));
    Observation quarterly = Observation.of(PublishedObservations.PCI, UnitCode.of("51"), Quarter.of(2020, 3), 63.2);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> validator.validate(quarterly));
    assertEquals(
        "PCI, unit 51, period 2020-Q3, value 63.2: period kind of PCI must be one of [YEAR], was QUARTER (2020-Q3)",
        e.getMessage());
    assertEquals(Optional.empty(), validator.registry());
    assertEquals(
        List.of(), validator.problems(Observation.of(PublishedObservations.PCI, UnitCode.of("999"), CalendarYear.of(2020), 63.2)));
  }

  @Test
  void breakdownsMustBeDeclaredDimensionsAndValues() {
    IndicatorCode satisfaction = PublishedIndicators.TTHC_SATISFACTION.code();
    Observation land =
        Observation.builder()
            .from(Observation.of(satisfaction, UnitCode.of("51"), CalendarYear.of(2024), 86.5))
            .breakdown(BreakdownKey.of("SECTOR", "LAND"))
            .build();
    assertEquals(List.of(), VALIDATOR.problems(land));
    Observation food = Observation.builder().from(land).breakdown(BreakdownKey.of("SECTOR", "FOOD")).build();
    assertEquals(
        List.of(
            "breakdown value of SECTOR must be one of [CONSTRUCTION, EDUCATION, HEALTH, INVESTMENT, LAND],"
                + " was FOOD"),
        VALIDATOR.problems(food));
    Observation level = Observation.builder().from(land).breakdown(BreakdownKey.of("LEVEL", "COMMUNE")).build();
    assertEquals(
        List.of("breakdown key of TTHC_SATISFACTION must be one of [SECTOR], was LEVEL"), VALIDATOR.problems(level));
  }

  @Test
  void anOpenDimensionAcceptsTheAgencyCodesOfADrillDown() {
    // reform derive --by agency writes AGENCY=000.00.12.H48: agency codes are an open set
    org.reformindicators.core.indicator.Indicator satisfaction =
        org.reformindicators.core.indicator.Indicator.builder()
            .from(PublishedIndicators.TTHC_SATISFACTION)
            .addBreakdowns(org.reformindicators.core.indicator.BreakdownDimension.open("AGENCY"))
            .build();
    ObservationValidator validator = ObservationValidator.of(IndicatorCatalogue.of(List.of(satisfaction)));
    Observation agency =
        Observation.builder()
            .from(Observation.of(satisfaction.code(), UnitCode.of("51"), CalendarYear.of(2024), 86.5))
            .breakdown(BreakdownKey.parse("AGENCY=000.00.12.H48"))
            .build();
    assertEquals(List.of(), validator.problems(agency));
    Observation both =
        Observation.builder().from(agency).breakdown(BreakdownKey.parse("AGENCY=000.00.12.H48;SECTOR=LAND")).build();
    assertEquals(List.of(), validator.problems(both));
    Observation procedure =
        Observation.builder().from(agency).breakdown(BreakdownKey.parse("PROCEDURE=1.004227")).build();
    assertEquals(
        List.of("breakdown key of TTHC_SATISFACTION must be one of [SECTOR, AGENCY], was PROCEDURE"),
        validator.problems(procedure));
  }

  @Test
  void unknownIndicatorsAndUnitsAreReportedTogether() {
    Observation unknown = Observation.of(IndicatorCode.of("DTI"), UnitCode.of("63"), CalendarYear.of(2022), 500);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VALIDATOR.validate(unknown));
    assertEquals(
        "DTI, unit 63, period 2022, value 500: indicator DTI is not in the catalogue; "
            + "unit code 63 is not in the unit registry",
        e.getMessage());
  }

  @Test
  void aUnitMustExistDuringThePeriod() {
    // Kon Tum (62) ended on 2025-06-30: it has an H1 2025 and a 2025 figure, not an H2 2025 one
    Observation h2 = Observation.of(PublishedObservations.PAR_INDEX, UnitCode.of("62"), HalfYear.of(2025, 2), 85);
    assertEquals(
        List.of(
            "unit 62 does not exist during period 2025-S2 (2025-07-01..2025-12-31); it existed [..2025-06-30]"),
        VALIDATOR.problems(h2));
    assertEquals(
        List.of(),
        VALIDATOR.problems(Observation.of(PublishedObservations.PAR_INDEX, UnitCode.of("62"), HalfYear.of(2025, 1), 85)));
    assertEquals(
        List.of(),
        VALIDATOR.problems(Observation.of(PublishedObservations.PAR_INDEX, UnitCode.of("62"), CalendarYear.of(2025), 85)));
    // the new Quảng Ngãi (51 from 2025-07-01) covers H2 2025
    assertEquals(
        List.of(),
        VALIDATOR.problems(Observation.of(PublishedObservations.PAR_INDEX, UnitCode.of("51"), HalfYear.of(2025, 2), 85)));
  }

  @Test
  void violationsNameTheFieldTheyConcern() {
    Observation rank = Observation.rank(PublishedObservations.PCI_RANK, UnitCode.of("51"), CalendarYear.of(2020), 64, 63);
    assertEquals(
        List.of(new ObservationViolation(ObservationField.VALUE, "rank must be within 1..63 (universe), was 64")),
        VALIDATOR.violations(rank));
    Observation unknown = Observation.of(IndicatorCode.of("DTI"), UnitCode.of("63"), CalendarYear.of(2022), 500);
    assertEquals(
        List.of(ObservationField.INDICATOR, ObservationField.UNIT),
        VALIDATOR.violations(unknown).stream().map(ObservationViolation::field).toList());
  }

  @Test
  void aUniverseLargerThanTheUnitsOfThePeriodIsRejectedWithARegistry() {
    // Issue 12: a rank with universe 999999999 was read as achieved.
    Observation rank =
        Observation.rank(PublishedObservations.PCI_RANK, UnitCode.of("51"), CalendarYear.of(2020), 36, 999_999_999);
    assertEquals(
        List.of(
            "universe must be at most 63, the number of provinces in the unit registry during 2020, was 999999999"),
        VALIDATOR.problems(rank));
    assertEquals(List.of(), ObservationValidator.of(PublishedIndicators.catalogue()).problems(rank));
  }

  @Test
  void unknownIndicatorsMayBeLetThroughButTheirRankClaimsAreChecked() {
    ObservationValidator lenient = ObservationValidator.of(PublishedIndicators.catalogue()).ignoringUnknownIndicators();
    assertEquals(true, lenient.ignoresUnknownIndicators());
    assertEquals(false, VALIDATOR.ignoresUnknownIndicators());
    assertEquals(List.of(), lenient.problems(Observation.of(IndicatorCode.of("DTI"), UnitCode.of("63"), CalendarYear.of(2022), 500)));
    Observation dtiRank = Observation.rank(IndicatorCode.of("DTI_RANK"), UnitCode.of("63"), CalendarYear.of(2022), 64, 63);
    assertEquals(List.of("rank must be within 1..63 (universe), was 64"), lenient.problems(dtiRank));
    Observation percentage = Observation.of(PublishedObservations.PAR_INDEX, UnitCode.of("51"), CalendarYear.of(2021), 140);
    assertEquals(List.of("percentage must be within 0..100, was 140"), lenient.problems(percentage));
  }
}
