package org.reformindicators.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class RankBandTest {

  private static final RankBand T1B = RankBand.of(25, 30, 63);

  @Test
  void metAtTheWeakerEndExceededBeyondTheBetterOne() {
    assertTrue(T1B.isMet(30));
    assertFalse(T1B.isExceeded(30));
    assertFalse(T1B.isMet(31));
    assertTrue(T1B.isMet(25));
    assertFalse(T1B.isExceeded(25));
    assertTrue(T1B.isExceeded(24));
    // rank 10 exceeds "25–30 of 63" and is never a failure (Decision 1256/QĐ-UBND, Ambiguities)
    assertTrue(T1B.isMet(10));
    assertTrue(T1B.isExceeded(10));
    assertEquals("rank 25–30 of 63", T1B.toString());
    assertEquals("rank-band", T1B.kindName());
    assertEquals(0, T1B.levels().length);
  }

  @Test
  void aRankOfAnotherUniverseIsConvertedFirst() {
    // 20 of 34 in 2025 ≈ 36.70 of 63 by relative position: misses 25–30
    double equivalent = T1B.equivalentRank(20, 34, RankUniverseRule.RELATIVE_POSITION);
    assertEquals(36.697, equivalent, 1e-3);
    assertFalse(T1B.isMet(equivalent));
    // 14 of 34: 1 + 13·62/33 = 25.42… meets, does not exceed
    double fourteen = T1B.equivalentRank(14, 34, RankUniverseRule.RELATIVE_POSITION);
    assertTrue(T1B.isMet(fourteen));
    assertFalse(T1B.isExceeded(fourteen));
  }

  @Test
  void rejectsBandsOutsideTheirUniverse() {
    assertEquals(
        "rank band worst must be within 1..63 (universe), was 64",
        assertThrows(IllegalArgumentException.class, () -> RankBand.of(25, 64, 63)).getMessage());
    assertEquals(
        "rank band best must be within 1..63 (universe), was 0",
        assertThrows(IllegalArgumentException.class, () -> RankBand.of(0, 30, 63)).getMessage());
    assertEquals(
        "rank band best must not be a larger number than worst (1 = best), was best 30 > worst 25",
        assertThrows(IllegalArgumentException.class, () -> RankBand.of(30, 25, 63)).getMessage());
    assertEquals(
        "rank band universe must be at least 1, was 0",
        assertThrows(IllegalArgumentException.class, () -> RankBand.of(1, 1, 0)).getMessage());
    assertEquals(
        "rank must be within 1..63 (universe), was 64.0",
        assertThrows(IllegalArgumentException.class, () -> T1B.isMet(64)).getMessage());
  }

  @Test
  void metSetIsOneToWorstAndExceededSetIsOneToBestExclusive() {
    qt().forAll(
            integers().between(1, 100),
            integers().between(0, 999),
            integers().between(0, 999),
            integers().between(0, 999))
        .checkAssert(
            (universe, x, y, z) -> {
              int a = 1 + x % universe;
              int b = 1 + y % universe;
              int rank = 1 + z % universe;
              RankBand band = RankBand.of(Math.min(a, b), Math.max(a, b), universe);
              assertEquals(rank <= band.worst(), band.isMet(rank));
              assertEquals(rank < band.best(), band.isExceeded(rank));
              if (band.isExceeded(rank)) {
                assertTrue(band.isMet(rank));
              }
              if (band.isMet(rank) && rank > 1) {
                assertTrue(band.isMet(rank - 1), "a better rank must also meet");
              }
            });
  }
}
