package org.reformindicators.io.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Byte-level views used by the mutation engine.
 *
 * <p>Mutations edit a file through its Latin-1 view, one char per byte, so that a regular expression over the
 * ASCII structure of a YAML, JSON or CSV file (keys, numbers, line ends) finds the same offsets as in the bytes,
 * and no edit ever loses an invalid byte. Text inserted into a file is encoded with {@link #wtf8(CharSequence)},
 * which writes a lone surrogate as the three bytes a careless encoder would write (so a "lone surrogate in a
 * file" is representable), and the period parser, which takes text, sees it again through {@link
 * #decodeWtf8(byte[])}.
 */
final class Bytes {

  private Bytes() {}

  /** The Latin-1 view of bytes: char {@code i} is byte {@code i}. */
  static String latin1(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** The bytes of a Latin-1 view. */
  static byte[] fromLatin1(CharSequence view) {
    return view.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Text encoded as UTF-8, except that a lone surrogate is encoded as a three-byte sequence (WTF-8). */
  static byte[] wtf8(CharSequence text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int cp = c;
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        cp = Character.toCodePoint(c, text.charAt(++i));
      }
      if (cp < 0x80) {
        out.write(cp);
      } else if (cp < 0x800) {
        out.write(0xC0 | cp >> 6);
        out.write(0x80 | cp & 0x3F);
      } else if (cp < 0x10000) {
        out.write(0xE0 | cp >> 12);
        out.write(0x80 | cp >> 6 & 0x3F);
        out.write(0x80 | cp & 0x3F);
      } else {
        out.write(0xF0 | cp >> 18);
        out.write(0x80 | cp >> 12 & 0x3F);
        out.write(0x80 | cp >> 6 & 0x3F);
        out.write(0x80 | cp & 0x3F);
      }
    }
    return out.toByteArray();
  }

  /** The Latin-1 view of {@link #wtf8(CharSequence)}, ready to be spliced into another view. */
  static String wtf8View(CharSequence text) {
    return latin1(wtf8(text));
  }

  /**
   * Decodes WTF-8: well-formed UTF-8 and three-byte surrogates give their chars, every other malformed byte
   * gives U+FFFD.
   */
  static String decodeWtf8(byte[] bytes) {
    StringBuilder text = new StringBuilder(bytes.length);
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int length = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0;
      int cp = length == 1 ? b : length == 2 ? b & 0x1F : length == 3 ? b & 0x0F : b & 0x07;
      boolean ok = length > 0 && i + length <= bytes.length;
      for (int k = 1; ok && k < length; k++) {
        int next = bytes[i + k] & 0xFF;
        ok = (next & 0xC0) == 0x80;
        cp = cp << 6 | next & 0x3F;
      }
      int min = length == 2 ? 0x80 : length == 3 ? 0x800 : length == 4 ? 0x10000 : 0;
      if (ok && cp >= min && cp <= Character.MAX_CODE_POINT) {
        text.appendCodePoint(cp);
        i += length;
      } else {
        text.append('\uFFFD');
        i++;
      }
    }
    return text.toString();
  }

  /** The 1-based line of an offset, counting LF, CRLF and a bare CR each as one line end. */
  static int lineOf(byte[] bytes, int offset) {
    return lineOf(latin1(bytes), offset);
  }

  /** The 1-based line of an offset of a view, counting LF, CRLF and a bare CR each as one line end. */
  static int lineOf(CharSequence view, int offset) {
    int line = 1;
    int length = view.length();
    for (int i = 0; i < Math.min(offset, length); i++) {
      char c = view.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 >= length || view.charAt(i + 1) != '\n')) {
        line++;
      }
    }
    return line;
  }

  /** How many lines the bytes hold, counting every kind of line end (an unterminated last line counts). */
  static int lineCount(byte[] bytes) {
    return lineOf(bytes, bytes.length);
  }
}
