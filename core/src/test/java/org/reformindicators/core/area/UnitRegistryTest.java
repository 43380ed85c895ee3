package org.reformindicators.core.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitRegistryTest {

  private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
  private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

  private static AdministrativeUnit province(String code, String name) {
    return AdministrativeUnit.builder()
        .code(UnitCode.of(code))
        .nameVi(name)
        .level(AdministrativeLevel.PROVINCE)
        .validUntil(JUNE_30)
        .build();
  }

  private static AdministrativeUnit district(String code, String name, String parent) {
    return AdministrativeUnit.builder()
        .code(UnitCode.of(code))
        .nameVi(name)
        .level(AdministrativeLevel.DISTRICT)
        .parentCode(UnitCode.of(parent))
        .validUntil(JUNE_30)
        .build();
  }

  /** The acceptance test of issue 4, on the bundled data. */
  @Test
  void quangNgaiAndKonTumExistUntilJune30AndTheNewQuangNgaiSucceedsBoth() {
    // Resolution 202/2025/QH15 of 12 Jun 2025, Quảng Ngãi and Kon Tum merged into Quảng Ngãi
    UnitRegistry registry = VietnamUnits.registry();
    AdministrativeUnit quangNgai = registry.find(UnitCode.of("51"), JUNE_30).orElseThrow();
    AdministrativeUnit konTum = registry.find(UnitCode.of("62"), JUNE_30).orElseThrow();
    assertEquals("Quảng Ngãi", quangNgai.nameVi());
    assertEquals("Kon Tum", konTum.nameVi());

    AdministrativeUnit newQuangNgai = registry.find(UnitCode.of("51"), JULY_1).orElseThrow();
    assertEquals(Optional.of(JULY_1), newQuangNgai.validFrom());
    assertEquals(Optional.empty(), registry.find(UnitCode.of("62"), JULY_1));
    assertEquals(List.of(newQuangNgai), registry.successorsOf(quangNgai));
    assertEquals(List.of(newQuangNgai), registry.successorsOf(konTum));
    assertEquals(List.of(quangNgai, konTum), registry.predecessorsOf(newQuangNgai));
    assertEquals(List.of(newQuangNgai), registry.successorsExistingOn(konTum, LocalDate.of(2026, 1, 1)));
    assertEquals(List.of(quangNgai, konTum), registry.predecessorsExistingOn(newQuangNgai, JUNE_30));
  }

  @Test
  void existingOnListsWhatExistedOnADate() {
    UnitRegistry registry = VietnamUnits.registry();
    // provinces-2024.csv: 63 provinces valid until 2025-06-30
    assertEquals(63, registry.existingOn(JUNE_30).size());
    assertEquals(63, registry.existingOn(JUNE_30, AdministrativeLevel.PROVINCE).size());
    assertEquals(List.of(), registry.existingOn(JUNE_30, AdministrativeLevel.DISTRICT));
    // only the new Quảng Ngãi of the 34 provincial units is bundled
    assertEquals(List.of(UnitCode.of("51")), registry.existingOn(JULY_1).stream().map(AdministrativeUnit::code).toList());
  }

  @Test
  void existingOnAndFindAgreeWithABruteForceScan() {
    UnitRegistry registry = registryWithDistricts();
    LocalDate origin = LocalDate.of(2025, 6, 25);
    qt().forAll(integers().between(0, 12), integers().between(0, 3))
        .checkAssert(
            (offset, pick) -> {
              LocalDate date = origin.plusDays(offset);
              List<AdministrativeUnit> expected = registry.all().stream().filter(u -> u.existsOn(date)).toList();
              assertEquals(expected, registry.existingOn(date));
              String code = List.of("51", "62", "522", "999").get(pick);
              assertEquals(
                  expected.stream().filter(u -> u.code().value().equals(code)).findFirst(), registry.find(UnitCode.of(code), date));
            });
  }

  @Test
  void abolishedDistrictsHaveNoSuccessorAndLeaveNothingBehind() {
    UnitRegistry registry = registryWithDistricts();
    AdministrativeUnit sonTinh = registry.find(UnitCode.of("522"), JUNE_30).orElseThrow();
    assertEquals(List.of(), registry.successorsOf(sonTinh));
    assertEquals(List.of(), registry.successorsExistingOn(sonTinh, JULY_1));
    assertEquals(List.of(sonTinh), registry.successorsExistingOn(sonTinh, JUNE_30));
    assertEquals(Optional.of(UnitCode.of("51")), registry.parentOf(sonTinh, JUNE_30).map(AdministrativeUnit::code));
    AdministrativeUnit oldQuangNgai = registry.find(UnitCode.of("51"), JUNE_30).orElseThrow();
    assertEquals(List.of(sonTinh), registry.childrenOf(oldQuangNgai, JUNE_30));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> registry.parentOf(sonTinh, JULY_1));
    assertEquals("unit 522 Sơn Tịnh [..2025-06-30] does not exist on 2025-07-01", e.getMessage());
  }

  @Test
  void successorsAreFollowedTransitively() {
    AdministrativeUnit a =
        AdministrativeUnit.builder()
            .code(UnitCode.of("A"))
            .nameVi("A")
            .level(AdministrativeLevel.PROVINCE)
            .validUntil(LocalDate.of(2000, 12, 31))
            .addSuccessorCodes(UnitCode.of("B"))
            .build();
    AdministrativeUnit b =
        AdministrativeUnit.builder()
            .code(UnitCode.of("B"))
            .nameVi("B")
            .level(AdministrativeLevel.PROVINCE)
            .validFrom(LocalDate.of(2001, 1, 1))
            .validUntil(LocalDate.of(2010, 12, 31))
            .addSuccessorCodes(UnitCode.of("C"), UnitCode.of("D"))
            .build();
    AdministrativeUnit c =
        AdministrativeUnit.builder()
            .code(UnitCode.of("C"))
            .nameVi("C")
            .level(AdministrativeLevel.PROVINCE)
            .validFrom(LocalDate.of(2011, 1, 1))
            .build();
    AdministrativeUnit d =
        AdministrativeUnit.builder()
            .code(UnitCode.of("D"))
            .nameVi("D")
            .level(AdministrativeLevel.PROVINCE)
            .validFrom(LocalDate.of(2011, 1, 1))
            .validUntil(LocalDate.of(2015, 12, 31))
            .build();
    UnitRegistry registry = UnitRegistry.of(List.of(d, c, b, a));
    assertEquals(List.of(c), registry.successorsExistingOn(a, LocalDate.of(2020, 1, 1)));
    assertEquals(List.of(c, d), registry.successorsExistingOn(a, LocalDate.of(2012, 1, 1)));
    assertEquals(List.of(b), registry.successorsExistingOn(a, LocalDate.of(2005, 1, 1)));
    assertEquals(List.of(a), registry.predecessorsExistingOn(d, LocalDate.of(1999, 1, 1)));
    assertEquals(List.of(b), registry.predecessorsOf(c));
  }

  @Test
  void rejectsOverlappingValidityForOneCode() {
    AdministrativeUnit early = province("51", "Quảng Ngãi");
    AdministrativeUnit late =
        AdministrativeUnit.builder().code(UnitCode.of("51")).nameVi("Quảng Ngãi").level(AdministrativeLevel.PROVINCE)
            .validFrom(JUNE_30).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> UnitRegistry.of(List.of(late, early)));
    assertEquals(
        "inconsistent administrative units (1 problems): units with code 51 overlap: 51 Quảng Ngãi [..2025-06-30]"
            + " and 51 Quảng Ngãi [2025-06-30..]",
        e.getMessage());
  }

  @Test
  void rejectsDanglingLinksListingEveryProblem() {
    AdministrativeUnit konTum =
        AdministrativeUnit.builder().from(province("62", "Kon Tum")).addSuccessorCodes(UnitCode.of("51")).build();
    AdministrativeUnit orphan =
        AdministrativeUnit.builder()
            .code(UnitCode.of("77"))
            .nameVi("X")
            .level(AdministrativeLevel.PROVINCE)
            .validFrom(JULY_1)
            .addPredecessorCodes(UnitCode.of("99"))
            .build();
    AdministrativeUnit lostDistrict = district("999", "Y", "98");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> UnitRegistry.of(List.of(konTum, orphan, lostDistrict)));
    assertTrue(e.getMessage().startsWith("inconsistent administrative units (3 problems): "), e.getMessage());
    assertTrue(
        e.getMessage().contains("successor 51 of unit 62 Kon Tum [..2025-06-30] does not exist on 2025-07-01"),
        e.getMessage());
    assertTrue(
        e.getMessage().contains("predecessor 99 of unit 77 X [2025-07-01..] does not exist on 2025-06-30"),
        e.getMessage());
    assertTrue(e.getMessage().contains("parent 98 of unit 999 Y [..2025-06-30] is not in the registry"),
        e.getMessage());
  }

  @Test
  void rejectsAParentThatDoesNotCoverItsChild() {
    AdministrativeUnit longLivedDistrict =
        AdministrativeUnit.builder()
            .code(UnitCode.of("522"))
            .nameVi("Sơn Tịnh")
            .level(AdministrativeLevel.DISTRICT)
            .parentCode(UnitCode.of("51"))
            .build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> UnitRegistry.of(List.of(province("51", "Quảng Ngãi"), longLivedDistrict)));
    assertTrue(
        e.getMessage().contains("parent 51 of unit 522 Sơn Tịnh [..] does not exist on every day"), e.getMessage());
  }

  @Test
  void aParentSpanningTwoVersionsOfItsCodeCoversItsChild() {
    AdministrativeUnit agency =
        AdministrativeUnit.builder()
            .code(UnitCode.of("51_STTTT"))
            .nameVi("Sở Thông tin và Truyền thông")
            .level(AdministrativeLevel.AGENCY)
            .parentCode(UnitCode.of("51"))
            .validFrom(LocalDate.of(2024, 1, 1))
            .build();
    UnitRegistry registry =
        UnitRegistry.of(
            List.of(AdministrativeUnitTest.oldQuangNgai(), AdministrativeUnitTest.newQuangNgai(), agency,
                AdministrativeUnit.builder().from(province("62", "Kon Tum")).addSuccessorCodes(UnitCode.of("51")).build()));
    assertEquals(
        Optional.of(JULY_1), registry.parentOf(agency, JULY_1).flatMap(AdministrativeUnit::validFrom));
    assertEquals(Optional.of(JUNE_30), registry.parentOf(agency, JUNE_30).flatMap(AdministrativeUnit::validUntil));
  }

  @Test
  void rejectsAParentOfTheWrongLevel() {
    AdministrativeUnit commune =
        AdministrativeUnit.builder()
            .code(UnitCode.of("21000"))
            .nameVi("Z")
            .level(AdministrativeLevel.COMMUNE)
            .validUntil(JUNE_30)
            .build();
    AdministrativeUnit district =
        AdministrativeUnit.builder().from(district("522", "Sơn Tịnh", "21000")).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> UnitRegistry.of(List.of(commune, district)));
    assertTrue(e.getMessage().contains("of level COMMUNE cannot contain unit 522"), e.getMessage());
  }

  @Test
  void questionsAboutAForeignUnitAreRejected() {
    UnitRegistry registry = VietnamUnits.registry();
    AdministrativeUnit foreign = province("999", "Nowhere");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> registry.successorsOf(foreign));
    assertEquals("unit 999 Nowhere [..2025-06-30] is not in this registry", e.getMessage());
  }

  @Test
  void versionsAndRangesOfACode() {
    UnitRegistry registry = VietnamUnits.registry();
    assertEquals(2, registry.versionsOf(UnitCode.of("51")).size());
    assertTrue(registry.contains(UnitCode.of("62")));
    assertFalse(registry.contains(UnitCode.of("63")));
    assertEquals(2, registry.findDuring(UnitCode.of("51"), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).size());
    assertEquals(1, registry.findDuring(UnitCode.of("62"), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).size());
    assertEquals(List.of(), registry.findDuring(UnitCode.of("62"), JULY_1, LocalDate.of(2025, 12, 31)));
    assertEquals("UnitRegistry[64 units, 63 codes]", registry.toString());
  }

  @Test
  void equalRegistriesHoldTheSameUnitsWhateverTheInputOrder() {
    List<AdministrativeUnit> units = registryWithDistricts().all();
    List<AdministrativeUnit> reversed = new java.util.ArrayList<>(units);
    java.util.Collections.reverse(reversed);
    assertEquals(UnitRegistry.of(units), UnitRegistry.of(reversed));
    assertEquals(UnitRegistry.of(units).hashCode(), UnitRegistry.of(reversed).hashCode());
  }

  private static UnitRegistry registryWithDistricts() {
    return UnitRegistry.of(
        List.of(
            AdministrativeUnitTest.oldQuangNgai(),
            AdministrativeUnit.builder().from(province("62", "Kon Tum")).addSuccessorCodes(UnitCode.of("51")).build(),
            AdministrativeUnitTest.newQuangNgai(),
            district("522", "Sơn Tịnh", "51")));
  }
}
