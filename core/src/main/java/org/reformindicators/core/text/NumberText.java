package org.reformindicators.core.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Writes a number as text, the one formatter of the library, such as {@code 64}, {@code 0.30000000000000004}
 * (machine form) or {@code 1.234,5} (Vietnamese report form).
 *
 * <p>Two forms, chosen by who reads the text:
 *
 * <ul>
 *   <li>The <b>machine form</b> ({@link #machine(double)}) is for error messages, documents and the observation
 *       CSV: the shortest decimal that reads back ({@link Double#parseDouble(String)}) to the same {@code double},
 *       with a point as the decimal mark, no grouping, no exponent and no trailing zeros: {@code 64.0 → "64"},
 *       {@code 0.1 + 0.2 → "0.30000000000000004"}, {@code 1e-7 → "0.0000001"}, {@code 1e21 →
 *       "1000000000000000000000"}. Negative zero is written {@code "0"}: the observation CSV has always written it
 *       so, and observations hold no negative zero; it is the one {@code double} whose sign does not survive the
 *       round trip (its value does, {@code -0.0 == 0.0}). NaN and the infinities are written as Java reads them
 *       back, {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"}, so that a message can name a bad value.
 *       Messages of the library are in English and use this form.
 *   <li>The <b>human form</b> ({@link #of(double, Language)}, {@link #rounded(double, int, Language)}, {@link
 *       #fixed(double, int, Language)}) is for reports and sentences, in the conventions of a {@link Language}:
 *       Vietnamese {@code 1.234,5}, English {@code 1,234.5}; the integer part is grouped by three digits from
 *       four digits on ({@code 1.234}, not {@code 1234}); a negative number starts with {@code -}; a value that
 *       is zero after rounding is {@code 0}, never {@code -0}. Rounding is half-up in decimal, from the shortest
 *       decimal of the value (the published indices round half-up to their decimals, so
 *       {@code 64.315} with two decimals is {@code 64.32}, although the nearest {@code double} lies below it).
 *       NaN and the infinities have no human form.
 * </ul>
 *
 * <p>The shortest decimal is computed here rather than taken from {@link Double#toString(double)}, whose digits
 * before Java 19 are sometimes one longer than needed (JDK-4511638); the result is the same on every Java
 * version: the fewest significant digits that round-trip, and of those the decimal nearest the value.
 *
 * <p>Stateless and thread-safe.
 */
public final class NumberText {

  /** Whole numbers below this magnitude are exact in a {@code long} and need no decimal arithmetic. */
  private static final double LONG_EXACT = 1e15;

  /** Significant digits up to which at most one decimal reads back to a normal double. */
  private static final int UNIQUE_DIGITS = 15;

  private NumberText() {}

  /**
   * Writes a number in the machine form: the shortest decimal that reads back to it, without exponent, such as
   * {@code 64}, {@code 12.5}, {@code 0.30000000000000004} or {@code 0.0000001}.
   *
   * @param value the number; NaN and the infinities are written {@code NaN}, {@code Infinity} and {@code
   *     -Infinity}
   * @return the text; {@link Double#parseDouble(String)} of it equals {@code value} ({@code -0.0} gives {@code
   *     "0"})
   */
  public static String machine(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (value == Math.rint(value) && Math.abs(value) < LONG_EXACT) {
      return Long.toString((long) value);
    }
    return shortest(value).toPlainString();
  }

  /**
   * Writes a number in the human form of a language with the digits of its machine form, such as {@code
   * 1.234,5} (Vietnamese) or {@code 1,234.5} (English) for {@code 1234.5}.
   *
   * @param value a finite number
   * @param language the language whose marks are used
   * @return the text
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   * @throws NullPointerException if {@code language} is null
   */
  public static String of(double value, Language language) {
    Objects.requireNonNull(language, "language");
    return human(decimal(value), language);
  }

  /**
   * Writes a number in the human form of a language, rounded half-up to at most {@code maxDecimals} decimals
   * with trailing zeros dropped, such as {@code 36,7} (Vietnamese) for {@code 36.7012} and two decimals, or
   * {@code 39} for {@code 39.0}.
   *
   * @param value a finite number
   * @param maxDecimals the most decimals written, at least 0
   * @param language the language whose marks are used
   * @return the text
   * @throws IllegalArgumentException if {@code value} is NaN or infinite, or {@code maxDecimals} is negative
   * @throws NullPointerException if {@code language} is null
   */
  public static String rounded(double value, int maxDecimals, Language language) {
    Objects.requireNonNull(language, "language");
    requireDecimals(maxDecimals);
    return human(decimal(value).setScale(maxDecimals, RoundingMode.HALF_UP).stripTrailingZeros(), language);
  }

  /**
   * Writes a number in the human form of a language with exactly {@code decimals} decimals, rounded half-up, such
   * as {@code 64,32} (Vietnamese) or {@code 64.32} (English) for {@code 64.315} and two decimals: the published
   * precision of an indicator.
   *
   * @param value a finite number
   * @param decimals the number of decimals written, at least 0
   * @param language the language whose marks are used
   * @return the text
   * @throws IllegalArgumentException if {@code value} is NaN or infinite, or {@code decimals} is negative
   * @throws NullPointerException if {@code language} is null
   */
  public static String fixed(double value, int decimals, Language language) {
    Objects.requireNonNull(language, "language");
    requireDecimals(decimals);
    return human(decimal(value).setScale(decimals, RoundingMode.HALF_UP), language);
  }

  private static void requireDecimals(int decimals) {
    if (decimals < 0) {
      throw new IllegalArgumentException("decimals must be at least 0, was " + decimals);
    }
  }

  /** The shortest decimal of a finite value, refusing NaN and the infinities. */
  private static BigDecimal decimal(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite to be written for people, was " + value);
    }
    if (value == Math.rint(value) && Math.abs(value) < LONG_EXACT) {
      return BigDecimal.valueOf((long) value);
    }
    return shortest(value);
  }

  /**
   * Returns the decimal with the fewest significant digits that reads back to {@code value}, and of those the
   * nearest; trailing zeros stripped.
   */
  private static BigDecimal shortest(double value) {
    // Double.toString always round-trips; it is at most a digit or so too long before Java 19.
    BigDecimal candidate = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    int digits = candidate.precision();
    if (digits <= UNIQUE_DIGITS && Math.abs(value) >= Double.MIN_NORMAL) {
      // Decimals of at most 15 digits lie further apart (at least 1e-15 of the value) than the width of the
      // interval that reads back to a normal double (at most 2^-52 of it): only one of them reads back, so a
      // shorter decimal that did would be this one, which has no trailing zeros.
      return candidate;
    }
    BigDecimal exact = new BigDecimal(value);
    // Fewer digits round-trip only if the nearest decimal of that length does, and if p digits do, p + 1 do too:
    // so search downwards until the nearest shorter decimal no longer reads back.
    while (digits > 1 && roundTrips(exact, digits - 1, value)) {
      digits--;
    }
    BigDecimal nearest = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
    // The nearest decimal of the shortest length, which Double.toString may not have picked.
    return (nearest.doubleValue() == value ? nearest : candidate).stripTrailingZeros();
  }

  private static boolean roundTrips(BigDecimal exact, int digits, double value) {
    return exact.round(new MathContext(digits, RoundingMode.HALF_EVEN)).doubleValue() == value;
  }

  /** Writes a decimal with the marks of a language, grouping the integer part by three from four digits on. */
  private static String human(BigDecimal decimal, Language language) {
    String plain = decimal.toPlainString();
    boolean negative = plain.startsWith("-");
    String unsigned = negative ? plain.substring(1) : plain;
    int point = unsigned.indexOf('.');
    String whole = point < 0 ? unsigned : unsigned.substring(0, point);
    StringBuilder text = new StringBuilder(plain.length() + whole.length() / 3 + 1);
    if (negative) {
      text.append('-');
    }
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && whole.length() > 3 && (whole.length() - i) % 3 == 0) {
        text.append(language.groupSeparator());
      }
      text.append(whole.charAt(i));
    }
    if (point >= 0) {
      text.append(language.decimalMark()).append(unsigned, point + 1, unsigned.length());
    }
    return text.toString();
  }
}
