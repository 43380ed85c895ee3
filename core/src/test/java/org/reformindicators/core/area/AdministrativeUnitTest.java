package org.reformindicators.core.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdministrativeUnitTest {

  private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);
  private static final LocalDate FIRST_DAY = LocalDate.of(2025, 7, 1);

  static AdministrativeUnit oldQuangNgai() {
    return AdministrativeUnit.builder()
        .code(UnitCode.of("51"))
        .nameVi("Quảng Ngãi")
        .level(AdministrativeLevel.PROVINCE)
        .category("province")
        .validUntil(LAST_DAY)
        .addSuccessorCodes(UnitCode.of("51"))
        .build();
  }

  static AdministrativeUnit newQuangNgai() {
    return AdministrativeUnit.builder()
        .code(UnitCode.of("51"))
        .nameVi("Quảng Ngãi")
        .level(AdministrativeLevel.PROVINCE)
        .validFrom(FIRST_DAY)
        .addPredecessorCodes(UnitCode.of("62"), UnitCode.of("51"))
        .build();
  }

  @Test
  void identityIsTheCodeTogetherWithTheValidity() {
    // docs/formats/unit-registry.md: a successor may keep the code
    assertNotEquals(oldQuangNgai(), newQuangNgai());
    assertEquals("51 Quảng Ngãi [..2025-06-30]", oldQuangNgai().label());
    assertEquals("51 Quảng Ngãi [2025-07-01..]", newQuangNgai().label());
    assertEquals(List.of(UnitCode.of("51"), UnitCode.of("62")), List.copyOf(newQuangNgai().predecessorCodes()));
  }

  @Test
  void existsOnItsInclusiveInterval() {
    assertTrue(oldQuangNgai().existsOn(LAST_DAY));
    assertFalse(oldQuangNgai().existsOn(FIRST_DAY));
    assertTrue(oldQuangNgai().existsOn(LocalDate.of(1990, 1, 1)));
    assertTrue(newQuangNgai().existsOn(FIRST_DAY));
    assertFalse(newQuangNgai().existsOn(LAST_DAY));
  }

  @Test
  void existsDuringAgreesWithExistsOnSomeDay() {
    AdministrativeUnit bounded =
        AdministrativeUnit.builder()
            .code(UnitCode.of("001"))
            .nameVi("Ba Đình")
            .level(AdministrativeLevel.DISTRICT)
            .validFrom(LocalDate.of(2020, 1, 10))
            .validUntil(LocalDate.of(2020, 1, 20))
            .build();
    LocalDate origin = LocalDate.of(2020, 1, 1);
    qt().forAll(integers().between(0, 30), integers().between(0, 10))
        .checkAssert(
            (offset, length) -> {
              LocalDate start = origin.plusDays(offset);
              LocalDate end = start.plusDays(length);
              boolean anyDay = start.datesUntil(end.plusDays(1)).anyMatch(bounded::existsOn);
              assertEquals(anyDay, bounded.existsDuring(start, end));
            });
  }

  @Test
  void rejectsReversedIntervals() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AdministrativeUnit.builder()
                    .from(newQuangNgai())
                    .validUntil(LocalDate.of(2025, 6, 1))
                    .build());
    assertEquals("validUntil of unit 51 must not be before validFrom, was 2025-07-01..2025-06-01", e.getMessage());
  }

  @Test
  void rejectsSuccessorsOfAUnitThatHasNotEnded() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> AdministrativeUnit.builder().from(newQuangNgai()).addSuccessorCodes(UnitCode.of("99")).build());
    assertEquals("unit 51 with successors [99] must have a validUntil, was open", e.getMessage());
  }

  @Test
  void rejectsPredecessorsOfAUnitWithoutStart() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> AdministrativeUnit.builder().from(oldQuangNgai()).addPredecessorCodes(UnitCode.of("50")).build());
    assertEquals("unit 51 with predecessors [50] must have a validFrom, was open", e.getMessage());
  }

  @Test
  void rejectsBadCodesAndBlankNames() {
    IllegalArgumentException code = assertThrows(IllegalArgumentException.class, () -> UnitCode.of("5 1"));
    assertTrue(code.getMessage().endsWith("was '5 1'"), code.getMessage());
    IllegalArgumentException name =
        assertThrows(
            IllegalArgumentException.class,
            () -> AdministrativeUnit.builder().from(oldQuangNgai()).nameVi("").build());
    assertEquals("nameVi of unit 51 must not be blank, was ''", name.getMessage());
  }

  @Test
  void aNationalUnitHasNoParent() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AdministrativeUnit.builder()
                    .code(UnitCode.of("VN"))
                    .nameVi("Việt Nam")
                    .level(AdministrativeLevel.NATIONAL)
                    .parentCode(UnitCode.of("X"))
                    .build());
    assertEquals("a NATIONAL unit has no parent, unit VN had parentCode X", e.getMessage());
  }

  @Test
  void codeSyntaxKeepsLeadingZeros() {
    assertTrue(AdministrativeUnit.isValidCode("01"));
    assertTrue(AdministrativeUnit.isValidCode("51_SO-TTTT.1"));
    assertFalse(AdministrativeUnit.isValidCode("-51"));
    assertFalse(AdministrativeUnit.isValidCode(""));
  }
}
