package org.reformindicators.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies bundled resources to files and writes small files for the command tests. */
final class CliFiles {

  static final String EXAMPLE_PLAN = "/org/reformindicators/examples/author/digital-procedures-plan.yaml";
  static final String EXAMPLE_OBSERVATIONS =
      "/org/reformindicators/examples/author/digital-procedures-observations.csv";

  private CliFiles() {}

  static Path copy(String resource, Path file) {
    try (InputStream in = CliFiles.class.getResourceAsStream(resource)) {
      Files.write(file, in.readAllBytes());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String resource) {
    try (InputStream in = CliFiles.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path file, String text) {
    try {
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
