package org.reformindicators.core.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BreakdownDimensionTest {

  @Test
  void levelHasTheThreeLevelsOfThePlanSorted() {
    // Decision 1256/QĐ-UBND, T7a–c and T9a–c: province, district and commune level
    assertEquals("LEVEL", BreakdownDimension.level().key());
    assertEquals(List.of("COMMUNE", "DISTRICT", "PROVINCE"), List.copyOf(BreakdownDimension.level().values()));
    assertTrue(BreakdownDimension.level().allows("COMMUNE"));
    assertFalse(BreakdownDimension.level().allows("VILLAGE"));
  }

  @Test
  void sectorHasTheSectorsOfT14() {
    // Decision 1256/QĐ-UBND, T14b (land, construction, investment) and T14d (health, education)
    assertEquals(
        List.of("CONSTRUCTION", "EDUCATION", "HEALTH", "INVESTMENT", "LAND"),
        List.copyOf(BreakdownDimension.sector().values()));
  }

  @Test
  void rejectsBadKeysAndValues() {
    IllegalArgumentException key =
        assertThrows(IllegalArgumentException.class, () -> BreakdownDimension.of("level", List.of("A")));
    assertTrue(key.getMessage().contains("was 'level'"), key.getMessage());
    IllegalArgumentException value =
        assertThrows(IllegalArgumentException.class, () -> BreakdownDimension.of("LEVEL", List.of("xã")));
    assertTrue(value.getMessage().startsWith("breakdown value of LEVEL"), value.getMessage());
    IllegalArgumentException empty =
        assertThrows(IllegalArgumentException.class, () -> BreakdownDimension.of("LEVEL", List.of()));
    assertEquals("breakdown dimension LEVEL must allow at least one value, was none", empty.getMessage());
  }

  @Test
  void valuesAreAnUnmodifiableCopy() {
    BreakdownDimension sector = BreakdownDimension.sector();
    assertThrows(UnsupportedOperationException.class, () -> sector.values().add("FOOD"));
    assertEquals(BreakdownDimension.sector(), sector);
  }

  @Test
  void anOpenDimensionAllowsEveryBreakdownValueAndListsNone() {
    BreakdownDimension agency = BreakdownDimension.open(BreakdownDimension.AGENCY);
    assertTrue(agency.open());
    assertEquals(List.of(), List.copyOf(agency.values()));
    assertTrue(agency.allows("000.00.12.H48"));
    assertTrue(agency.allows("1.001234.000.00.00.H48"));
    assertTrue(agency.allows("COMMUNE"));
    assertFalse(agency.allows("Sở Tư pháp"));
    assertFalse(agency.allows(".12"));
    assertEquals("any breakdown value (open)", agency.describeValues());
    assertEquals("[COMMUNE, DISTRICT, PROVINCE]", BreakdownDimension.level().describeValues());
    assertFalse(BreakdownDimension.level().open());
    IllegalArgumentException listed =
        assertThrows(IllegalArgumentException.class,
            () -> new BreakdownDimension("AGENCY", new java.util.TreeSet<>(List.of("X1")), true));
    assertEquals("open breakdown dimension AGENCY allows every value and must list none, was [X1]",
        listed.getMessage());
  }
}
