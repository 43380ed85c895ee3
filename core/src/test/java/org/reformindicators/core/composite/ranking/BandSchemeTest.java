package org.reformindicators.core.composite.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BandSchemeTest {

  private static String band(String score) {
    return BandScheme.PAR_INDEX.labelOf(new BigDecimal(score));
  }

  @Test
  void parIndexGroups() {
    // Ministry of Home Affairs, PAR INDEX reports, groups: A ≥ 90, B 80–<90, C 70–<80, below C
    assertEquals("A", band("96.17")); // Hải Phòng 2024
    assertEquals("A", band("90.00"));
    assertEquals("B", band("89.99"));
    assertEquals("B", band("86.45")); // Quảng Ngãi 2021
    assertEquals("C", band("73.25")); // Quảng Ngãi 2020 (derived)
    assertEquals("below C", band("69.99"));
    assertEquals(
        List.of("A", "below C"),
        BandScheme.PAR_INDEX.labels(List.of(new BigDecimal("91"), new BigDecimal("12"))));
  }

  @Test
  void bandsMustDescendAndLabelsBeDistinct() {
    assertEquals(
        "bands[1].lowerInclusive must be less than 80, was 90",
        assertThrows(
                IllegalArgumentException.class,
                () -> new BandScheme(List.of(BandScheme.Band.of("B", "80"), BandScheme.Band.of("A", "90")), "x"))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new BandScheme(List.of(BandScheme.Band.of("A", "80")), "A"));
    assertThrows(IllegalArgumentException.class, () -> new BandScheme(List.of(), "x"));
    assertThrows(IllegalArgumentException.class, () -> BandScheme.Band.of(" ", "1"));
  }
}
