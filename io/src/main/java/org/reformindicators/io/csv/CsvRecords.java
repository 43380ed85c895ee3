package org.reformindicators.io.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ProblemCollector;
import org.reformindicators.io.problem.ProblemLocation;
import org.reformindicators.io.internal.text.StrictUtf8Reader;

/**
 * Reads the records of a CSV file with a header row, such as an observation file with the columns {@code
 * indicator,area,period,value}; the caller checks the header ({@link #checkColumns} for a fixed set of columns,
 * or its own check then {@link #useColumns}) before the first record.
 *
 * <p>Syntax errors and records with the wrong number of fields are added to the collector and skipped (the
 * collector's listener sees each); problems that make the rest of the file unreadable (a bad header, a
 * legacy encoding, an unterminated quote) end the read by {@link FatalCsvException}. Mutable and not
 * thread-safe.
 */
final class CsvRecords implements Closeable {

  private final CsvTokenizer tokenizer;
  private final StrictUtf8Reader reader;
  private final ProblemCollector problems;
  private final Map<String, Integer> columns = new HashMap<>();
  private final List<String> header;
  private final int width;
  private final long headerLine;
  /** Data records read, well-formed or not. */
  private long records;

  CsvRecords(InputStream in, CsvDialect dialect, ProblemCollector problems) throws IOException {
    this(in, dialect, problems, "a header row is required, such as indicator,area,period,value (long form) or"
        + " area,period,CODE,… (wide form)");
  }

  /**
   * Opens a CSV file and reads its header row.
   *
   * @param expectedHeader what the message of an empty file says is required, such as {@code a header row with
   *     the columns [id, unit]}
   */
  CsvRecords(InputStream in, CsvDialect dialect, ProblemCollector problems, String expectedHeader)
      throws IOException {
    this.reader = new StrictUtf8Reader(in);
    this.tokenizer = new CsvTokenizer(reader, dialect.delimiter());
    this.problems = problems;
    List<String> read;
    try {
      read = nextRecord();
    } catch (CsvTokenizer.CsvSyntaxException e) {
      // without a well-formed header no record can be read: the problem ends the read
      throw fatal(e.line(), "", "", "the header row cannot be read: " + e.getMessage());
    }
    if (read == null) {
      throw fatal(1, "", "", "the file is empty; " + expectedHeader);
    }
    List<String> names = new ArrayList<>(read.size());
    // Interned so that a column looked up by a constant name (ObservationColumn) matches its key by identity.
    read.forEach(name -> names.add(nfc(name).intern()));
    this.header = List.copyOf(names);
    this.width = header.size();
    this.headerLine = tokenizer.recordLine();
    if (header.size() == 1) {
      char other = dialect.delimiter() == ',' ? ';' : ',';
      String only = header.get(0);
      if (only.indexOf(other) >= 0) {
        report(
            only,
            only,
            "the header is a single column holding '"
                + other
                + "': the file is delimited by '"
                + other
                + "', not '"
                + dialect.delimiter()
                + "'"
                + (other == ';'
                    ? "; a spreadsheet export with ';' and a decimal comma needs "
                        + CsvDialect.SEMICOLON_DECIMAL_COMMA.advice()
                    : "; a comma-separated file needs " + CsvDialect.STANDARD.advice()));
        throw new FatalCsvException();
      }
    }
  }

  /**
   * Checks the header against the required and optional columns of a file with a fixed set of columns, and
   * uses the known ones.
   *
   * @throws FatalCsvException if a column is repeated, unknown (when unknown columns are errors) or missing
   */
  void checkColumns(List<String> required, Set<String> optional, boolean failOnUnknownColumns)
      throws FatalCsvException {
    Map<String, Integer> known = new HashMap<>();
    boolean bad = false;
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      if (known.containsKey(name)) {
        bad = report(name, name, "column '" + name + "' appears twice in the header");
        continue;
      }
      boolean listed = required.contains(name) || optional.contains(name);
      if (!listed && failOnUnknownColumns) {
        Set<String> expected = new LinkedHashSet<>(required);
        expected.addAll(optional);
        bad = report(name, name, "unknown column '" + name + "'; expected columns are " + expected);
      }
      if (listed) {
        known.put(name, i);
      }
    }
    for (String column : required) {
      if (!known.containsKey(column)) {
        bad = report(column, "", "required column '" + column + "' is missing from the header " + header);
      }
    }
    if (bad) {
      throw new FatalCsvException();
    }
    useColumns(known);
  }

  /** Returns the header's column names, normalised to NFC, in file order. */
  List<String> header() {
    return header;
  }

  /** Sets the columns that rows look their cells up by (name to index in the header). */
  void useColumns(Map<String, Integer> known) {
    columns.clear();
    columns.putAll(known);
  }

  /**
   * Reports a problem of the header row at a column.
   *
   * @return {@code true}, so that a caller can note that the header is bad
   */
  boolean report(String column, String value, String message) {
    problems.add(new Problem(new ProblemLocation.Csv(headerLine, column), column, value, message));
    return true;
  }

  /**
   * Returns the next well-formed record, or {@code null} at the end; malformed records are reported to the
   * collector and skipped.
   */
  CsvRow next() throws IOException {
    while (true) {
      List<String> fields;
      try {
        fields = nextRecord();
      } catch (CsvTokenizer.CsvSyntaxException e) {
        records++;
        problems.add(new Problem(new ProblemLocation.Csv(e.line(), ""), "", "", e.getMessage()));
        if (e.fatal()) {
          throw new FatalCsvException();
        }
        continue;
      }
      if (fields == null) {
        return null;
      }
      records++;
      long line = tokenizer.recordLine();
      if (fields.size() != width) {
        problems.add(
            new Problem(
                new ProblemLocation.Csv(line, ""),
                "",
                "",
                "the record has " + fields.size() + " fields but the header has " + width));
        continue;
      }
      String[] cells = new String[width];
      for (int i = 0; i < width; i++) {
        cells[i] = nfc(fields.get(i));
      }
      return new CsvRow(line, columns, cells);
    }
  }

  /**
   * Returns how many data records were read so far, well-formed or not (the header excluded).
   *
   * @return the count
   */
  long records() {
    return records;
  }

  private List<String> nextRecord() throws IOException {
    try {
      return tokenizer.next();
    } catch (StrictUtf8Reader.EncodingException e) {
      throw fatal(e.line(), "", "", e.getMessage());
    }
  }

  private FatalCsvException fatal(long line, String column, String value, String message) {
    problems.add(new Problem(new ProblemLocation.Csv(line, column), column, value, message));
    return new FatalCsvException();
  }

  private static String nfc(String text) {
    return isBelowCombiningMarks(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * Returns whether every char lies below U+0300, the first combining mark: such text (ASCII codes, numbers,
   * periods) is in NFC already, as no char below U+0300 decomposes or combines with a following one.
   */
  private static boolean isBelowCombiningMarks(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '\u0300') {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  /** Signals that a problem already added to the collector ends the read. */
  static final class FatalCsvException extends IOException {
    private static final long serialVersionUID = 1L;

    FatalCsvException() {
      super("the CSV file cannot be read further; see the problems collected");
    }
  }
}
