package org.reformindicators.core.area;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdministrativeLevelTest {

  @Test
  void territorialLevelsContainOnlyTheLevelsBelowThem() {
    assertTrue(AdministrativeLevel.NATIONAL.mayContain(AdministrativeLevel.PROVINCE));
    assertTrue(AdministrativeLevel.PROVINCE.mayContain(AdministrativeLevel.DISTRICT));
    // two-tier government from 2025-07-01: communes directly under provinces
    assertTrue(AdministrativeLevel.PROVINCE.mayContain(AdministrativeLevel.COMMUNE));
    assertFalse(AdministrativeLevel.COMMUNE.mayContain(AdministrativeLevel.DISTRICT));
    assertFalse(AdministrativeLevel.PROVINCE.mayContain(AdministrativeLevel.PROVINCE));
    assertFalse(AdministrativeLevel.DISTRICT.mayContain(AdministrativeLevel.NATIONAL));
  }

  @Test
  void agenciesAttachToAnyLevelButContainNoTerritory() {
    assertTrue(AdministrativeLevel.PROVINCE.mayContain(AdministrativeLevel.AGENCY));
    assertTrue(AdministrativeLevel.COMMUNE.mayContain(AdministrativeLevel.AGENCY));
    assertTrue(AdministrativeLevel.AGENCY.mayContain(AdministrativeLevel.AGENCY));
    assertFalse(AdministrativeLevel.AGENCY.mayContain(AdministrativeLevel.COMMUNE));
    assertFalse(AdministrativeLevel.AGENCY.isTerritorial());
    assertTrue(AdministrativeLevel.DISTRICT.isTerritorial());
  }
}
