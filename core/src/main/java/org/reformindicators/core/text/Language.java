package org.reformindicators.core.text;

import java.util.Locale;

/**
 * A language whose conventions a report writes numbers in, such as {@link #VI} (Vietnamese, {@code 1.234,5})
 * or {@link #EN} (English, {@code 1,234.5}).
 *
 * <p>The marks follow the national conventions: TCVN and Vietnamese official documents use a comma as the
 * decimal mark and a full stop between groups of three digits; English uses the reverse. Immutable and
 * thread-safe.
 */
public enum Language {
  /** Vietnamese (tiếng Việt), the language of the plans: decimal comma, full stop between groups, {@code 1.234,5}. */
  VI(',', '.'),
  /** English: decimal point, comma between groups, {@code 1,234.5}. */
  EN('.', ',');

  private final char decimalMark;
  private final char groupSeparator;

  Language(char decimalMark, char groupSeparator) {
    this.decimalMark = decimalMark;
    this.groupSeparator = groupSeparator;
  }

  /**
   * Returns the decimal mark, {@code ,} in Vietnamese and {@code .} in English.
   *
   * @return the mark
   */
  public char decimalMark() {
    return decimalMark;
  }

  /**
   * Returns the mark between groups of three digits of the integer part, {@code .} in Vietnamese and {@code ,}
   * in English.
   *
   * @return the mark
   */
  public char groupSeparator() {
    return groupSeparator;
  }

  /**
   * Returns the ISO 639-1 code, {@code vi} or {@code en}.
   *
   * @return the code
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
