package org.reformindicators.core.target;

import org.reformindicators.core.internal.Validation;
import org.reformindicators.core.text.NumberText;

/** Validation helpers of this package; not part of the API. */
final class Checks {

  private Checks() {}

  static void requireText(String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, was '" + value + "'");
    }
  }

  static double requireFinite(String field, double value) {
    return Validation.requireFinite(field, value);
  }

  static double requirePositive(String field, double value) {
    requireFinite(field, value);
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be positive, was " + NumberText.machine(value));
    }
    return value;
  }

  static void requirePercent(String field, double value) {
    requireFinite(field, value);
    if (value < 0 || value > 100) {
      throw new IllegalArgumentException(
          field + " must be a percentage within 0..100, was " + NumberText.machine(value));
    }
  }

  static String requireCode(String field, String value) {
    if (!isCode(value)) {
      throw new IllegalArgumentException(
          field
              + " must be upper-case ASCII letters, digits and underscores starting with a letter, was '"
              + value
              + "'");
    }
    return value;
  }

  static boolean isCode(String value) {
    return Validation.CODE.matcher(value).matches();
  }
}
