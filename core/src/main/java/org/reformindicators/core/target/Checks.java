package org.reformindicators.core.target;

import java.util.regex.Pattern;

/** Validation helpers of this package; not part of the API. */
final class Checks {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

  private Checks() {}

  static void requireText(String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, was '" + value + "'");
    }
  }

  static double requireFinite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be finite, was " + value);
    }
    return value;
  }

  static double requirePositive(String field, double value) {
    requireFinite(field, value);
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be positive, was " + plain(value));
    }
    return value;
  }

  static void requirePercent(String field, double value) {
    requireFinite(field, value);
    if (value < 0 || value > 100) {
      throw new IllegalArgumentException(field + " must be a percentage within 0..100, was " + plain(value));
    }
  }

  static String requireCode(String field, String value) {
    if (!CODE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field
              + " must be upper-case ASCII letters, digits and underscores starting with a letter, was '"
              + value
              + "'");
    }
    return value;
  }

  static boolean isCode(String value) {
    return CODE.matcher(value).matches();
  }

  /** Formats a number without a trailing {@code .0} for whole values ({@code 80}, {@code 12.5}). */
  static String plain(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
