package org.reformindicators.core.internal;

import java.util.regex.Pattern;

/**
 * The validation rules that several packages of {@code core} share, such as {@code
 * Validation.requireFinite("targetValue", x)}, so that one rule has one implementation and one message.
 *
 * <p>Not part of the public API; it may change in any release. Stateless and thread-safe.
 */
public final class Validation {

  /**
   * The syntax of a code in {@code docs/formats/observations.md}: upper-case ASCII letters, digits and underscores, starting with a
   * letter, such as {@code PCI_RANK}. Indicator codes, breakdown keys and values, and composite-index node codes
   * share it.
   */
  public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

  private Validation() {}

  /**
   * Checks that a number is finite.
   *
   * @param field the name of the field, for the message
   * @param value the number
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is NaN or infinite, with the message {@code "<field> must be
   *     finite, was <value>"}
   */
  public static double requireFinite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be finite, was " + value);
    }
    return value;
  }
}
