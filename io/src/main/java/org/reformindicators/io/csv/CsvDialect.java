package org.reformindicators.io.csv;

/**
 * The delimiter and decimal mark of a delimited file, such as {@link #STANDARD}: {@code ,} and {@code .}.
 *
 * <p>The observation CSV contract is {@link #STANDARD}. A spreadsheet saved in a Vietnamese locale writes
 * {@link #SEMICOLON_DECIMAL_COMMA} instead; readers accept that dialect only when the caller names it, never
 * by guessing. Each dialect has an id, {@code standard} or {@code semicolon-decimal-comma}, which messages and
 * the command line's {@code --csv-dialect} option use. Immutable and thread-safe.
 */
public enum CsvDialect {
  /** Comma-separated, {@code .} as the decimal mark (RFC 4180; the contract of the observation CSV). */
  STANDARD("standard", ',', '.'),
  /**
   * Semicolon-separated with a decimal comma, as a spreadsheet in a Vietnamese (or other continental) locale
   * saves "CSV"; grouping separators are not accepted.
   */
  SEMICOLON_DECIMAL_COMMA("semicolon-decimal-comma", ';', ',');

  private final String id;
  private final char delimiter;
  private final char decimalMark;

  CsvDialect(String id, char delimiter, char decimalMark) {
    this.id = id;
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

  /**
   * Returns the id of the dialect, as messages and the command line name it.
   *
   * @return {@code standard} or {@code semicolon-decimal-comma}
   */
  public String id() {
    return id;
  }

  /**
   * Returns how a message tells the user to choose this dialect, such as {@code the semicolon-decimal-comma
   * dialect (--csv-dialect semicolon-decimal-comma)}.
   *
   * @return the phrase
   */
  String advice() {
    return "the " + id + " dialect (--csv-dialect " + id + ")";
  }

  /**
   * Finds a dialect by its id.
   *
   * @param id {@code standard} or {@code semicolon-decimal-comma}
   * @return the dialect
   * @throws IllegalArgumentException if the id is neither, naming both
   * @throws NullPointerException if {@code id} is null
   */
  public static CsvDialect ofId(String id) {
    java.util.Objects.requireNonNull(id, "id");
    for (CsvDialect dialect : values()) {
      if (dialect.id.equals(id)) {
        return dialect;
      }
    }
    throw new IllegalArgumentException(
        "CSV dialect must be standard or semicolon-decimal-comma, was '" + id + "'");
  }
}
