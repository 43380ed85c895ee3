package org.reformindicators.io.fuzz;

/**
 * The surface syntax of a fuzzed input, which decides how a mutation finds values and writes hostile ones
 * (a duplicate key is {@code key: x} in YAML and {@code "key": x} in JSON; nesting is {@code [[…]]} in both).
 */
enum Syntax {
  /** A YAML document (plans, methodologies and other documents). */
  YAML,
  /** A JSON document. */
  JSON,
  /** An observation CSV. */
  CSV,
  /** One line of text, e.g. a reporting period. */
  TEXT;

  /**
   * Tells whether the syntax is a JSON or YAML document.
   *
   * @return {@code true} for YAML and JSON
   */
  boolean isDocument() {
    return this == YAML || this == JSON;
  }

  /**
   * Returns a scalar as it is written in a value position: JSON and YAML strings double-quoted (escaping only
   * {@code "} and {@code \}), CSV cells quoted when they hold a delimiter, quote or line end.
   *
   * @param text the value
   * @return the written form
   */
  String quote(String text) {
    return switch (this) {
      case JSON, YAML -> '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
      case CSV -> text.matches("(?s).*[,;\"\r\n].*") ? '"' + text.replace("\"", "\"\"") + '"' : text;
      case TEXT -> text;
    };
  }

  /**
   * Returns the syntax of a seed file from its name.
   *
   * @param fileName e.g. {@code qn-ranks.yaml}
   * @return the syntax
   */
  static Syntax ofFileName(String fileName) {
    if (fileName.endsWith(".json")) {
      return JSON;
    }
    if (fileName.endsWith(".yaml") || fileName.endsWith(".yml")) {
      return YAML;
    }
    if (fileName.endsWith(".csv")) {
      return CSV;
    }
    return TEXT;
  }
}
