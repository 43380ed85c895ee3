package org.reformindicators.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The text of io's bundled methodology files, for tests that name one beside their data. */
final class ReformIndicatorsIoText {

  private ReformIndicatorsIoText() {}

  /** The bundled PCI methodology, as YAML text. */
  static String pci() {
    try (InputStream in = ReformIndicatorsIoText.class.getResourceAsStream(
        "/org/reformindicators/io/methodologies/pci.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
