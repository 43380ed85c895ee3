package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

  @TempDir Path dir;

  @Test
  void readsUtf8AndDropsTheByteOrderMark() throws IOException {
    Path file = dir.resolve("a.csv");
    Files.writeString(file, "\uFEFFQuảng Ngãi\n", StandardCharsets.UTF_8);
    assertEquals("Quảng Ngãi\n", InputFiles.readUtf8(file));
  }

  @Test
  void reportsMissingFilesDirectoriesAndLegacyEncodings() throws IOException {
    Path missing = dir.resolve("missing.csv");
    assertEquals(missing + ": file not found",
        assertThrows(InvalidInputException.class, () -> InputFiles.readUtf8(missing)).getMessage());
    assertEquals(dir + ": is a directory, not a file",
        assertThrows(InvalidInputException.class, () -> InputFiles.readUtf8(dir)).getMessage());
    Path legacy = dir.resolve("tcvn3.csv");
    // "Qu¶ng" in TCVN3 (ABC) is the byte 0xB6 for "ả": not valid UTF-8.
    Files.write(legacy, new byte[] {'Q', 'u', (byte) 0xB6, 'n', 'g'});
    String message = assertThrows(InvalidInputException.class, () -> InputFiles.readUtf8(legacy)).getMessage();
    assertEquals(legacy + ": is not UTF-8 text (a legacy Vietnamese encoding such as TCVN3 or VNI?): save it as UTF-8", message);
  }
}
