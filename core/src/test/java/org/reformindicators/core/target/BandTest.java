package org.reformindicators.core.target;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

class BandTest {

  @Test
  void bothEndsBind() {
    Band band = Band.of(40, 60);
    assertTrue(band.isMet(40));
    assertTrue(band.isMet(60));
    assertFalse(band.isMet(39.9));
    assertFalse(band.isMet(60.1));
    assertFalse(band.isExceeded(50));
    assertEquals("[40, 60]", band.toString());
    assertArrayEquals(new double[] {40, 60}, band.levels());
  }

  @Test
  void rejectsMinAboveMax() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Band.of(60, 40));
    assertEquals("band min must not exceed max, was min 60 > max 40", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Band.of(Double.NEGATIVE_INFINITY, 1));
  }

  @Test
  void metExactlyWithinTheBandAndNeverExceeded() {
    qt().forAll(doubles().between(-1e3, 1e3), doubles().between(0, 1e3), doubles().between(-2e3, 2e3))
        .checkAssert(
            (min, width, value) -> {
              Band band = Band.of(min, min + width);
              assertEquals(value >= min && value <= min + width, band.isMet(value));
              assertFalse(band.isExceeded(value));
            });
  }
}
