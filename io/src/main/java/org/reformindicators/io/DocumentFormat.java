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
  /**
   * YAML, for people who author documents by hand: parsed by SnakeYAML, a YAML 1.1 parser, through Jackson,
   * and held to the forms on which YAML 1.1 and YAML 1.2 readers agree. A plain scalar they read differently
   * (a number with a leading zero such as {@code 010}, digits grouped with {@code _}, a {@code 0x}, {@code
   * 0o} or {@code 0b} prefix, a base-60 number such as {@code 1:30}, {@code .inf}, {@code .nan}, and the
   * words {@code yes}, {@code no}, {@code on}, {@code off}, {@code y}, {@code n}) is read as text: a text
   * field keeps it as written, a number or boolean field refuses it ("write 10, not 010: YAML readers
   * disagree"). Aliases are refused; see {@code docs/formats/documents.md}.
   */
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
