package org.reformindicators.io.csv;

/**
 * The delimiter and decimal mark of a delimited file, such as {@link #STANDARD}: {@code ,} and {@code .}.
 *
 * <p>The observation CSV contract is {@link #STANDARD}. A spreadsheet saved in a Vietnamese locale writes
 * {@link #SEMICOLON_DECIMAL_COMMA} instead; readers accept that dialect only when the caller names it, never
 * by guessing. Immutable and thread-safe.
 */
public enum CsvDialect {
  /** Comma-separated, {@code .} as the decimal mark (RFC 4180; the contract of the observation CSV). */
  STANDARD(',', '.'),
  /**
   * Semicolon-separated with a decimal comma, as a spreadsheet in a Vietnamese (or other continental) locale
   * saves "CSV"; grouping separators are not accepted.
   */
  SEMICOLON_DECIMAL_COMMA(';', ',');

  private final char delimiter;
  private final char decimalMark;

  CsvDialect(char delimiter, char decimalMark) {
    this.delimiter = delimiter;
    this.decimalMark = decimalMark;
  }

  /**
   * Returns the field delimiter.
   *
   * @return {@code ,} or {@code ;}
   */
  public char delimiter() {
    return delimiter;
  }

  /**
   * Returns the decimal mark of numbers.
   *
   * @return {@code .} or {@code ,}
   */
  public char decimalMark() {
    return decimalMark;
  }
}
