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
 * <p>Quoted fields may hold the delimiter, doubled quotes and line ends; records end with LF, CRLF or the end of
 * the input (a CR alone is an error, also just before the end); blank lines are skipped. The input is never read
 * again once it reported its end. Memory is bounded: a field longer than {@value #MAX_FIELD_LENGTH} characters
 * or a record of more than {@value #MAX_FIELDS} fields is a syntax error. After a syntax error the tokenizer
 * resumes at the next line.
 *
 * <p>An unquoted field that lies within the buffer, the common case, becomes a string straight from the buffer
 * without going through a builder; the {@code CsvReadingBenchmark} of the benchmarks module measures this path
 * against Jackson's CSV parser. Mutable and not thread-safe.
 */
final class CsvTokenizer {

  /** Longest field accepted, in chars; bounds the memory of a reader fed an unterminated quote. */
  static final int MAX_FIELD_LENGTH = 65_536;

  /** Most fields accepted in one record. */
  static final int MAX_FIELDS = 1_000;

  private static final int EOF = -1;

  /** Chars decoded at a time; smaller than {@link #MAX_FIELD_LENGTH}, so a field within it needs no check. */
  private static final int BUFFER_CHARS = 8192;

  private final Reader in;
  private final char delimiter;
  /** The greatest of the chars that end or break an unquoted field, to skip ordinary chars in one test. */
  private final char maxSpecial;
  private final char[] buffer = new char[BUFFER_CHARS];
  private int position;
  private int limit;
  /** Set when the input reported its end: it is never read again (a strict decoder refuses it). */
  private boolean ended;
  private long line = 1;
  private long recordLine = 1;
  private final StringBuilder field = new StringBuilder();
  private final List<String> fields = new ArrayList<>(8);
  /** The delimiter, {@code '\n'} or {@link #EOF} that ended the last field read. */
  private int terminator;

  CsvTokenizer(Reader in, char delimiter) {
    this.in = Objects.requireNonNull(in, "in");
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
      throw new IllegalArgumentException("delimiter must not be a quote or a line end, was '" + delimiter + "'");
    }
    this.delimiter = delimiter;
    this.maxSpecial = (char) Math.max(delimiter, '"');
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
   * @return the fields of the next record, valid until the next call (the list is reused), or {@code null} at
   *     the end of the input
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
    fields.clear();
    while (true) {
      String value = c == '"' ? readQuoted() : readUnquoted(c);
      if (fields.size() == MAX_FIELDS) {
        throw syntaxError("a record may have at most " + MAX_FIELDS + " fields");
      }
      fields.add(value);
      if (terminator == delimiter) {
        c = read();
        continue;
      }
      return fields; // a line end or the end of the input
    }
  }

  /** Reads an unquoted field whose first char {@code first} was consumed; sets {@link #terminator}. */
  private String readUnquoted(int first) throws IOException {
    if (first == delimiter || first == '\n' || first == EOF) {
      terminator = first;
      return "";
    }
    field.setLength(0);
    if (first != '\r' && first != '"') {
      // Fast path: the field and its terminator lie in the buffer, where read() just took the first char.
      int start = position - 1;
      int p = position;
      char[] chars = buffer;
      int end = limit;
      while (p < end) {
        char c = chars[p];
        if (c <= maxSpecial && (c == delimiter || c == '\n' || c == '\r' || c == '"')) {
          break;
        }
        p++;
      }
      position = p;
      if (p < end && (chars[p] == delimiter || chars[p] == '\n')) {
        String value = new String(chars, start, p - start);
        terminator = read();
        return value;
      }
      field.append(chars, start, p - start);
      return slowUnquoted(read());
    }
    return slowUnquoted(first);
  }

  /** Reads the rest of an unquoted field char by char from {@code c}, after what {@link #field} holds. */
  private String slowUnquoted(int first) throws IOException {
    int c = first;
    while (true) {
      if (c == delimiter || c == '\n' || c == EOF) {
        terminator = c;
        return field.toString();
      }
      if (c == '\r') {
        if (peek() == '\n') {
          read();
          terminator = '\n';
          return field.toString();
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

  /** Reads a quoted field whose opening quote was consumed; sets {@link #terminator}. */
  private String readQuoted() throws IOException {
    long openedOn = line;
    field.setLength(0);
    while (true) {
      if (position == limit && !refill()) {
        throw new CsvSyntaxException(
            recordLine, "a quoted field opened on line " + openedOn + " is never closed", true);
      }
      int p = position;
      char[] chars = buffer;
      int end = limit;
      while (p < end && chars[p] != '"') {
        if (chars[p] == '\n') {
          line++;
        }
        p++;
      }
      appendRun(position, p - position);
      position = p;
      if (p == end) {
        continue;
      }
      position++; // the quote
      if (peek() == '"') {
        read();
        append('"');
        continue;
      }
      break;
    }
    int after = read();
    if (after == '\r' && peek() == '\n') {
      read();
      after = '\n';
    }
    if (after == delimiter || after == '\n' || after == EOF) {
      terminator = after;
      return field.toString();
    }
    throw syntaxError("unexpected character '" + (char) after + "' after a closing quote");
  }

  private void append(char c) throws CsvSyntaxException {
    if (field.length() == MAX_FIELD_LENGTH) {
      throw tooLong();
    }
    field.append(c);
  }

  private void appendRun(int offset, int length) throws CsvSyntaxException {
    if (field.length() + length > MAX_FIELD_LENGTH) {
      throw tooLong();
    }
    field.append(buffer, offset, length);
  }

  private CsvSyntaxException tooLong() {
    return new CsvSyntaxException(
        recordLine, "a field may hold at most " + MAX_FIELD_LENGTH + " characters (is a closing quote missing?)", true);
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
