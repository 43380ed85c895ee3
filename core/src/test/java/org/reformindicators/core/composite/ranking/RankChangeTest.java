package org.reformindicators.core.composite.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RankChangeTest {

  @Test
  void placesGainedAsReported() {
    // Sở TT&TT Quảng Ngãi, "Chỉ số cải cách hành chính của tỉnh Quảng Ngãi tăng 24 bậc", 25 May 2022: PAR INDEX Quảng Ngãi 63/63 (2020) → 39/63 (2021), "up 24"
    RankChange change = new RankChange(63, 63, 39, 63);
    assertEquals(24, change.places());
    assertTrue(change.sameUniverse());
    // positions (63 − r) / 62: 0 → 24/62
    assertEquals(24.0 / 62, change.relativePositionChange(), 1e-15);
  }

  @Test
  void acrossUniversesTheRelativePositionIsTheRule() {
    // 10/63 before the 2025 merger, 10/34 after: same place, lower relative position
    RankChange change = new RankChange(10, 63, 10, 34);
    assertFalse(change.sameUniverse());
    assertEquals(0, change.places());
    assertEquals(24.0 / 33 - 53.0 / 62, change.relativePositionChange(), 1e-15);
    assertEquals(0.0, new RankChange(1, 1, 1, 1).relativePositionChange(), 0.0);
  }

  @Test
  void ranksMustLieInTheirUniverse() {
    assertEquals(
        "currentRank must be within 1..63 (universe), was 64",
        assertThrows(IllegalArgumentException.class, () -> new RankChange(1, 63, 64, 63)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new RankChange(0, 63, 1, 63));
    assertThrows(IllegalArgumentException.class, () -> new RankChange(1, 0, 1, 63));
  }
}
