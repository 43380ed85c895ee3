package org.reformindicators.examples.cli;

import java.util.Objects;

/**
 * One problem found in a user's input, located in its file, such as {@code plan.yaml:12:5: unknown
 * indicator PCI_X}.
 *
 * <p>The location is either a line (with an optional column) or a JSON pointer, so every message
 * printed by the command line takes one of the forms {@code FILE:LINE[:COLUMN]: message} or {@code
 * FILE:/json/pointer: message}, or {@code FILE: message} when the whole file is at fault.
 *
 * <p>It is not {@link org.reformindicators.io.problem.Problem}, from which it is made for read errors: io's problem
 * does not know the file (its {@link org.reformindicators.io.problem.ReadException} does) and has no location for
 * a problem with a whole file (missing, unreadable, of an unknown format, "12 more problems not listed"); this
 * record adds the file and is the one printed form of the command line, {@code FILE:LINE[:COLUMN]: message}, for
 * those and for read errors alike.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param file the file as the user named it, never {@code null}
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 * @param pointer the JSON pointer ({@code /clauses/3/target}), or the empty string when unknown
 * @param message what is wrong, never {@code null}
 */
public record Problem(String file, int line, int column, String pointer, String message) {

  /**
   * Validates the components.
   *
   * @param file the file as the user named it, never {@code null}
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param pointer the JSON pointer ({@code /clauses/3/target}), or the empty string when unknown
   * @param message what is wrong, never {@code null}
   * @throws NullPointerException if a text component is {@code null}
   * @throws IllegalArgumentException if the line or column is negative, or a column is given
   *     without a line
   */
  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line must be 0 (unknown) or positive, was " + line);
    }
    if (column < 0 || (column > 0 && line == 0)) {
      throw new IllegalArgumentException(
          "column must be 0 (unknown) or positive with a known line, was " + column);
    }
  }

  /**
   * A problem with the whole file, such as a missing file.
   *
   * @param file the file as the user named it
   * @param message what is wrong
   * @return the problem
   */
  public static Problem ofFile(String file, String message) {
    return new Problem(file, 0, 0, "", message);
  }

  /**
   * A problem at a line and column of a file.
   *
   * @param file the file as the user named it
   * @param line the 1-based line
   * @param column the 1-based column, or 0 when unknown
   * @param message what is wrong
   * @return the problem
   */
  public static Problem at(String file, int line, int column, String message) {
    return new Problem(file, line, column, "", message);
  }

  /**
   * A problem at a JSON pointer of a JSON or YAML document.
   *
   * @param file the file as the user named it
   * @param pointer the JSON pointer, starting with {@code /} (the empty string for the root)
   * @param message what is wrong
   * @return the problem
   */
  public static Problem atPointer(String file, String pointer, String message) {
    return new Problem(file, 0, 0, pointer, message);
  }

  /**
   * Returns the line printed on standard error, {@code FILE:LINE[:COLUMN]: message}, {@code
   * FILE:/pointer: message} or {@code FILE: message}.
   *
   * @return the printable form
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    } else if (!pointer.isEmpty()) {
      text.append(':').append(pointer);
    }
    return text.append(": ").append(message).toString();
  }
}
