package org.reformindicators.core.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.reformindicators.core.target.BilingualText;

/**
 * Deterministic wording of explanations and rules. Not part of the API; stateless and thread-safe.
 */
final class Texts {

  private Texts() {}

  /**
   * Formats a number for a sentence: rounded half-up to two decimals, trailing zeros dropped, locale-free
   * (so a report reads the same in every system): {@code 36.7012 → "36.7"}, {@code 39.0 → "39"}.
   */
  static String num(double x) {
    String s = BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    return s.equals("-0") ? "0" : s;
  }

  /** Formats a ratio (0.95) as a percentage ("95%"). */
  static String percent(double ratio) {
    return num(ratio * 100) + "%";
  }

  /** Upper-cases the first letter of a sentence ("no value …" → "No value …"). */
  static String capitalise(String sentence) {
    if (sentence.isEmpty()) {
      return sentence;
    }
    int first = sentence.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toUpperCase(first))
        .append(sentence, Character.charCount(first), sentence.length())
        .toString();
  }

  /** Drops one full stop that ends a phrase, for a phrase set inside a longer sentence ("… sets." → "… sets"). */
  static String withoutFullStop(String phrase) {
    return phrase.endsWith(".") && !phrase.endsWith("..") ? phrase.substring(0, phrase.length() - 1) : phrase;
  }

  static BilingualText of(String vi, String en) {
    return BilingualText.of(vi, en);
  }
}
