package org.reformindicators.io.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One file of a seed corpus, such as {@code plan-yaml/qn-ranks.yaml}; seeds are small (at most {@value
 * #MAX_BYTES} bytes), valid, and trimmed from the golden files and the bundled examples.
 *
 * @param name the file name, or {@code periods.txt:3} for one line of a list
 * @param bytes the content
 * @param syntax its syntax
 */
record Seed(String name, byte[] bytes, Syntax syntax) {

  /** Largest seed, in bytes. */
  static final int MAX_BYTES = 4096;

  /** Where the corpora are, under the test resources. */
  static final String ROOT = "org/reformindicators/io/fuzz/";

  /**
   * Loads the corpus of a directory: every file, in name order; a {@code .txt} file gives one seed per line.
   *
   * @param directory e.g. {@code plan-yaml}
   * @return the seeds
   */
  static List<Seed> corpus(String directory) {
    URL url = Seed.class.getClassLoader().getResource(ROOT + directory);
    if (url == null) {
      throw new IllegalStateException("no seed corpus " + ROOT + directory + " on the class path");
    }
    List<Seed> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        byte[] bytes = Files.readAllBytes(file);
        if (name.endsWith(".txt")) {
          List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
          for (int i = 0; i < lines.size(); i++) {
            seeds.add(new Seed(name + ":" + (i + 1), lines.get(i).getBytes(StandardCharsets.UTF_8), Syntax.TEXT));
          }
        } else {
          seeds.add(new Seed(name, bytes, Syntax.ofFileName(name)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return List.copyOf(seeds);
  }

  @Override
  public String toString() {
    return name;
  }
}
