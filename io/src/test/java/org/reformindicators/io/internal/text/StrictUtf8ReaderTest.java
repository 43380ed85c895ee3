package org.reformindicators.io.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8ReaderTest {

  private static String readAll(Reader reader) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[16];
    for (int n = reader.read(buffer, 0, buffer.length); n >= 0; n = reader.read(buffer, 0, buffer.length)) {
      text.append(buffer, 0, n);
    }
    return text.toString();
  }

  @Test
  void dropsTheByteOrderMarkAndDecodesVietnamese() throws IOException {
    byte[] body = "Quảng Ngãi 😀".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertEquals("Quảng Ngãi 😀", readAll(new StrictUtf8Reader(new ByteArrayInputStream(withBom))));
  }

  @Test
  void tcvn3BytesAreRejectedAfterTheValidTextBeforeThem() throws IOException {
    // "Qu¶ng" in TCVN3: 0xB6 is "ả" in TCVN3 and a lone continuation byte in UTF-8.
    byte[] tcvn3 = {'a', 'b', 'c', '\n', 'Q', 'u', (byte) 0xB6, 'n', 'g'};
    StrictUtf8Reader reader = new StrictUtf8Reader(new ByteArrayInputStream(tcvn3));
    char[] buffer = new char[64];
    assertEquals(6, reader.read(buffer, 0, buffer.length));
    StrictUtf8Reader.EncodingException e =
        assertThrows(StrictUtf8Reader.EncodingException.class, () -> reader.read(buffer, 0, buffer.length));
    assertEquals(6, e.byteOffset());
    assertEquals(2, e.line());
    assertEquals(0xB6, e.badByte());
    assertTrue(e.getMessage().contains("legacy Vietnamese encoding (TCVN3/ABC, VNI or Windows-1258)"), e.getMessage());
  }

  @Test
  void utf16IsRejectedByItsByteOrderMark() {
    byte[] utf16 = "\uFEFFabc".getBytes(StandardCharsets.UTF_16LE);
    StrictUtf8Reader reader = new StrictUtf8Reader(new ByteArrayInputStream(utf16));
    StrictUtf8Reader.EncodingException e =
        assertThrows(StrictUtf8Reader.EncodingException.class, () -> reader.read(new char[8], 0, 8));
    assertEquals("the file is in UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8", e.getMessage());
  }

  @Test
  void multiByteSequencesSplitAcrossBufferRefillsDecode() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      text.append("ệ");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8); // 3 bytes each, crosses 8 KiB
    assertEquals(text.toString(), readAll(new StrictUtf8Reader(new ByteArrayInputStream(bytes))));
  }

  @Test
  void readingAgainAfterTheEndReturnsTheEndAgain() throws IOException {
    // Issue 12: a second read after -1 used to decode after flushing (IllegalStateException, exit 70).
    StrictUtf8Reader reader = new StrictUtf8Reader(new ByteArrayInputStream("ab".getBytes(StandardCharsets.UTF_8)));
    char[] buffer = new char[8];
    assertEquals(2, reader.read(buffer, 0, buffer.length));
    assertEquals(-1, reader.read(buffer, 0, buffer.length));
    assertEquals(-1, reader.read(buffer, 0, buffer.length));
    assertEquals(-1, reader.read(buffer, 0, buffer.length));
  }

  @Test
  void anEmptyStreamEndsAtOnceAndStaysEnded() throws IOException {
    StrictUtf8Reader reader = new StrictUtf8Reader(new ByteArrayInputStream(new byte[0]));
    assertEquals(-1, reader.read(new char[8], 0, 8));
    assertEquals(-1, reader.read(new char[8], 0, 8));
  }
}
