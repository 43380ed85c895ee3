package org.reformindicators.io.internal.text;

import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/**
 * Passes the characters of a YAML document through and fails with {@link CharacterException} at the first
 * character that YAML does not allow in a stream, such as the control character U+0002 on line 44, column 7,
 * so that the problem is reported where the character is (YAML 1.2, section 5.1, production [1]
 * {@code c-printable}).
 *
 * <p>YAML allows TAB, LF, CR, U+0020 to U+007E, U+0085, U+00A0 to U+D7FF, U+E000 to U+FFFD and U+10000 and up;
 * every other C0 control, DEL (U+007F), the C1 controls but U+0085, and U+FFFE and U+FFFF are refused. Lines
 * are counted as LF, CRLF and a bare CR each ending one; columns count characters from 1. The characters before
 * a refused one are delivered first, the failure comes at the next read. Mutable and not thread-safe.
 */
public final class YamlCharacterReader extends Reader {

  private final Reader in;
  private long line = 1;
  private long column = 1;
  private boolean afterCarriageReturn;
  private CharacterException failure;

  /**
   * Creates a reader that checks the characters of {@code in}.
   *
   * @param in the characters, closed when this reader is closed
   * @throws NullPointerException if {@code in} is null
   */
  public YamlCharacterReader(Reader in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  /**
   * Tells whether YAML allows a UTF-16 unit in a stream; a surrogate is allowed, as a half of a character from
   * U+10000 up (a lone surrogate never comes out of a strict decoder).
   *
   * @param c the unit
   * @return {@code true} when YAML allows it
   */
  public static boolean isPrintable(char c) {
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xFFFD);
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    if (failure != null) {
      throw failure;
    }
    int read = in.read(target, offset, length);
    if (read <= 0) {
      return read;
    }
    for (int i = offset; i < offset + read; i++) {
      char c = target[i];
      if (!isPrintable(c)) {
        failure = new CharacterException(line, column, c);
        if (i == offset) {
          throw failure;
        }
        return i - offset;
      }
      advance(c);
    }
    return read;
  }

  private void advance(char c) {
    if (c == '\n') {
      if (!afterCarriageReturn) {
        line++;
      }
      column = 1;
    } else if (c == '\r') {
      line++;
      column = 1;
    } else if (!Character.isLowSurrogate(c)) {
      column++;
    }
    afterCarriageReturn = c == '\r';
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * Thrown at the first character that YAML does not allow, such as U+0002 on line 44, column 7.
   *
   * <p>Not thread-safe, like every exception.
   */
  public static final class CharacterException extends IOException {
    private static final long serialVersionUID = 1L;
    /** The line of the character. */
    private final long line;
    /** The column of the character. */
    private final long column;
    /** The character. */
    private final char character;

    CharacterException(long line, long column, char character) {
      super(message(character));
      this.line = line;
      this.column = column;
      this.character = character;
    }

    private static String message(char c) {
      String code = String.format("U+%04X", (int) c);
      return c >= 0xFFFE
          ? "the noncharacter " + code + " is not allowed in YAML; remove it"
          : "control character " + code + " is not allowed in YAML; remove it or write it escaped in a double-quoted"
              + " string";
    }

    /**
     * Returns the line of the character.
     *
     * @return the line, counted from 1
     */
    public long line() {
      return line;
    }

    /**
     * Returns the column of the character.
     *
     * @return the column, counted from 1
     */
    public long column() {
      return column;
    }

    /**
     * Returns the character as it is shown in a problem.
     *
     * @return e.g. {@code U+0002}
     */
    public String shown() {
      return String.format("U+%04X", (int) character);
    }
  }
}
