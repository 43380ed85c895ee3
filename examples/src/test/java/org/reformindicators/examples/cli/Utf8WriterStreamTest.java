package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8WriterStreamTest {

  @Test
  void decodesCharactersSplitAcrossWrites() throws IOException {
    byte[] bytes = "Quảng Ngãi — 10 %\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
    for (int chunk : new int[] {1, 2, 3, 7, 8191, 8192, 8193, bytes.length}) {
      StringWriter out = new StringWriter();
      Utf8WriterStream stream = new Utf8WriterStream(out);
      for (int off = 0; off < bytes.length; off += chunk) {
        stream.write(bytes, off, Math.min(chunk, bytes.length - off));
      }
      stream.close();
      assertEquals(new String(bytes, StandardCharsets.UTF_8), out.toString(), "chunk " + chunk);
    }
  }

  @Test
  void invalidOrIncompleteUtf8IsAnError() throws IOException {
    assertThrows(CharacterCodingException.class,
        () -> new Utf8WriterStream(new StringWriter()).write(new byte[] {'a', (byte) 0xFF, 'b'}));
    Utf8WriterStream cut = new Utf8WriterStream(new StringWriter());
    cut.write(new byte[] {(byte) 0xE1, (byte) 0xBA});
    assertThrows(CharacterCodingException.class, cut::close);
  }

  @Test
  void singleBytesAreWrittenToo() throws IOException {
    StringWriter out = new StringWriter();
    Utf8WriterStream stream = new Utf8WriterStream(out);
    for (byte b : "ạ".getBytes(StandardCharsets.UTF_8)) {
      stream.write(b);
    }
    stream.close();
    assertEquals("ạ", out.toString());
  }
}
