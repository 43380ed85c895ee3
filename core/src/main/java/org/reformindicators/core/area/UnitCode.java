package org.reformindicators.core.area;

import java.io.Serializable;
import java.util.Objects;

/**
 * The code of an administrative unit, such as {@code 51} for Quảng Ngãi or {@code 01} for Hà Nội.
 *
 * <p>General Statistics Office codes are digit strings with their leading zeros kept ({@code docs/formats/unit-registry.md}); the
 * syntax accepted is wider, so that other registers fit: an ASCII letter or digit, then letters, digits,
 * {@code _}, {@code -} or {@code .}. A code alone does not name one unit: a successor may keep its predecessor's
 * code, so a unit's identity is its code together with its validity interval ({@link AdministrativeUnit}).
 * Codes compare by their text; {@link #toString()} returns the code itself, so {@code UnitCode.parse(code
 * .toString())} gives {@code code} back.
 *
 * <p>The hash code is the text's hash spread by a multiplicative mix, so that dense runs of digit codes
 * ({@code 00001} … {@code 00700}) fill a hash table evenly.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param value the code text, for example {@code "51"}
 */
public record UnitCode(String value) implements Comparable<UnitCode>, Serializable {

  /**
   * Validates the code text.
   *
   * @param value the code text
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} breaks the unit-code syntax
   */
  public UnitCode {
    Objects.requireNonNull(value, "value");
    if (!isValid(value)) {
      throw new IllegalArgumentException(
          "unit code must be ASCII letters or digits, then letters, digits, '_', '-' or '.', was '" + value + "'");
    }
  }

  /**
   * Returns the code with the given text.
   *
   * @param value the code text, for example {@code "51"}
   * @return the code
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} breaks the unit-code syntax
   */
  public static UnitCode of(String value) {
    return new UnitCode(value);
  }

  /**
   * Parses the canonical text of a code; the inverse of {@link #toString()}.
   *
   * @param text the code text
   * @return the code
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} breaks the unit-code syntax
   */
  public static UnitCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return new UnitCode(text.toString());
  }

  /**
   * Returns whether a text follows the unit-code syntax: an ASCII letter or digit, then letters, digits,
   * {@code _}, {@code -} or {@code .}.
   *
   * @param text the text to test
   * @return {@code true} if {@code text} is a valid unit code
   * @throws NullPointerException if {@code text} is null
   */
  public static boolean isValid(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return UnitCodeSyntax.CODE.matcher(text).matches();
  }

  /**
   * Compares codes by their text.
   *
   * @param other the other code
   * @return a negative number, zero or a positive number as this code sorts before, with or after {@code other}
   */
  @Override
  public int compareTo(UnitCode other) {
    return value.compareTo(other.value);
  }

  /**
   * Returns the text's hash spread by a multiplicative mix (the text caches its own hash, so this costs no
   * allocation and two multiplications).
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = value.hashCode() * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /**
   * Returns whether another object is a unit code with the same text.
   *
   * @param other the other object
   * @return {@code true} if {@code other} is a {@code UnitCode} with the same text
   */
  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof UnitCode that && value.equals(that.value));
  }

  /**
   * Returns the code text.
   *
   * @return the code text, for example {@code 51}
   */
  @Override
  public String toString() {
    return value;
  }
}
