package org.reformindicators.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void oneCodeSyntaxServesIndicatorsAndIndexNodes() {
    assertTrue(Validation.CODE.matcher("PCI_RANK").matches());
    assertFalse(Validation.CODE.matcher("pci").matches());
    assertFalse(Validation.CODE.matcher("1PCI").matches());
    assertSame(Validation.CODE, IndexNode.CODE);
    assertTrue(IndicatorCode.isValidSyntax("LEVEL_2"));
    assertFalse(IndicatorCode.isValidSyntax("LEVEL-2"));
  }
}
