package org.reformindicators.core.target;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BreakdownTest {

  private static final Breakdown T14B =
      Breakdown.uniform("SECTOR", Threshold.atLeast(85), "LAND", "CONSTRUCTION", "INVESTMENT");

  @Test
  void sameThresholdForEachSector() {
    assertEquals(List.of("LAND", "CONSTRUCTION", "INVESTMENT"), T14B.values());
    assertTrue(T14B.isMet("LAND", 85));
    assertFalse(T14B.isMet("INVESTMENT", 84.9));
    assertTrue(T14B.isExceeded("CONSTRUCTION", 90));
    assertEquals("SECTOR: LAND ≥ 85, CONSTRUCTION ≥ 85, INVESTMENT ≥ 85", T14B.toString());
    assertArrayEquals(new double[] {85, 85, 85}, T14B.levels());
  }

  @Test
  void aThresholdPerLevelAsT9() {
    Map<String, Threshold> byLevel = new LinkedHashMap<>();
    byLevel.put("PROVINCE", Threshold.atLeast(90));
    byLevel.put("DISTRICT", Threshold.atLeast(80));
    byLevel.put("COMMUNE", Threshold.atLeast(60));
    Breakdown t9 = Breakdown.of("LEVEL", byLevel);
    assertTrue(t9.isMet("COMMUNE", 61));
    assertFalse(t9.isMet("PROVINCE", 85));
    assertTrue(t9.isMet("DISTRICT", 80));
    assertEquals(List.of("PROVINCE", "DISTRICT", "COMMUNE"), t9.values());
    byLevel.put("AGENCY", Threshold.atLeast(1));
    assertEquals(3, t9.thresholds().size(), "a defensive copy");
  }

  @Test
  void rejectsUnknownAndMalformedValues() {
    assertEquals(
        "breakdown SECTOR has no threshold for HEALTH; its values are [LAND, CONSTRUCTION, INVESTMENT]",
        assertThrows(IllegalArgumentException.class, () -> T14B.thresholdFor("HEALTH")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Breakdown.of("SECTOR", Map.of()));
    assertThrows(IllegalArgumentException.class, () -> Breakdown.uniform("SECTOR", Threshold.atLeast(1), "land"));
    assertEquals(
        "breakdown values of SECTOR must be distinct, was LAND twice",
        assertThrows(
                IllegalArgumentException.class,
                () -> Breakdown.uniform("SECTOR", Threshold.atLeast(1), "LAND", "LAND"))
            .getMessage());
  }

  @Test
  void eachValueIsJudgedByItsOwnThresholdInTheGivenOrder() {
    List<String> levels = List.of("PROVINCE", "DISTRICT", "COMMUNE");
    qt().forAll(
            doubles().between(0, 100), doubles().between(0, 100), integers().between(0, 2), doubles().between(0, 100))
        .checkAssert(
            (first, second, index, observed) -> {
              Map<String, Threshold> map = new LinkedHashMap<>();
              map.put(levels.get(0), Threshold.atLeast(first));
              map.put(levels.get(1), Threshold.atLeast(second));
              map.put(levels.get(2), Threshold.atMost(first));
              Breakdown breakdown = Breakdown.of("LEVEL", map);
              String level = levels.get(index);
              assertEquals(levels, breakdown.values());
              assertEquals(map.get(level).isMet(observed), breakdown.isMet(level, observed));
              if (breakdown.isExceeded(level, observed)) {
                assertTrue(breakdown.isMet(level, observed));
              }
            });
  }
}
