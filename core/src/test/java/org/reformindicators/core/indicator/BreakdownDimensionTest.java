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
    // plan-1256.md, T7a–c and T9a–c: province, district and commune level
    assertEquals("LEVEL", BreakdownDimension.level().key());
    assertEquals(List.of("COMMUNE", "DISTRICT", "PROVINCE"), List.copyOf(BreakdownDimension.level().values()));
    assertTrue(BreakdownDimension.level().allows("COMMUNE"));
    assertFalse(BreakdownDimension.level().allows("VILLAGE"));
  }

  @Test
  void sectorHasTheSectorsOfT14() {
    // plan-1256.md, T14b (land, construction, investment) and T14d (health, education)
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
}
