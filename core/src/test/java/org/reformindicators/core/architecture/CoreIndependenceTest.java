package org.reformindicators.core.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

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
      List.of("com/fasterxml/jackson", "tools/jackson", "org/reformindicators/io");

  @Test
  void coreClassesReferenceNeitherJacksonNorIo() throws IOException {
    Path classes = Paths.get("target", "classes", "org", "reformindicators", "core");
    assertTrue(Files.isDirectory(classes), "compiled classes expected at " + classes.toAbsolutePath());
    List<String> violations = new ArrayList<>();
    int scanned;
    try (Stream<Path> files = Files.walk(classes)) {
      List<Path> classFiles = files.filter(p -> p.toString().endsWith(".class")).toList();
      scanned = classFiles.size();
      for (Path file : classFiles) {
        String bytes = new String(read(file), StandardCharsets.ISO_8859_1);
        for (String forbidden : FORBIDDEN) {
          if (bytes.contains(forbidden)) {
            violations.add(classes.relativize(file) + " references " + forbidden.replace('/', '.'));
          }
        }
      }
    }
    assertTrue(scanned > 0, "no compiled core classes found under " + classes.toAbsolutePath());
    assertEquals(List.of(), violations, "core must not depend on Jackson or on io");
  }

  @Test
  void detectorFindsAForbiddenReference() {
    byte[] sample = "\u0001\u0000\u001ccom/fasterxml/jackson/Foo".getBytes(StandardCharsets.ISO_8859_1);
    String text = new String(sample, StandardCharsets.ISO_8859_1);
    assertTrue(FORBIDDEN.stream().anyMatch(text::contains));
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
