package org.reformindicators.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PlainDecimalTest {

  private static String message(String text, char mark) {
    return assertThrows(IllegalArgumentException.class, () -> PlainDecimal.value(text, mark)).getMessage();
  }

  @Test
  void readsPlainDecimalsWithEitherMark() {
    assertEquals(6.29, PlainDecimal.value("6.29", '.'));
    assertEquals(-12, PlainDecimal.value("-12", '.'));
    assertEquals(6.29, PlainDecimal.value("6,29", ','));
    assertEquals(0.0, PlainDecimal.value("0.000", '.'));
    assertEquals(1e99, PlainDecimal.value("1" + "0".repeat(99), '.'));
  }

  @Test
  void everyFiniteDoubleWrittenPlainlyReadsBackWhenItFits() {
    qt().forAll(doubles().between(-1e12, 1e12))
        .checkAssert(value -> {
          String text = BigDecimal.valueOf(value).toPlainString();
          assertEquals(value, PlainDecimal.value(text, '.'), text);
        });
  }

  /**
   * Writes the whole number {@code digits} with {@code scale} digits after the mark, after {@code zeros} extra
   * leading zeros, e.g. (6137, 2, 1, true) as {@code -061.37}.
   */
  private static String plain(long digits, int scale, int zeros, boolean negative, char mark) {
    String whole = String.format("%0" + (scale + 1) + "d", digits);
    int point = whole.length() - scale;
    String text = "0".repeat(zeros) + whole.substring(0, point) + (scale == 0 ? "" : mark + whole.substring(point));
    return negative ? "-" + text : text;
  }

  private static void assertSameDouble(double expected, double actual, String text) {
    assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), text);
  }

  @Test
  void theExactPathGivesTheDoubleOfParseDoubleUpToFifteenDigitsAndScale22() {
    qt().forAll(longs().between(0, 999_999_999_999_999L), integers().between(0, 22), integers().between(0, 3),
            booleans().all())
        .checkAssert((digits, scale, zeros, negative) -> {
          String text = plain(digits, scale, zeros, negative, '.');
          double exact = PlainDecimal.exactValue(text, '.');
          assertTrue(!Double.isNaN(exact), text);
          assertSameDouble(Double.parseDouble(text), exact, text);
          assertSameDouble(exact, PlainDecimal.exactValue(plain(digits, scale, zeros, negative, ','), ','), text);
        });
  }

  @Test
  void everyPlainDecimalReadsAsParseDoubleReadsIt() {
    // Up to 17 digits and 25 after the mark: past both limits of the exact path, which then gives way.
    qt().forAll(longs().between(0, 99_999_999_999_999_999L), integers().between(0, 25), integers().between(0, 3),
            booleans().all())
        .checkAssert((digits, scale, zeros, negative) -> {
          String text = plain(digits, scale, zeros, negative, '.');
          assertSameDouble(Double.parseDouble(text), PlainDecimal.value(text, '.'), text);
          assertSameDouble(
              Double.parseDouble(text), PlainDecimal.value(plain(digits, scale, zeros, negative, ','), ','), text);
        });
  }

  @Test
  void theExactPathKeepsToItsLimitsAndGivesWayBeyondThem() {
    assertSameDouble(-0.0, PlainDecimal.exactValue("-0", '.'), "-0");
    assertSameDouble(-0.0, PlainDecimal.value("-0.000", '.'), "-0.000");
    assertSameDouble(999_999_999_999_999.0, PlainDecimal.exactValue("000999999999999999", '.'), "15 nines");
    assertSameDouble(1e-22, PlainDecimal.exactValue("0.0000000000000000000001", '.'), "10^-22");
    assertSameDouble(0.1, PlainDecimal.exactValue("0.1", '.'), "0.1");
    assertSameDouble(61.37, PlainDecimal.exactValue("61,37", ','), "61,37");
    for (String beyond : new String[] {"9007199254740993", "1234567890123456.7", "0.00000000000000000000001",
        "1.0000000000000000", "", "-", "5.", ".5", "6,29", "1e5", "--1", "+5"}) {
      assertTrue(Double.isNaN(PlainDecimal.exactValue(beyond, '.')), beyond);
    }
    // 2^53 + 1 rounds to even through the general path, as Double.parseDouble rounds it.
    assertSameDouble(9007199254740992.0, PlainDecimal.value("9007199254740993", '.'), "2^53 + 1");
    assertSameDouble(1e-23, PlainDecimal.value("0.00000000000000000000001", '.'), "10^-23");
  }

  @Test
  void rejectsWhatIsNotAPlainDecimalSayingWhy() {
    assertEquals("value '6,29' is not a decimal number with '.' as the decimal mark; a decimal comma is read only"
        + " with the semicolon-decimal-comma dialect (--csv-dialect semicolon-decimal-comma)", message("6,29", '.'));
    assertEquals("value '6.29' has '.', but the semicolon-decimal-comma dialect uses ',' as the decimal mark and"
        + " accepts no grouping separator", message("6.29", ','));
    assertEquals("value '86%' must be written without a percent sign (percentages are on 0–100)", message("86%", '.'));
    for (String bad : new String[] {"", "-", ".5", "5.", "+5", " 5", "5 ", "1.2.3", "--1", "0x10", "NaN", "Infinity"}) {
      assertEquals("value '" + bad + "' is not a plain decimal number such as 6.29 or -12", message(bad, '.'), bad);
    }
    assertEquals("value '1E5' is not a plain decimal number such as 6,29 or -12 (an exponent is not accepted)",
        message("1E5", ','));
  }

  @Test
  void aNumberLongerThanTheLimitIsRejectedByItsLengthWhateverItsForm() {
    assertEquals(100, PlainDecimal.MAX_LENGTH);
    String digits = "4".repeat(402);
    assertEquals("value is 402 characters long; a number may have at most 100 characters", message(digits, '.'));
    assertEquals("value is 402 characters long; a number may have at most 100 characters", message(digits, ','));
  }

  @Test
  void aValueThatOverflowsOrUnderflowsIsAnError() {
    // Unreachable within 100 characters, checked with a longer limit so that the guard itself is tested.
    String huge = "1" + "0".repeat(400);
    String tiny = "0." + "0".repeat(400) + "1";
    assertEquals("value '" + huge + "' is too large for a number (the largest is about 1.8 × 10^308)",
        assertThrows(IllegalArgumentException.class, () -> PlainDecimal.value(huge, '.', 500)).getMessage());
    assertEquals("value '" + tiny + "' is too small to be told from 0 (the smallest is about 4.9 × 10^-324)",
        assertThrows(IllegalArgumentException.class, () -> PlainDecimal.value(tiny, '.', 500)).getMessage());
    assertEquals(0.0, PlainDecimal.value("0." + "0".repeat(400), '.', 500));
  }

  @Test
  void aUniverseIsAWholeNumberFromOneToNineDigits() {
    assertEquals(63, PlainDecimal.universe("63"));
    assertEquals(999_999_999, PlainDecimal.universe("999999999"));
    for (String bad : new String[] {"0", "-1", "63.0", "1000000000", "6 3", "", "x"}) {
      assertEquals("universe must be a whole number of ranked units, at least 1 (e.g. 63), was '" + bad + "'",
          assertThrows(IllegalArgumentException.class, () -> PlainDecimal.universe(bad)).getMessage(), bad);
    }
  }
}
