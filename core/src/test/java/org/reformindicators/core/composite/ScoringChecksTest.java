package org.reformindicators.core.composite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScoringChecksTest {

  @Test
  void supportedMagnitudesAreZeroOrOneGoogolEitherWay() {
    assertTrue(ScoringChecks.supported(BigDecimal.ZERO));
    assertTrue(ScoringChecks.supported(new BigDecimal("1E+100")));
    assertTrue(ScoringChecks.supported(new BigDecimal("-1E-100")));
    assertFalse(ScoringChecks.supported(new BigDecimal("1.0000001E+100")));
    assertFalse(ScoringChecks.supported(new BigDecimal("-9E-101")));
    assertFalse(ScoringChecks.supported(new BigDecimal("1E+999999999")));
  }

  @Test
  void numbersPrintPlainUnlessTheirExponentIsHuge() {
    assertEquals("0", ScoringChecks.text(new BigDecimal("0.000")));
    assertEquals("63.18", ScoringChecks.text(new BigDecimal("63.180")));
    assertEquals("9999999999999999999999", ScoringChecks.text(new BigDecimal("9999999999999999999999")));
    assertEquals("1E+999999999", ScoringChecks.text(new BigDecimal("1.0e+999999999")));
    assertEquals("1E-400", ScoringChecks.text(new BigDecimal("1e-400")));
  }
}
