package org.reformindicators.core.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, acceptance: no source file in {@code core/src/main} is over {@value #MAX_LINES} lines, so that types
 * stay small, one idea per type. Lines are counted as {@code wc -l} counts them.
 */
class SourceFileSizeTest {

  private static final int MAX_LINES = 600;

  @Test
  void noMainSourceFileOfCoreIsOverTheLimit() {
    Path sources = Path.of("src", "main", "java");
    assertTrue(Files.isDirectory(sources), "core sources expected at " + sources.toAbsolutePath());
    Map<String, Long> tooLong = tooLong(sources);
    assertEquals(Map.of(), tooLong, "files over " + MAX_LINES + " lines: " + tooLong);
  }

  @Test
  void theCheckFailsOnALongFile(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("a"));
    Files.writeString(dir.resolve("a/Long.java"), "//\n".repeat(MAX_LINES + 1), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a/Short.java"), "//\n".repeat(MAX_LINES), StandardCharsets.UTF_8);
    assertEquals(Map.of("a/Long.java", (long) MAX_LINES + 1), tooLong(dir));
  }

  private static Map<String, Long> tooLong(Path root) {
    Map<String, Long> found = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        long lines = lines(file);
        if (lines > MAX_LINES) {
          found.put(root.relativize(file).toString().replace('\\', '/'), lines);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /** Counts line ends, as {@code wc -l} does. */
  private static long lines(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    long count = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        count++;
      }
    }
    return count;
  }
}
