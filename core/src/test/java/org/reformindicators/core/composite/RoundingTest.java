package org.reformindicators.core.composite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class RoundingTest {

  @Test
  void halfUpRoundsTiesAwayFromZero() {
    // VCCI, PCI: 64.315 → 64.32
    assertEquals(new BigDecimal("64.32"), Rounding.halfUp(2).apply(new BigDecimal("64.315")));
    assertEquals(new BigDecimal("64.31"), Rounding.halfUp(2).apply(new BigDecimal("64.3149999")));
    assertEquals(new BigDecimal("-1.3"), Rounding.halfUp(1).apply(new BigDecimal("-1.25")));
    assertEquals(new BigDecimal("40.9800"), Rounding.halfUp(4).apply(new BigDecimal("40.98")));
    assertEquals("half-up(2)", Rounding.halfUp(2).toString());
  }

  @Test
  void invalidPoliciesAreRejected() {
    assertEquals(
        "decimals must be within 0..10, was 11",
        assertThrows(IllegalArgumentException.class, () -> Rounding.halfUp(11)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Rounding(2, RoundingMode.UNNECESSARY));
    assertThrows(NullPointerException.class, () -> new Rounding(2, null));
  }
}
