package org.reformindicators.core.evaluation;

import org.reformindicators.core.target.BilingualText;
import org.reformindicators.core.text.Language;
import org.reformindicators.core.text.NumberText;

/**
 * Deterministic wording of explanations and rules. Not part of the API; stateless and thread-safe.
 */
final class Texts {

  private Texts() {}

  /** Writes a number for a sentence, rounded to {@link AssessmentRenderer#DECIMALS}: {@code 36.7012 → "36,7"} (vi). */
  static String number(double x, Language language) {
    return NumberText.rounded(x, AssessmentRenderer.DECIMALS, language);
  }

  /** Writes a number for a Vietnamese sentence, such as {@code 36,7} for {@code 36.7012}. */
  static String vi(double x) {
    return number(x, Language.VI);
  }

  /** Writes a number for an English sentence, such as {@code 36.7} for {@code 36.7012}. */
  static String en(double x) {
    return number(x, Language.EN);
  }

  /** Writes a ratio (0.95) as a percentage for a Vietnamese sentence ({@code 95%}). */
  static String percentVi(double ratio) {
    return vi(ratio * 100) + "%";
  }

  /** Writes a ratio (0.95) as a percentage for an English sentence ({@code 95%}). */
  static String percentEn(double ratio) {
    return en(ratio * 100) + "%";
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
