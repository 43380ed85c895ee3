package org.reformindicators.io.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class YamlCharacterReaderTest {

  @Test
  void deliversTheTextBeforeAControlCharacterThenNamesItsLineAndColumn() throws IOException {
    YamlCharacterReader reader = new YamlCharacterReader(new StringReader("a: 1\r\nb: 2\rc: x\u0002y"));
    char[] buffer = new char[64];
    assertEquals(15, reader.read(buffer, 0, buffer.length));
    YamlCharacterReader.CharacterException e =
        assertThrows(YamlCharacterReader.CharacterException.class, () -> reader.read(buffer, 0, buffer.length));
    assertEquals(3, e.line());
    assertEquals(5, e.column());
    assertEquals("U+0002", e.shown());
    assertEquals(
        "control character U+0002 is not allowed in YAML; remove it or write it escaped in a double-quoted string",
        e.getMessage());
  }

  @Test
  void allowsExactlyYamlsPrintableSet() {
    for (char c : new char[] {'\t', '\n', '\r', ' ', '~', '\u0085', '\u00A0', '\uD7FF', '\uE000', '\uFFFD', '\uD83D'}) {
      assertTrue(YamlCharacterReader.isPrintable(c), String.format("U+%04X", (int) c));
    }
    for (char c : new char[] {'\u0000', '\u0002', '\u001F', '\u007F', '\u0080', '\u009F', '\uFFFE', '\uFFFF'}) {
      assertFalse(YamlCharacterReader.isPrintable(c), String.format("U+%04X", (int) c));
    }
  }

  @Test
  void countsAnAstralCharacterAsOneColumn() {
    YamlCharacterReader reader = new YamlCharacterReader(new StringReader("\uD83D\uDE00\u007F"));
    char[] buffer = new char[64];
    YamlCharacterReader.CharacterException e = assertThrows(YamlCharacterReader.CharacterException.class, () -> {
      while (reader.read(buffer, 0, buffer.length) >= 0) {
        // read on
      }
    });
    assertEquals(2, e.column());
  }
}
