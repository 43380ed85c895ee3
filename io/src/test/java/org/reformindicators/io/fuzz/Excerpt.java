package org.reformindicators.io.fuzz;

import java.util.Arrays;

/**
 * A short, escaped, ASCII-only excerpt of an input for a failure message: line ends and control bytes escaped,
 * non-ASCII characters as {@code \}{@code uXXXX}, malformed bytes as {@code \xNN}, long runs of one character
 * folded ({@code [a x 1000001]}).
 */
final class Excerpt {

  private static final int BEFORE = 60;
  private static final int AFTER = 100;
  private static final int RUN = 12;

  private Excerpt() {}

  /**
   * Returns the excerpt around an offset.
   *
   * @param bytes the input
   * @param offset the place of the change
   * @return e.g. {@code …value: 1e309\n    deadline…}
   */
  static String around(byte[] bytes, int offset) {
    int from = Math.max(0, Math.min(offset, bytes.length) - BEFORE);
    int to = Math.min(bytes.length, Math.max(offset, 0) + AFTER);
    // widen over long runs so that a folded run shows whole
    while (to < bytes.length && to > 0 && bytes[to] == bytes[to - 1]) {
      to++;
    }
    return (from > 0 ? "…" : "") + escape(bytes, from, to) + (to < bytes.length ? "…" : "") + " (" + bytes.length + " bytes)";
  }

  /**
   * Escapes a range of bytes.
   *
   * @param bytes the bytes
   * @param from first byte
   * @param to end, exclusive
   * @return the escaped text
   */
  static String escape(byte[] bytes, int from, int to) {
    byte[] raw = Arrays.copyOfRange(bytes, from, to);
    String text = Bytes.decodeWtf8(raw);
    StringBuilder out = new StringBuilder();
    int rawIndex = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int run = 1;
      while (i + run < text.length() && text.charAt(i + run) == c) {
        run++;
      }
      if (run >= RUN) {
        out.append('[').append(escapeChar(c, raw, rawIndex)).append(" x ").append(run).append(']');
        rawIndex += run * Math.max(1, utf8Length(c));
        i += run - 1;
        continue;
      }
      out.append(escapeChar(c, raw, rawIndex));
      rawIndex += c == '\uFFFD' ? 1 : Math.max(1, utf8Length(c));
    }
    return out.toString();
  }

  /**
   * Makes a message printable and writable as UTF-8: lone surrogates and control characters other than the
   * line feed escaped, long runs folded.
   *
   * @param text a message, which may quote an input
   * @return the printable text
   */
  static String printable(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), 2_000));
    for (int i = 0; i < text.length() && out.length() < 2_000; i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
          || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
      if (Character.isSurrogate(c) && !paired || c < 0x20 && c != '\n' || c == 0x7F) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.length() < text.length() ? out + "…" : out.toString();
  }

  private static int utf8Length(char c) {
    return c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? (Character.isHighSurrogate(c) ? 4 : 0) : 3;
  }

  private static String escapeChar(char c, byte[] raw, int rawIndex) {
    if (c == '\uFFFD') {
      return rawIndex < raw.length ? String.format("\\x%02X", raw[rawIndex] & 0xFF) : "\\uFFFD";
    }
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case '\\' -> "\\\\";
      default -> c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04x", (int) c);
    };
  }
}
