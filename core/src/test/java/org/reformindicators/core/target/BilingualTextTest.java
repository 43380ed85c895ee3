package org.reformindicators.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BilingualTextTest {

  @Test
  void keepsBothTexts() {
    BilingualText text = BilingualText.of("Tỉnh ủy Quảng Ngãi", "Quảng Ngãi provincial Party Committee");
    assertEquals("Tỉnh ủy Quảng Ngãi", text.vi());
    assertEquals("Quảng Ngãi provincial Party Committee", text.en());
  }

  @Test
  void rejectsBlankAndNull() {
    assertEquals(
        "en must not be blank, was ''",
        assertThrows(IllegalArgumentException.class, () -> BilingualText.of("vi", "")).getMessage());
    assertThrows(NullPointerException.class, () -> BilingualText.of(null, "en"));
  }
}
