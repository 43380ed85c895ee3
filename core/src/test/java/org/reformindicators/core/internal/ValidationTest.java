package org.reformindicators.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;
import org.reformindicators.core.composite.IndexNode;
import org.reformindicators.core.indicator.IndicatorCode;

class ValidationTest {

  @Test
  void finiteNumbersPassAndOthersAreNamedInTheMessage() {
    assertEquals(12.5, Validation.requireFinite("targetValue", 12.5), 0.0);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Validation.requireFinite("targetValue", Double.NaN));
    assertEquals("targetValue must be finite, was NaN", e.getMessage());
    assertEquals(
        "baseValue must be finite, was Infinity",
        assertThrows(
                IllegalArgumentException.class,
                () -> Validation.requireFinite("baseValue", Double.POSITIVE_INFINITY))
            .getMessage());
  }

  @Test
  void plainDropsTheFractionOfWholeNumbersOnly() {
    assertEquals("80", Validation.plain(80.0));
    assertEquals("-3", Validation.plain(-3.0));
    assertEquals("12.5", Validation.plain(12.5));
    assertEquals("1.0E15", Validation.plain(1e15)); // beyond the long-literal range kept
  }

  @Test
  void plainReadsBackAsTheSameNumber() {
    qt().forAll(doubles().between(-1e12, 1e12))
        .checkAssert(x -> assertEquals(x, Double.parseDouble(Validation.plain(x)), 0.0));
  }

  @Test
  void oneCodeSyntaxServesIndicatorsAndIndexNodes() {
    assertTrue(Validation.CODE.matcher("PCI_RANK").matches());
    assertFalse(Validation.CODE.matcher("pci").matches());
    assertFalse(Validation.CODE.matcher("1PCI").matches());
    assertSame(Validation.CODE, IndexNode.CODE);
    assertTrue(IndicatorCode.isValidSyntax("LEVEL_2"));
    assertFalse(IndicatorCode.isValidSyntax("LEVEL-2"));
  }
}
