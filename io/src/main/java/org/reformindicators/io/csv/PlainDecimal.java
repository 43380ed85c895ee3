package org.reformindicators.io.csv;

import org.reformindicators.io.internal.json.JsonMappers;

/**
 * Reads the numbers of the observation CSV: a value written as a plain decimal such as {@code 6.29} or {@code -12}
 * (or {@code 6,29} in the {@link CsvDialect#SEMICOLON_DECIMAL_COMMA} dialect) and a universe written as a whole
 * number such as {@code 63}.
 *
 * <p>A value is an optional {@code -}, digits, and optionally the decimal mark followed by digits: no sign
 * {@code +}, no exponent, no grouping separator, no spaces. It has at most {@value #MAX_LENGTH} characters, the
 * limit of numbers in JSON and YAML documents ({@link JsonMappers#MAX_NUMBER_LENGTH}); within that length a
 * plain decimal lies between 10<sup>-98</sup> and 10<sup>100</sup> in size, so none overflows to an infinity or
 * underflows to 0, and the reader checks it all the same. The cells are scanned by hand, without a regular
 * expression. Stateless and thread-safe.
 */
final class PlainDecimal {

  /** Longest number accepted, in characters: the same as in JSON and YAML documents. */
  static final int MAX_LENGTH = JsonMappers.MAX_NUMBER_LENGTH;

  /** Most digits of a universe: up to 999,999,999. */
  private static final int MAX_UNIVERSE_DIGITS = 9;

  /** Most significant digits read by {@link #exactValue}: a whole number below 10^15 is an exact double. */
  static final int MAX_EXACT_DIGITS = 15;

  /** Most digits after the mark read by {@link #exactValue}: 10^22 is the largest power of ten that is exact. */
  static final int MAX_EXACT_SCALE = 22;

  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
    1e20, 1e21, 1e22
  };

  private PlainDecimal() {}

  /**
   * Reads a value.
   *
   * @param text the cell, not empty
   * @param decimalMark {@code .} or {@code ,}
   * @return the value, finite
   * @throws IllegalArgumentException if the text is not a plain decimal with this mark, is too long, or is too
   *     large or too small for a {@code double}; the message says which and quotes the text (unless too long)
   */
  static double value(String text, char decimalMark) {
    return value(text, decimalMark, MAX_LENGTH);
  }

  /** Reads a value of at most {@code maxLength} characters; see {@link #value(String, char)}. */
  static double value(String text, char decimalMark, int maxLength) {
    if (text.length() > maxLength) {
      throw new IllegalArgumentException(
          "value is " + text.length() + " characters long; a number may have at most " + maxLength + " characters");
    }
    double exact = exactValue(text, decimalMark);
    if (!Double.isNaN(exact)) {
      return exact;
    }
    if (isPlain(text, decimalMark)) {
      double value = Double.parseDouble(decimalMark == '.' ? text : text.replace(decimalMark, '.'));
      if (Double.isInfinite(value)) {
        throw new IllegalArgumentException(
            "value '" + text + "' is too large for a number (the largest is about 1.8 × 10^308)");
      }
      if (value == 0 && hasNonZeroDigit(text)) {
        throw new IllegalArgumentException(
            "value '" + text + "' is too small to be told from 0 (the smallest is about 4.9 × 10^-324)");
      }
      return value;
    }
    char other = decimalMark == '.' ? ',' : '.';
    if (text.endsWith("%")) {
      throw new IllegalArgumentException(
          "value '" + text + "' must be written without a percent sign (percentages are on 0–100)");
    }
    if (decimalMark == '.' && isPlain(text, other)) {
      throw new IllegalArgumentException(
          "value '" + text + "' is not a decimal number with '.' as the decimal mark; a decimal comma is read"
              + " only with " + CsvDialect.SEMICOLON_DECIMAL_COMMA.advice());
    }
    if (decimalMark == ',' && isPlain(text, other)) {
      throw new IllegalArgumentException(
          "value '" + text + "' has '.', but the semicolon-decimal-comma dialect uses ',' as the decimal mark"
              + " and accepts no grouping separator");
    }
    String example = decimalMark == '.' ? "6.29" : "6,29";
    String exponent = text.indexOf('e') >= 0 || text.indexOf('E') >= 0 ? " (an exponent is not accepted)" : "";
    throw new IllegalArgumentException(
        "value '" + text + "' is not a plain decimal number such as " + example + " or -12" + exponent);
  }

  /**
   * Reads a universe.
   *
   * @param text the cell, not empty
   * @return the universe, 1 to 999,999,999
   * @throws IllegalArgumentException if the text is not a whole number from 1 to 999,999,999
   */
  static int universe(String text) {
    int length = text.length();
    boolean digits = length >= 1 && length <= MAX_UNIVERSE_DIGITS;
    for (int i = 0; digits && i < length; i++) {
      char c = text.charAt(i);
      digits = c >= '0' && c <= '9';
    }
    int universe = digits ? Integer.parseInt(text) : 0;
    if (universe < 1) {
      throw new IllegalArgumentException(
          "universe must be a whole number of ranked units, at least 1 (e.g. 63), was '" + text + "'");
    }
    return universe;
  }

  /**
   * Reads a plain decimal of at most {@value #MAX_EXACT_DIGITS} significant digits and at most
   * {@value #MAX_EXACT_SCALE} digits after the mark, such as {@code 61.37}, giving the same double as
   * {@link Double#parseDouble(String)}; returns {@code NaN} for any other text, which the general path then reads
   * or reports.
   *
   * <p>The digits without the mark form a whole number below 10<sup>15</sup> &lt; 2<sup>53</sup> and the divisor
   * is a power of ten up to 10<sup>22</sup> &lt; 5<sup>23</sup>·2<sup>22</sup>: both are exact doubles, so the one
   * IEEE 754 division, correctly rounded, gives the double nearest the decimal, which is what
   * {@code Double.parseDouble} returns (W. D. Clinger, "How to read floating point numbers accurately", PLDI 1990,
   * the fast path of section 3). A leading {@code -} negates the result, so {@code -0} reads as {@code -0.0}.
   *
   * @param text the cell
   * @param decimalMark {@code .} or {@code ,}
   * @return the value, or {@code NaN} when the text is not such a decimal
   */
  static double exactValue(String text, char decimalMark) {
    int length = text.length();
    boolean negative = length > 0 && text.charAt(0) == '-';
    long digits = 0;
    int significant = 0;
    int before = 0;
    int after = 0;
    boolean marked = false;
    for (int i = negative ? 1 : 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (marked) {
          after++;
        } else {
          before++;
        }
        if ((significant > 0 || c != '0') && ++significant > MAX_EXACT_DIGITS) {
          return Double.NaN;
        }
        digits = digits * 10 + (c - '0');
      } else if (c == decimalMark && !marked && before > 0) {
        marked = true;
      } else {
        return Double.NaN;
      }
    }
    if (before == 0 || (marked && after == 0) || after > MAX_EXACT_SCALE) {
      return Double.NaN;
    }
    double value = digits / POWERS_OF_TEN[after];
    return negative ? -value : value;
  }

  /** Tells whether the text is {@code -?[0-9]+(M[0-9]+)?} with {@code M} the decimal mark. */
  private static boolean isPlain(String text, char decimalMark) {
    int length = text.length();
    int i = length > 0 && text.charAt(0) == '-' ? 1 : 0;
    int digitsBefore = 0;
    while (i < length && isDigit(text.charAt(i))) {
      i++;
      digitsBefore++;
    }
    if (digitsBefore == 0) {
      return false;
    }
    if (i == length) {
      return true;
    }
    if (text.charAt(i) != decimalMark) {
      return false;
    }
    i++;
    int digitsAfter = 0;
    while (i < length && isDigit(text.charAt(i))) {
      i++;
      digitsAfter++;
    }
    return digitsAfter > 0 && i == length;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean hasNonZeroDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '1' && c <= '9') {
        return true;
      }
    }
    return false;
  }
}
