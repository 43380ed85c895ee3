package org.reformindicators.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberTextTest {

  private static final Language VI = Language.VI;
  private static final Language EN = Language.EN;

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "64                  | 64",
        "64.0                | 64",
        "-64.0               | -64",
        "12.5                | 12.5",
        "1e-7                | 0.0000001",
        "-0.0                | 0",
        "0.0                 | 0",
        "6.29                | 6.29",
        "1e15                | 1000000000000000",
        "1e21                | 1000000000000000000000",
        "123456789.125       | 123456789.125",
        "9007199254740993    | 9007199254740992",
        "NaN                 | NaN",
        "Infinity            | Infinity",
        "-Infinity           | -Infinity",
      })
  void machineForm(double value, String expected) {
    assertEquals(expected, NumberText.machine(value));
  }

  @Test
  void machineFormOfTheSmallestDoubleHasNoExponent() {
    assertEquals("0." + "0".repeat(323) + "5", NumberText.machine(Double.MIN_VALUE));
  }

  @Test
  void machineFormOfOneE23IsShortest() {
    assertEquals("100000000000000000000000", NumberText.machine(1e23));
  }

  @Test
  void machineFormOfASumHasEveryDigitItNeeds() {
    assertEquals("0.30000000000000004", NumberText.machine(0.1 + 0.2));
  }

  @Test
  void machineFormIsShortestWhereJava17ToStringIsNot() {
    // JDK-4511638: Java 17's Double.toString writes these as 9.999999999999999E22, 8.409999999999999E21,
    // 2.82879384806159008E17 and 6.8479835487449702E18, longer than needed.
    double[] values = {1.0e23, 8.41e21, 2.82879384806159e17, 6.8479835487449702E18, 2.0e-3, 1.0e-5};
    for (double value : values) {
      String text = NumberText.machine(value);
      assertEquals(value, Double.parseDouble(text), text);
      assertEquals(shortestDigits(value), new BigDecimal(text).stripTrailingZeros().precision(), text);
    }
  }

  @ParameterizedTest(name = "{0} with 2 decimals → {1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "64                  | 64          | 64",
        "64.0                | 64          | 64",
        "0.30000000000000004 | 0,3         | 0.3",
        "1e-7                | 0           | 0",
        "-0.0                | 0           | 0",
        "-0.001              | 0           | 0",
        "36.7012             | 36,7        | 36.7",
        "64.315              | 64,32       | 64.32",
        "-2.345              | -2,35       | -2.35",
        "1234.5              | 1.234,5     | 1,234.5",
        "999.999             | 1.000       | 1,000",
        "1234567.891         | 1.234.567,89| 1,234,567.89",
        "1e21                | 1.000.000.000.000.000.000.000 | 1,000,000,000,000,000,000,000",
      })
  void roundedHumanForm(double value, String vi, String en) {
    assertEquals(vi, NumberText.rounded(value, 2, VI));
    assertEquals(en, NumberText.rounded(value, 2, EN));
  }

  @ParameterizedTest(name = "{0} → {1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "64                  | 64                    | 64",
        "64.0                | 64                    | 64",
        "0.30000000000000004 | 0,30000000000000004   | 0.30000000000000004",
        "1e-7                | 0,0000001             | 0.0000001",
        "-0.0                | 0                     | 0",
        "123                 | 123                   | 123",
        "1234                | 1.234                 | 1,234",
        "-1234.5             | -1.234,5              | -1,234.5",
        "12345678            | 12.345.678            | 12,345,678",
      })
  void humanFormWithAllDigits(double value, String vi, String en) {
    assertEquals(vi, NumberText.of(value, VI));
    assertEquals(en, NumberText.of(value, EN));
  }

  @ParameterizedTest(name = "{0} with {1} decimals → {2} / {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "64       | 2 | 64,00    | 64.00",
        "64.0     | 0 | 64       | 64",
        "64.315   | 2 | 64,32    | 64.32",
        "40.98    | 4 | 40,9800  | 40.9800",
        "0.1      | 1 | 0,1      | 0.1",
        "1e-7     | 2 | 0,00     | 0.00",
        "-0.0     | 2 | 0,00     | 0.00",
        "-0.004   | 2 | 0,00     | 0.00",
        "2.5      | 0 | 3        | 3",
        "1234.5   | 1 | 1.234,5  | 1,234.5",
      })
  void fixedHumanForm(double value, int decimals, String vi, String en) {
    assertEquals(vi, NumberText.fixed(value, decimals, VI));
    assertEquals(en, NumberText.fixed(value, decimals, EN));
  }

  @Test
  void humanFormRefusesWhatIsNotANumber() {
    for (double value : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> NumberText.of(value, VI));
      assertEquals("value must be finite to be written for people, was " + value, e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> NumberText.rounded(value, 2, EN));
      assertThrows(IllegalArgumentException.class, () -> NumberText.fixed(value, 2, EN));
    }
  }

  @Test
  void refusesNegativeDecimalsAndNoLanguage() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NumberText.rounded(1, -1, VI));
    assertEquals("decimals must be at least 0, was -1", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> NumberText.fixed(1, -1, VI));
    assertThrows(NullPointerException.class, () -> NumberText.of(1, null));
  }

  @Test
  void machineFormRoundTripsEveryFiniteDouble() {
    qt().forAll(longs().all())
        .assuming(bits -> Double.isFinite(Double.longBitsToDouble(bits)))
        .checkAssert(bits -> {
          double value = Double.longBitsToDouble(bits);
          String text = NumberText.machine(value);
          assertTrue(value == Double.parseDouble(text), text);
          assertFalse(text.contains("E") || text.contains("e"), text);
          if (value != 0) {
            assertEquals(bits.longValue(), Double.doubleToLongBits(Double.parseDouble(text)), text);
          }
        });
  }

  @Test
  void machineFormHasTheFewestDigitsThatRoundTrip() {
    qt().forAll(doubles().any())
        .assuming(value -> Double.isFinite(value) && value != 0)
        .checkAssert(value -> assertEquals(
            shortestDigits(value),
            new BigDecimal(NumberText.machine(value)).stripTrailingZeros().precision(),
            () -> NumberText.machine(value)));
  }

  @Test
  void machineFormOfAShortDecimalIsThatDecimal() {
    // Values as files hold them: up to 15 significant digits at any scale.
    qt().forAll(longs().between(1, 999_999_999_999_999L), integers().between(-330, 300))
        .assuming((digits, exponent) -> {
          double value = new BigDecimal(BigInteger.valueOf(digits), -exponent).doubleValue();
          return value != 0 && Double.isFinite(value);
        })
        .checkAssert((digits, exponent) -> {
          BigDecimal decimal = new BigDecimal(BigInteger.valueOf(digits), -exponent);
          double value = decimal.doubleValue();
          String text = NumberText.machine(value);
          assertEquals(shortestDigits(value), new BigDecimal(text).stripTrailingZeros().precision(), text);
          assertTrue(value == Double.parseDouble(text), text);
          if (value >= Double.MIN_NORMAL) {
            assertEquals(0, decimal.compareTo(new BigDecimal(text)), text);
          }
        });
  }

  @Test
  void humanFormReadsBackInItsLanguage() {
    qt().forAll(doubles().between(-1e12, 1e12))
        .checkAssert(value -> {
          String en = NumberText.of(value, EN).replace(",", "");
          String vi = NumberText.of(value, VI).replace(".", "").replace(',', '.');
          assertEquals(value, Double.parseDouble(en), en);
          assertEquals(value, Double.parseDouble(vi), vi);
          assertTrue(NumberText.of(value, VI).chars().filter(c -> c == ',').count() <= 1);
        });
  }

  /** The fewest significant digits that read back to {@code value}, by brute force. */
  private static int shortestDigits(double value) {
    BigDecimal exact = new BigDecimal(value);
    for (int digits = 1; ; digits++) {
      if (exact.round(new MathContext(digits, RoundingMode.HALF_EVEN)).doubleValue() == value) {
        return digits;
      }
    }
  }
}
