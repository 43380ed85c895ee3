package org.reformindicators.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void numbersFollowEachLanguageAndRoundHalfUp() {
    assertEquals("39", Texts.vi(39.0));
    assertEquals("21,67", Texts.vi(21.666666));
    assertEquals("21.67", Texts.en(21.666666));
    assertEquals("64,32", Texts.vi(64.315)); // half-up on the decimal value of the double
    assertEquals("64.32", Texts.en(64.315));
    assertEquals("0", Texts.vi(-0.001));
    assertEquals("1.234,5", Texts.vi(1234.5));
    assertEquals("1,234.5", Texts.en(1234.5));
    assertEquals("276,25%", Texts.percentVi(2.7625));
    assertEquals("276.25%", Texts.percentEn(2.7625));
  }

  @Test
  void capitalisesTheFirstLetter() {
    assertEquals("Đã đạt", Texts.capitalise("đã đạt"));
    assertEquals("No value", Texts.capitalise("no value"));
    assertEquals("", Texts.capitalise(""));
  }
}
