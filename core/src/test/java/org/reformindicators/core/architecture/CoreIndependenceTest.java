package org.reformindicators.core.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards the module boundary: {@code core} must never depend on Jackson nor on the {@code io} module.
 *
 * <p>Every compiled class of {@code core} (including the classes Immutables generates) is read as bytes;
 * a reference to another class is stored in the constant pool as its internal name (e.g. {@code
 * com/fasterxml/jackson/databind/ObjectMapper}), so a forbidden dependency, even one used only through a
 * fully qualified name or an annotation, shows up as that byte string.
 */
class CoreIndependenceTest {

  private static final List<String> FORBIDDEN =
      List.of("com/fasterxml/jackson", "tools/jackson", "org/reformindicators/io", "org/apache/spark");

  @Test
  void coreClassesReferenceNeitherJacksonNorIoNorSpark() throws IOException {
    Path classes = Paths.get("target", "classes", "org", "reformindicators", "core");
    assertTrue(Files.isDirectory(classes), "compiled classes expected at " + classes.toAbsolutePath());
    List<String> violations = new ArrayList<>();
    int scanned = scan(classes, violations);
    assertTrue(scanned > 100, "expected the compiled core classes under " + classes.toAbsolutePath()
        + ", found " + scanned);
    assertEquals(List.of(), violations, "core must not depend on Jackson, io or Spark");
  }

  @Test
  void theScanReportsEveryForbiddenReferenceInAClassFile(@TempDir Path dir) throws IOException {
    // A constant-pool entry is a tag byte (1 = UTF-8), a two-byte length, then the internal name.
    Files.write(dir.resolve("Clean.class"), utf8Entry("java/lang/String"));
    Files.createDirectories(dir.resolve("sub"));
    Files.write(dir.resolve("sub").resolve("Bound.class"),
        utf8Entry("com/fasterxml/jackson/databind/ObjectMapper"));
    Files.write(dir.resolve("Leaky.class"), utf8Entry("org/reformindicators/io/ReformIndicatorsIo"));
    Files.write(dir.resolve("notes.txt"), utf8Entry("com/fasterxml/jackson/core/JsonParser"));
    List<String> violations = new ArrayList<>();

    assertEquals(3, scan(dir, violations));
    assertEquals(
        List.of("Leaky.class references org.reformindicators.io",
            "sub/Bound.class references com.fasterxml.jackson"),
        violations.stream().map(v -> v.replace('\\', '/')).sorted().toList());
  }

  /** Scans every {@code .class} file below {@code root}, adds one line per forbidden reference, returns the count. */
  private static int scan(Path root, List<String> violations) throws IOException {
    List<Path> classFiles;
    try (Stream<Path> files = Files.walk(root)) {
      classFiles = files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
    }
    for (Path file : classFiles) {
      String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      for (String forbidden : FORBIDDEN) {
        if (bytes.contains(forbidden)) {
          violations.add(root.relativize(file) + " references " + forbidden.replace('/', '.'));
        }
      }
    }
    return classFiles.size();
  }

  private static byte[] utf8Entry(String internalName) {
    byte[] name = internalName.getBytes(StandardCharsets.UTF_8);
    byte[] entry = new byte[3 + name.length];
    entry[0] = 1;
    entry[1] = (byte) (name.length >> 8);
    entry[2] = (byte) name.length;
    System.arraycopy(name, 0, entry, 3, name.length);
    return entry;
  }
}
