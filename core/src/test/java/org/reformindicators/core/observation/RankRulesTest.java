package org.reformindicators.core.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.AdministrativeLevel;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.area.UnitRegistry;
import org.reformindicators.core.area.VietnamUnits;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.CalendarMonth;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.Quarter;

class RankRulesTest {

  private static final IndicatorCode PCI_RANK = IndicatorCode.of("PCI_RANK");
  private static final RankRules VIETNAM = RankRules.vietnam();

  private static Observation rank(double value, Integer universe) {
    Observation.Builder builder =
        Observation.builder().indicator(PCI_RANK).unit(UnitCode.of("51")).period(CalendarYear.of(2020)).value(value);
    if (universe != null) {
      builder.universe(universe);
    }
    return builder.build();
  }

  private static List<String> violations(Observation observation) {
    return VIETNAM.violations(observation).stream().map(ObservationViolation::toString).toList();
  }

  @Test
  void aRankMustBeAWholeNumberFromOneToItsUniverseWithoutACatalogue() {
    // Issue 12: validate accepted PCI_RANK,51,2020,64,63, rank 0 and rank 2.5.
    assertEquals(List.of("VALUE: rank must be within 1..63 (universe), was 64"), violations(rank(64, 63)));
    assertEquals(List.of("VALUE: rank must be within 1..63 (universe), was 0"), violations(rank(0, 63)));
    assertEquals(List.of("VALUE: rank must be a whole number, was 2.5"), violations(rank(2.5, 63)));
    assertEquals(List.of("VALUE: rank must be at least 1 (1 = best), was 0"), violations(rank(0, null)));
    assertEquals(List.of("VALUE: rank must be a whole number, was 2.5"), violations(rank(2.5, null)));
    assertEquals(List.of(), violations(rank(36, 63)));
    assertEquals(List.of(), violations(rank(36, null)));
    assertEquals(List.of(), violations(rank(63, 63)));
  }

  @Test
  void anyObservationWithAUniverseClaimsToBeARank() {
    Observation share =
        Observation.builder()
            .indicator(IndicatorCode.of("DVC_SHARE"))
            .unit(UnitCode.of("51"))
            .period(CalendarYear.of(2024))
            .value(70.5)
            .universe(63)
            .build();
    assertTrue(RankRules.claimsRank(share));
    assertEquals(List.of("VALUE: rank must be a whole number, was 70.5"), violations(share));
    Observation plain = Observation.of(IndicatorCode.of("DVC_SHARE"), UnitCode.of("51"), CalendarYear.of(2024), 0.5);
    assertFalse(RankRules.claimsRank(plain));
    assertEquals(List.of(), violations(plain));
    Observation missing =
        Observation.missing(PCI_RANK, UnitCode.of("62"), CalendarYear.of(2022), ObservationStatus.MISSING_VALUE);
    assertEquals(List.of(), violations(missing));
  }

  @Test
  void aUniverseLargerThanTheProvincesOfThePeriodIsRejected() {
    // Issue 12: a rank with universe 999999999 was read as achieved.
    assertEquals(
        List.of("UNIVERSE: universe must be at most 63, the number of provinces in the unit registry during 2020,"
            + " was 999999999"),
        violations(rank(1, 999_999_999)));
    assertEquals(
        List.of("UNIVERSE: universe must be at most 63, the number of provinces in the unit registry during 2020,"
            + " was 64"),
        violations(rank(1, 64)));
  }

  @Test
  void theBundledRegistryCountsSixtyThreeProvincesThenThirtyFour() {
    // VietnamUnits: 63 provinces until 2025-06-30, 34 provincial-level units from 2025-07-01 (Res. 202/2025/QH15)
    assertEquals(OptionalInt.of(63), VIETNAM.largestUniverse(UnitCode.of("51"), CalendarYear.of(2020)));
    assertEquals(OptionalInt.of(63), VIETNAM.largestUniverse(UnitCode.of("62"), Quarter.of(2025, 2)));
    assertEquals(OptionalInt.of(63), VIETNAM.largestUniverse(UnitCode.of("51"), CalendarYear.of(2025)));
    assertEquals(OptionalInt.of(34), VIETNAM.largestUniverse(UnitCode.of("51"), Quarter.of(2025, 3)));
    assertEquals(OptionalInt.of(34), VIETNAM.largestUniverse(UnitCode.of("51"), CalendarMonth.of(2026, 1)));
    // Kon Tum (62) ended on 2025-06-30: the registry has no unit 62 in 2026, so nothing bounds its universe
    assertEquals(OptionalInt.empty(), VIETNAM.largestUniverse(UnitCode.of("62"), CalendarYear.of(2026)));
    Observation after =
        Observation.rank(PCI_RANK, UnitCode.of("51"), Quarter.of(2025, 4), 1, 35);
    assertEquals(
        List.of("UNIVERSE: universe must be at most 34, the number of provinces in the unit registry during"
            + " 2025-Q4, was 35"),
        violations(after));
    assertSame(VIETNAM, RankRules.of(VietnamUnits.registry()));
  }

  @Test
  void aUnitTheRegistryDoesNotKnowHasNoUpperBoundButItsRank() {
    Observation commune = Observation.rank(PCI_RANK, UnitCode.of("21025"), CalendarYear.of(2024), 12, 999_999_999);
    assertEquals(OptionalInt.empty(), VIETNAM.largestUniverse(UnitCode.of("21025"), CalendarYear.of(2024)));
    assertEquals(List.of(), violations(commune));
    Observation beyond = Observation.rank(PCI_RANK, UnitCode.of("21025"), CalendarYear.of(2024), 13, 12);
    assertEquals(List.of("VALUE: rank must be within 1..12 (universe), was 13"), violations(beyond));
  }

  @Test
  void anotherRegistryIsCountedAsItIs() {
    UnitRegistry two =
        UnitRegistry.of(
            List.of(
                AdministrativeUnit.builder().code(UnitCode.of("A1")).nameVi("Xã A").level(AdministrativeLevel.COMMUNE).build(),
                AdministrativeUnit.builder().code(UnitCode.of("A2")).nameVi("Xã B").level(AdministrativeLevel.COMMUNE).build()));
    RankRules rules = RankRules.of(two);
    assertEquals(OptionalInt.of(2), rules.largestUniverse(UnitCode.of("A1"), CalendarYear.of(2024)));
    Observation three = Observation.rank(PCI_RANK, UnitCode.of("A1"), CalendarYear.of(2024), 1, 3);
    assertEquals(
        List.of("UNIVERSE: universe must be at most 2, the number of communes in the unit registry during 2024,"
            + " was 3"),
        rules.violations(three).stream().map(ObservationViolation::toString).toList());
    assertEquals(List.of(), RankRules.withoutRegistry().violations(three));
  }
}
