package org.reformindicators.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reformindicators.core.target.ClauseId;

class TargetMarkerTest {

  @Test
  void aBandWithEqualEndsIsALine() {
    assertTrue(new TargetMarker(ClauseId.parse("T5"), 80, 80, 2021, 2026, "2025").isLine());
    assertFalse(new TargetMarker(ClauseId.parse("T1b"), 25, 30, 2021, 2026, "2025").isLine());
  }

  @Test
  void rejectsInvertedBandsAndDeadlinesBeforeTheStart() {
    assertEquals(
        "target band of T1b must have finite low <= high, was 30.0..25.0",
        assertThrows(IllegalArgumentException.class,
            () -> new TargetMarker(ClauseId.parse("T1b"), 30, 25, 2021, 2026, "2025")).getMessage());
    assertEquals(
        "target of T1b must start no later than its deadline, was 2026.0..2021.0",
        assertThrows(IllegalArgumentException.class,
            () -> new TargetMarker(ClauseId.parse("T1b"), 25, 30, 2026, 2021, "2025")).getMessage());
  }
}
