package org.reformindicators.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The syntaxes of documents, such as {@link #YAML} for a plan authored by hand in {@code
 * quang-ngai-1256.yaml}.
 *
 * <p>Immutable and thread-safe.
 */
public enum DocumentFormat {
  /** JSON (RFC 8259), for machines. */
  JSON,
  /** YAML 1.1 as read by SnakeYAML, for people who author documents by hand. */
  YAML;

  /**
   * Chooses the format from a file name's extension: {@code .json} is JSON, {@code .yaml} and {@code .yml}
   * are YAML (case-insensitive).
   *
   * @param file the file
   * @return the format
   * @throws IllegalArgumentException if the extension is none of these
   * @throws NullPointerException if {@code file} is null
   */
  public static DocumentFormat of(Path file) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return JSON;
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return YAML;
    }
    throw new IllegalArgumentException(
        "file extension must be .json, .yaml or .yml to choose a document format, was '" + name + "'");
  }
}
