package org.reformindicators.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.reformindicators.io.problem.ProblemCollector;

/**
 * A headed CSV file read record by record with the observation reader's tokenizer and strictness, such as a dossier
 * file with the columns {@code id,unit,level,…}: the way other CSV formats of this library (the dossier and
 * procedure files of {@code io.dossier}) share one RFC 4180 parser and one style of located problems.
 *
 * <p>The header is checked when the table is opened (required columns present, no column twice, unknown columns
 * refused unless allowed); a malformed record (syntax, wrong number of fields) is added to the collector and
 * skipped by {@link #next()}; a problem that makes the rest of the file unreadable (bad header, legacy encoding,
 * unterminated quote) is added to the collector and ends the read with a {@link ReadEndedException}. Cells are
 * normalised to Unicode NFC. Mutable and not thread-safe.
 */
public final class CsvTable implements AutoCloseable {

  private final CsvRecords records;

  private CsvTable(CsvRecords records) {
    this.records = records;
  }

  /**
   * Opens a table and checks its header.
   *
   * @param in the bytes, strict UTF-8 (a byte-order mark is accepted); closed by {@link #close()}
   * @param dialect the delimiter
   * @param required the columns every file must have
   * @param optional the columns a file may have
   * @param failOnUnknownColumns whether another column is a problem
   * @param problems receives every problem with its line and column
   * @return the table, positioned after the header
   * @throws ReadEndedException if the header makes the file unreadable (its problems are in the collector)
   * @throws IOException if the stream cannot be read
   */
  public static CsvTable open(
      InputStream in,
      CsvDialect dialect,
      List<String> required,
      Set<String> optional,
      boolean failOnUnknownColumns,
      ProblemCollector problems)
      throws IOException {
    Objects.requireNonNull(in, "in");
    try {
      CsvRecords records =
          new CsvRecords(in, dialect, problems, "a header row with the columns " + required + " is required");
      records.checkColumns(required, optional, failOnUnknownColumns);
      return new CsvTable(records);
    } catch (CsvRecords.FatalCsvException e) {
      in.close();
      throw new ReadEndedException();
    }
  }

  /**
   * Returns the next well-formed record.
   *
   * @return the record, or {@code null} at the end of the file
   * @throws ReadEndedException if the rest of the file cannot be read (the problem is in the collector)
   * @throws IOException if the stream cannot be read
   */
  public Row next() throws IOException {
    CsvRow row;
    try {
      row = records.next();
    } catch (CsvRecords.FatalCsvException e) {
      throw new ReadEndedException();
    }
    return row == null ? null : new Row(row);
  }

  /**
   * Returns the number of data records read so far, well-formed or not.
   *
   * @return the count
   */
  public long records() {
    return records.records();
  }

  @Override
  public void close() throws IOException {
    records.close();
  }

  /** One well-formed record: its line and its cells by column name. Immutable. */
  public static final class Row {
    private final CsvRow row;

    private Row(CsvRow row) {
      this.row = row;
    }

    /**
     * Returns the physical line on which the record starts (the header is line 1).
     *
     * @return the line
     */
    public long line() {
      return row.line();
    }

    /**
     * Returns the cell of a column.
     *
     * @param column the column name
     * @return the cell, empty when the file has no such column
     */
    public String cell(String column) {
      String cell = row.cell(column);
      return cell == null ? "" : cell;
    }
  }

  /** Signals that a problem already added to the collector ends the read. */
  public static final class ReadEndedException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Creates the signal. */
    public ReadEndedException() {
      super("the CSV file cannot be read further; see the problems collected");
    }
  }
}
