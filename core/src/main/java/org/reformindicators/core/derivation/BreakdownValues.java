package org.reformindicators.core.derivation;

import java.util.Locale;
import org.reformindicators.core.indicator.BreakdownKey;

/**
 * How an agency, procedure or sector code appears as a breakdown value of an observation: the one place to change
 * when observation breakdowns accept such codes as they are.
 *
 * <p>A breakdown value may be an open code with dots and digits ({@link BreakdownKey#isValidValue}), so agency
 * codes such as {@code 000.00.12.H48} and procedure codes such as {@code 1.001234.000.00.00.H48} appear as they
 * are. A code outside that syntax (lower case, spaces, other punctuation) is encoded: upper-cased, every character
 * other than a letter, digit or dot replaced by {@code _} (and, if that is still not a value, every dot as well,
 * with {@code C} in front); the mapping is then not one-to-one, so the derived
 * observation also states the code as it was in its note. Not API.
 */
final class BreakdownValues {

  private BreakdownValues() {}

  /** Returns the breakdown value of a code: the code itself when already valid, else its encoding. */
  static String valueOf(String code) {
    if (BreakdownKey.isValidValue(code)) {
      return code;
    }
    StringBuilder value = new StringBuilder(code.length() + 1);
    for (char c : code.toUpperCase(Locale.ROOT).toCharArray()) {
      value.append((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ? c : '_');
    }
    String encoded = value.toString();
    if (BreakdownKey.isValidValue(encoded)) {
      return encoded;
    }
    // dots that do not join parts (leading, trailing, doubled) become underscores too
    return "C" + encoded.replace('.', '_');
  }
}
