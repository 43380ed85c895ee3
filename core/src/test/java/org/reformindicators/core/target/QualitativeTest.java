package org.reformindicators.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QualitativeTest {

  @Test
  void assessedByHand() {
    Qualitative t13a = Qualitative.of("The civil service meets competency frameworks.");
    assertFalse(t13a.isMeasured());
    assertEquals(0, t13a.levels().length);
    assertEquals("assessed by hand: The civil service meets competency frameworks.", t13a.toString());
  }

  @Test
  void rejectsBlankCriteria() {
    assertEquals(
        "qualitative criterion must not be blank, was ' '",
        assertThrows(IllegalArgumentException.class, () -> Qualitative.of(" ")).getMessage());
    assertThrows(NullPointerException.class, () -> Qualitative.of(null));
  }
}
