package org.reformindicators.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void numbersAreLocaleFreeAndHalfUp() {
    assertEquals("39", Texts.num(39.0));
    assertEquals("21.67", Texts.num(21.666666));
    assertEquals("64.32", Texts.num(64.315)); // half-up on the decimal value of the double
    assertEquals("0", Texts.num(-0.001));
    assertEquals("276.25%", Texts.percent(2.7625));
  }

  @Test
  void capitalisesTheFirstLetter() {
    assertEquals("Đã đạt", Texts.capitalise("đã đạt"));
    assertEquals("No value", Texts.capitalise("no value"));
    assertEquals("", Texts.capitalise(""));
  }
}
