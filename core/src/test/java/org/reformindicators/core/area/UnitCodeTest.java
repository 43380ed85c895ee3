package org.reformindicators.core.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnitCodeTest {

  @Test
  void keepsLeadingZeros() {
    assertEquals("01", UnitCode.of("01").toString());
    assertEquals("01", UnitCode.of("01").value());
    assertTrue(UnitCode.of("01").compareTo(UnitCode.of("51")) < 0);
    assertEquals(UnitCode.of("51"), UnitCode.parse("51"));
  }

  @Test
  void rejectsBadSyntaxNamingTheValue() {
    assertEquals(
        "unit code must be ASCII letters or digits, then letters, digits, '_', '-' or '.', was ' 51'",
        assertThrows(IllegalArgumentException.class, () -> UnitCode.of(" 51")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> UnitCode.of(""));
    assertThrows(IllegalArgumentException.class, () -> UnitCode.of(".51"));
    assertFalse(UnitCode.isValid("5 1"));
    assertTrue(UnitCode.isValid("000.00.12.H48"));
  }

  @Test
  void roundTripsThroughItsText() {
    qt().forAll(integers().between(0, 99_999))
        .checkAssert(
            n -> {
              UnitCode code = UnitCode.of(String.format("%05d", n));
              assertEquals(code, UnitCode.parse(code.toString()));
              assertEquals(code.hashCode(), UnitCode.parse(code.toString()).hashCode());
            });
  }

  @Test
  void hashCodesSpreadOverDenseDigitCodes() {
    Set<Integer> buckets = new HashSet<>();
    for (int n = 1; n <= 1024; n++) {
      buckets.add(UnitCode.of(String.format("%05d", n)).hashCode() & 1023);
    }
    // 1,024 generated codes (00001 … 01024) in 1,024 buckets: a good spread uses about 1 - 1/e of them.
    assertTrue(buckets.size() > 560, "buckets used: " + buckets.size());
  }
}
