package org.reformindicators.core.composite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.composite.normalisation.MinMax;
import org.reformindicators.core.composite.scoring.ProportionalToThreshold;

class ComponentRangeTest {

  @Test
  void aLeafThatReadsItsPointsStraightFromTheDataRangesFromZeroToItsMaximum() {
    // PCI sub-indices are on 0–10 (VCCI, PCI 2016 handbook).
    ComponentRange range =
        ComponentRange.of(IndexNode.builder(ComponentCode.of("PCI_TRANSPARENCY")).maxPoints("10").build()).orElseThrow();
    assertEquals("0–10", range.toString());
    assertTrue(range.contains(BigDecimal.ZERO));
    assertTrue(range.contains(new BigDecimal("10.00")));
    assertFalse(range.contains(new BigDecimal("10.01")));
    assertFalse(range.contains(new BigDecimal("-0.01")));
  }

  @Test
  void aLeafThatTransformsItsValueOrHasNoMaximumHasNoRange() {
    assertEquals(Optional.empty(), ComponentRange.of(IndexNode.builder(ComponentCode.of("A")).build()));
    assertEquals(Optional.empty(),
        ComponentRange.of(IndexNode.builder(ComponentCode.of("A")).maxPoints("10").normalisation(new MinMax(0, 10)).build()));
    assertEquals(Optional.empty(),
        ComponentRange.of(IndexNode.builder(ComponentCode.of("A")).scoring(ProportionalToThreshold.of("80", "20")).build()));
    IndexNode parent = IndexNode.builder(ComponentCode.of("T")).aggregation(Aggregation.sum()).maxPoints("10")
        .child(IndexNode.builder(ComponentCode.of("A")).build()).build();
    assertEquals(Optional.empty(), ComponentRange.of(parent));
  }

  @Test
  void boundsMustBeOrdered() {
    assertEquals("lowest must not exceed highest, was 2 > 1",
        assertThrows(IllegalArgumentException.class,
            () -> new ComponentRange(new BigDecimal("2"), BigDecimal.ONE)).getMessage());
    assertThrows(NullPointerException.class, () -> new ComponentRange(null, BigDecimal.ONE));
  }
}
