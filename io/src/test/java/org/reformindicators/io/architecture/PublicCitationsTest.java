package org.reformindicators.io.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: users do not have the project's internal notes, so nothing a user receives cites them. Every text
 * file under a module's {@code src/main} (Javadoc, bundled observations, plans, methodologies, schemas,
 * conformance vectors), the test fixtures under {@code src/test/resources} and the pages of {@code docs} must
 * cite the public source (publisher, title, date; a decision with its number and date; or the project's own
 * {@code docs/}) instead of an internal note or the grades those notes give.
 */
class PublicCitationsTest {

  /** An internal note's name, or a grade of those notes such as {@code [V]} or {@code [D: 43 + 19]}. */
  static final Pattern INTERNAL_CITATION = Pattern.compile(
      "indices\\.md|codes\\.md|plan-1256\\.md|shared/domain|(?<![\\w/.-])methods\\.md|\\[[VDUM]\\]|\\[[VDU]: ");

  /**
   * Citations that may not change: the rationale of a published conformance vector is part of its digest
   * ({@code PublishedVectorsTest}), so correcting it means adding a vector with a new id and retiring this one.
   */
  private static final Set<String> FROZEN = Set.of(
      "io/src/main/resources/org/reformindicators/io/conformance/composite.json: indices.md");

  private static final Set<String> TEXT = Set.of(
      "java", "yaml", "yml", "json", "csv", "md", "txt", "properties", "xml", "jsonl", "tsv");

  @Test
  void noSourceFileResourceFixtureOrDocCitesAnInternalNote() throws IOException {
    Path root = projectRoot();
    List<String> found = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module : modules.filter(Files::isDirectory).toList()) {
        scan(root, module.resolve("src/main"), found);
        scan(root, module.resolve("src/test/resources"), found);
      }
    }
    scan(root, root.resolve("docs"), found);
    scan(root, root.resolve("README.md"), found);
    assertEquals(List.of(), found, "cite the public source instead");
  }

  @Test
  void thePatternFindsEachInternalCitationAndSparesPublicOnes() {
    for (String bad : List.of("(indices.md, PCI)", "{@code codes.md}", "plan-1256.md", "shared/domain/x",
        "(methods.md §2)", "rank 63/63 [V]", "[D: 43 + 19]", "[U]")) {
      assertTrue(INTERNAL_CITATION.matcher(bad).find(), bad);
    }
    for (String good : List.of("docs/methods.md", "docs/formats/observations.md", "docs/plan-1256-model.md",
        "Decision 1256/QĐ-UBND", "publisher: [VCCI]", "VCCI, PCI 2020 provincial profile")) {
      assertFalse(INTERNAL_CITATION.matcher(good).find(), good);
    }
  }

  private static void scan(Path root, Path start, List<String> found) throws IOException {
    if (!Files.exists(start)) {
      return;
    }
    try (Stream<Path> files = Files.walk(start)) {
      for (Path file : files.filter(Files::isRegularFile).filter(PublicCitationsTest::isText).toList()) {
        String text;
        try {
          text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
          continue;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          Matcher m = INTERNAL_CITATION.matcher(lines[i]);
          if (m.find() && !FROZEN.contains(root.relativize(file).toString().replace('\\', '/') + ": " + m.group())) {
            found.add(root.relativize(file) + ":" + (i + 1) + ": " + m.group());
          }
        }
      }
    }
  }

  private static boolean isText(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && TEXT.contains(name.substring(dot + 1));
  }

  /** The project root: the parent of the io module, which is the working directory of its tests. */
  private static Path projectRoot() {
    Path dir = Path.of("").toAbsolutePath();
    Path root = dir.getFileName().toString().equals("io") ? dir.getParent() : dir;
    if (!Files.isDirectory(root.resolve("io/src/main")) || !Files.isDirectory(root.resolve("docs"))) {
      throw new UncheckedIOException(new IOException("not a project checkout: " + root));
    }
    return root;
  }
}
