package org.reformindicators.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class RankUniverseRuleTest {

  private static final RankUniverseRule RELATIVE = RankUniverseRule.RELATIVE_POSITION;

  @Test
  void relativePositionByHand() {
    // 20 of 34: position 19/33; 1 + 19·62/33 = 1 + 1178/33 = 36.6969…
    assertEquals(1 + 1178.0 / 33, RELATIVE.toUniverse(20, 34, 63), 1e-12);
    // 59 of 61 (two provinces unscored): 1 + 58·62/60 = 60.9333…
    assertEquals(1 + 58.0 * 62 / 60, RELATIVE.toUniverse(59, 61, 63), 1e-12);
    assertEquals(1, RELATIVE.toUniverse(1, 34, 63));
    assertEquals(63, RELATIVE.toUniverse(34, 34, 63), 1e-12);
    assertEquals(36, RELATIVE.toUniverse(36, 63, 63));
    assertEquals(1, RELATIVE.toUniverse(1, 1, 63));
  }

  @Test
  void sameUniverseOnlyRefusesOtherUniverses() {
    assertEquals(30, RankUniverseRule.SAME_UNIVERSE_ONLY.toUniverse(30, 63, 63));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RankUniverseRule.SAME_UNIVERSE_ONLY.toUniverse(20, 34, 63));
    assertEquals("rank 20 of 34 cannot be compared with a target of 63 under SAME_UNIVERSE_ONLY", e.getMessage());
  }

  @Test
  void rejectsRanksOutsideTheirUniverse() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RELATIVE.toUniverse(64, 63, 63));
    assertEquals("rank must be within 1..63 (universe), was 64", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RELATIVE.toUniverse(0, 63, 63));
    assertThrows(IllegalArgumentException.class, () -> RELATIVE.toUniverse(1, 0, 63));
  }

  @Test
  void preservesOrderAndEnds() {
    qt().forAll(integers().between(2, 100), integers().between(1, 100), integers().between(1, 100))
        .checkAssert(
            (universe, a, b) -> {
              int r1 = Math.min(a, universe);
              int r2 = Math.min(b, universe);
              double c1 = RELATIVE.toUniverse(r1, universe, 63);
              double c2 = RELATIVE.toUniverse(r2, universe, 63);
              if (r1 < r2) {
                assertTrue(c1 < c2);
              }
              assertTrue(c1 >= 1 && c1 <= 63 + 1e-9);
              assertEquals(1, RELATIVE.toUniverse(1, universe, 63));
              assertEquals(63, RELATIVE.toUniverse(universe, universe, 63), 1e-9);
            });
  }
}
