package org.reformindicators.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits RFC 4180 text into records of fields, such as {@code PCI,51,2020,"6,29"} into four fields, while
 * counting physical lines.
 *
 * <p>Quoted fields may hold the delimiter, doubled quotes and line ends; records end with LF, CRLF or the end of the
 * input (a CR alone is an error, also just before the end); blank lines are skipped. The input is never read
 * again once it reported its end. Memory is bounded: a field longer than {@value #MAX_FIELD_LENGTH} characters or a record
 * of more than {@value #MAX_FIELDS} fields is a syntax error. After a syntax error the tokenizer resumes at
 * the next line. Mutable and not thread-safe.
 */
final class CsvTokenizer {

  /** Longest field accepted, in chars; bounds the memory of a reader fed an unterminated quote. */
  static final int MAX_FIELD_LENGTH = 65_536;

  /** Most fields accepted in one record. */
  static final int MAX_FIELDS = 1_000;

  private static final int EOF = -1;

  private final Reader in;
  private final char delimiter;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;
  /** Set when the input reported its end: it is never read again (a strict decoder refuses it). */
  private boolean ended;
  private long line = 1;
  private long recordLine = 1;
  private final StringBuilder field = new StringBuilder();

  CsvTokenizer(Reader in, char delimiter) {
    this.in = Objects.requireNonNull(in, "in");
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
      throw new IllegalArgumentException("delimiter must not be a quote or a line end, was '" + delimiter + "'");
    }
    this.delimiter = delimiter;
  }

  /**
   * Returns the physical line on which the last record returned (or rejected) starts.
   *
   * @return the line, counted from 1
   */
  long recordLine() {
    return recordLine;
  }

  /**
   * Returns the physical line the tokenizer is on.
   *
   * @return the current line, counted from 1
   */
  long currentLine() {
    return line;
  }

  /**
   * Reads the next record.
   *
   * @return the fields of the next record, or {@code null} at the end of the input
   * @throws CsvSyntaxException if the record breaks RFC 4180; the tokenizer has moved to the next line
   * @throws IOException if the input cannot be read or is not UTF-8
   */
  List<String> next() throws IOException {
    int c = read();
    while (c == '\n' || (c == '\r' && peek() == '\n')) {
      if (c == '\r') {
        read();
      }
      c = read();
    }
    recordLine = line;
    if (c == EOF) {
      return null;
    }
    List<String> fields = new ArrayList<>(8);
    while (true) {
      field.setLength(0);
      if (c == '"') {
        c = readQuoted();
      } else {
        c = readUnquoted(c);
      }
      if (fields.size() == MAX_FIELDS) {
        throw syntaxError("a record may have at most " + MAX_FIELDS + " fields");
      }
      fields.add(field.toString());
      if (c == delimiter) {
        c = read();
        continue;
      }
      return fields; // c is a line end or EOF
    }
  }

  /** Reads an unquoted field starting with {@code c}; returns the delimiter, '\n' or EOF that ends it. */
  private int readUnquoted(int first) throws IOException {
    int c = first;
    while (true) {
      if (c == delimiter || c == '\n' || c == EOF) {
        return c;
      }
      if (c == '\r') {
        if (peek() == '\n') {
          read();
          return '\n';
        }
        throw syntaxError("a carriage return (CR) must be followed by a line feed (LF) outside quotes");
      }
      if (c == '"') {
        throw syntaxError(
            "a quote (\") inside an unquoted field; enclose the field in quotes and double the inner quote");
      }
      append((char) c);
      c = read();
    }
  }

  /** Reads a quoted field whose opening quote was consumed; returns the delimiter, '\n' or EOF after it. */
  private int readQuoted() throws IOException {
    long openedOn = line;
    while (true) {
      int c = read();
      if (c == EOF) {
        throw new CsvSyntaxException(
            recordLine, "a quoted field opened on line " + openedOn + " is never closed", true);
      }
      if (c == '"') {
        if (peek() == '"') {
          read();
          append('"');
          continue;
        }
        break;
      }
      append((char) c);
    }
    int after = read();
    if (after == '\r' && peek() == '\n') {
      read();
      return '\n';
    }
    if (after == delimiter || after == '\n' || after == EOF) {
      return after;
    }
    throw syntaxError("unexpected character '" + (char) after + "' after a closing quote");
  }

  private void append(char c) throws CsvSyntaxException {
    if (field.length() == MAX_FIELD_LENGTH) {
      throw new CsvSyntaxException(
          recordLine,
          "a field may hold at most " + MAX_FIELD_LENGTH + " characters (is a closing quote missing?)",
          true);
    }
    field.append(c);
  }

  private CsvSyntaxException syntaxError(String message) throws IOException {
    int c = read();
    while (c != '\n' && c != EOF) {
      c = read();
    }
    return new CsvSyntaxException(recordLine, message, false);
  }

  private int read() throws IOException {
    if (position == limit && !refill()) {
      return EOF;
    }
    char c = buffer[position++];
    if (c == '\n') {
      line++;
    }
    return c;
  }

  private int peek() throws IOException {
    if (position == limit && !refill()) {
      return EOF;
    }
    return buffer[position];
  }

  private boolean refill() throws IOException {
    if (ended) {
      return false;
    }
    int n;
    do {
      n = in.read(buffer, 0, buffer.length);
    } while (n == 0);
    if (n < 0) {
      ended = true;
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  /** A record that breaks RFC 4180, with the line on which it starts. */
  static final class CsvSyntaxException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long line;
    private final boolean fatal;

    CsvSyntaxException(long line, String message, boolean fatal) {
      super(message);
      this.line = line;
      this.fatal = fatal;
    }

    /** The line on which the bad record starts. */
    long line() {
      return line;
    }

    /** Whether reading cannot go on after this error (the input ended inside quotes). */
    boolean fatal() {
      return fatal;
    }
  }
}
