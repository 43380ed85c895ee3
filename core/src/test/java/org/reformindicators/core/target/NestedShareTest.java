package org.reformindicators.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;
import org.reformindicators.core.indicator.IndicatorCode;

class NestedShareTest {

  private static final NestedShare T6B = NestedShare.of(IndicatorCode.of("QNG_PAYABLE_PROCEDURES_ONLINE_PAYMENT"), Threshold.atLeast(30));

  @Test
  void shareWithinTheSubPopulation() {
    assertTrue(T6B.isMet(30));
    assertFalse(T6B.isMet(29.5));
    assertTrue(T6B.isExceeded(31));
    assertEquals("≥ 30 of QNG_PAYABLE_PROCEDURES_ONLINE_PAYMENT", T6B.toString());
    assertEquals(30, T6B.levels()[0]);
  }

  @Test
  void impliedShareOfTheWhole() {
    // T10a·T10b: 80 % online at level 3–4, 80 % of those on the national portal → 64 % of all eligible procedures
    assertEquals(64, NestedShare.shareOfWhole(80, 80));
    // T6a·T6b: 80 % · 30 % = 24 %
    assertEquals(24, NestedShare.shareOfWhole(80, 30));
    assertThrows(IllegalArgumentException.class, () -> NestedShare.shareOfWhole(101, 30));
  }

  @Test
  void rejectsAShareAboveHundredAndBadCodes() {
    assertEquals(
        "nested share must be a percentage within 0..100, was 120",
        assertThrows(IllegalArgumentException.class, () -> NestedShare.of(IndicatorCode.of("QNG_X"), Threshold.atLeast(120)))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> NestedShare.of(IndicatorCode.of("qng_x"), Threshold.atLeast(20)));
  }

  @Test
  void shareOfWholeIsAtMostEitherShare() {
    qt().forAll(doubles().between(0, 100), doubles().between(0, 100))
        .checkAssert(
            (parent, nested) -> {
              double whole = NestedShare.shareOfWhole(parent, nested);
              assertTrue(whole <= parent + 1e-9 && whole <= nested + 1e-9 && whole >= 0);
            });
  }
}
