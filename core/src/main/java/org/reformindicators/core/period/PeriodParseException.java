package org.reformindicators.core.period;

/**
 * Thrown when a text is not a reporting period, such as {@code "2025-Q5": quarter must be 1–4}.
 *
 * <p>The message quotes the input, says what was expected and, for a syntax error, gives the zero-based
 * index of the offending character ({@code "2025-X1": expected S, Q, M, D, A, YTD or a two-digit month at
 * index 5}). The input and the index are also available as {@link #input()} and {@link #errorIndex()}.
 *
 * <p>This class is immutable and thread-safe (as far as any {@link Throwable} is).
 */
public final class PeriodParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The input is quoted whole up to this length, and cut with an ellipsis beyond it. */
  private static final int MAX_QUOTED = 64;

  /** The text that failed to parse. */
  private final String input;

  /** The index of the offending character, or -1. */
  private final int errorIndex;

  /**
   * Creates an exception for {@code input}, such as {@code "2025-Q5"} with the reason {@code quarter must
   * be 1–4}.
   *
   * @param input the text that failed to parse
   * @param errorIndex the zero-based index of the offending character, or -1 when the error concerns a
   *     value rather than a position
   * @param reason what was expected, such as {@code quarter must be 1–4}
   */
  PeriodParseException(String input, int errorIndex, String reason) {
    super(quote(input) + ": " + reason + (errorIndex >= 0 ? " at index " + errorIndex : ""));
    this.input = input;
    this.errorIndex = errorIndex;
  }

  private static String quote(String input) {
    String shown = input.length() <= MAX_QUOTED ? input : input.substring(0, MAX_QUOTED) + "…";
    return "\"" + shown + "\"";
  }

  /**
   * Returns the text that failed to parse, such as {@code 2025-Q5}.
   *
   * @return the input, whole
   */
  public String input() {
    return input;
  }

  /**
   * Returns the zero-based index of the offending character, such as 5 for {@code 2025-X1}, or -1 when the
   * error concerns a value (such as a quarter of 5) rather than a position.
   *
   * @return the error index, or -1
   */
  public int errorIndex() {
    return errorIndex;
  }
}
