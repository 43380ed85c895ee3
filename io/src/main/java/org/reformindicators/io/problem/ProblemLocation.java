package org.reformindicators.io.problem;

/**
 * Where in a file a problem was found, such as {@code /clauses/3/target (line 14, column 9)} in a plan or
 * {@code line 7, column 'value'} in an observation CSV.
 *
 * <p>The set of location kinds is closed: {@link Document} for JSON and YAML documents and {@link Csv} for
 * delimited files. Implementations are immutable and thread-safe.
 */
public sealed interface ProblemLocation permits ProblemLocation.Document, ProblemLocation.Csv {

  /**
   * Returns the location as people read it.
   *
   * @return the location as text, e.g. {@code line 7, column 'value'}
   */
  String describe();

  /**
   * A place in a JSON or YAML document, such as {@code /indicators/2/code (line 9, column 13)}.
   *
   * <p>Immutable and thread-safe.
   *
   * @param pointer the JSON pointer (RFC 6901) of the offending node; the empty string is the document root
   * @param line the line, counted from 1, or 0 when unknown
   * @param column the column, counted from 1, or 0 when unknown
   */
  record Document(String pointer, int line, int column) implements ProblemLocation {

    /**
     * Validates the components.
     *
     * @param pointer the JSON pointer of the offending node
     * @param line the line, counted from 1, or 0 when unknown
     * @param column the column, counted from 1, or 0 when unknown
     * @throws NullPointerException if {@code pointer} is null
     * @throws IllegalArgumentException if the pointer does not start with {@code /} (and is not empty), or
     *     the line or column is negative
     */
    public Document {
      java.util.Objects.requireNonNull(pointer, "pointer");
      if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
        throw new IllegalArgumentException("pointer must be empty or start with '/', was '" + pointer + "'");
      }
      if (line < 0 || column < 0) {
        throw new IllegalArgumentException(
            "line and column must be >= 0 (0 = unknown), were " + line + " and " + column);
      }
    }

    @Override
    public String describe() {
      String where = pointer.isEmpty() ? "/" : pointer;
      if (line == 0) {
        return where;
      }
      return column == 0 ? where + " (line " + line + ")" : where + " (line " + line + ", column " + column + ")";
    }

    @Override
    public String toString() {
      return describe();
    }
  }

  /**
   * A cell, or a whole record, of a delimited file, such as {@code line 7, column 'value'}.
   *
   * <p>Immutable and thread-safe.
   *
   * @param line the physical line on which the record starts, counted from 1 (the header is line 1)
   * @param column the header name of the offending column, or the empty string when the problem concerns
   *     the whole record
   */
  record Csv(long line, String column) implements ProblemLocation {

    /**
     * Validates the components.
     *
     * @param line the line, counted from 1
     * @param column the column name, or empty for the whole record
     * @throws NullPointerException if {@code column} is null
     * @throws IllegalArgumentException if the line is below 1
     */
    public Csv {
      java.util.Objects.requireNonNull(column, "column");
      if (line < 1) {
        throw new IllegalArgumentException("line must be >= 1, was " + line);
      }
    }

    @Override
    public String describe() {
      return column.isEmpty() ? "line " + line : "line " + line + ", column '" + column + "'";
    }

    @Override
    public String toString() {
      return describe();
    }
  }
}
