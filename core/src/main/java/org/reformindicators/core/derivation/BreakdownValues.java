package org.reformindicators.core.derivation;

import java.util.Locale;
import org.reformindicators.core.indicator.IndicatorCode;

/**
 * How an agency, procedure or sector code appears as a breakdown value of an observation: the one place to change
 * when observation breakdowns accept such codes as they are.
 *
 * <p>Breakdown values are today in the code syntax of {@code codes.md}: upper-case ASCII letters, digits and
 * underscores, starting with a letter. An agency code such as {@code 000.00.12.H48} breaks it twice (it starts with
 * a digit and holds dots), so it is written {@code C000_00_12_H48}: upper-cased, every character other than a
 * letter or digit replaced by {@code _}, and {@code C} put in front when it does not start with a letter. The
 * mapping is not one-to-one ({@code 1.2} and {@code 1-2} meet), so the derived observation also states the code as
 * it was in its note. Not API.
 */
final class BreakdownValues {

  private BreakdownValues() {}

  /** Returns the breakdown value of a code: the code itself when already valid, else its encoding. */
  static String valueOf(String code) {
    if (IndicatorCode.isValidSyntax(code)) {
      return code;
    }
    StringBuilder value = new StringBuilder(code.length() + 1);
    char first = code.isEmpty() ? '0' : code.charAt(0);
    if (!(first >= 'A' && first <= 'Z') && !(first >= 'a' && first <= 'z')) {
      value.append('C');
    }
    for (char c : code.toUpperCase(Locale.ROOT).toCharArray()) {
      value.append((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? c : '_');
    }
    return value.toString();
  }
}
