package org.reformindicators.core.composite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContributionTest {

  @Test
  void pointsLostIsMaximumMinusPoints() {
    // PCI Transparency, Quảng Ngãi 2019: 20 − 13.92 = 6.08
    Contribution c =
        new Contribution(
            ComponentCode.of("PCI_TRANSPARENCY"),
            Optional.of(new BigDecimal("6.96")),
            new BigDecimal("13.92"),
            Optional.of(new BigDecimal("20")));
    assertEquals(Optional.of(new BigDecimal("6.08")), c.pointsLost());
    assertEquals(
        Optional.empty(), new Contribution(ComponentCode.of("X"), Optional.empty(), BigDecimal.ZERO, Optional.empty()).pointsLost());
    assertThrows(
        NullPointerException.class, () -> new Contribution(null, Optional.empty(), BigDecimal.ZERO, Optional.empty()));
  }
}
