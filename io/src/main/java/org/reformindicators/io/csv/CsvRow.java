package org.reformindicators.io.csv;

import java.util.Map;

/**
 * One data record of a headed CSV file, such as line 2 of {@code indicator,area,period,value}: its cells by
 * column name, already normalised to Unicode NFC.
 *
 * <p>Immutable and thread-safe.
 */
final class CsvRow {

  private final long line;
  private final Map<String, Integer> columns;
  private final String[] cells;

  CsvRow(long line, Map<String, Integer> columns, String[] cells) {
    this.line = line;
    this.columns = columns;
    this.cells = cells;
  }

  /** The physical line on which the record starts. */
  long line() {
    return line;
  }

  /** The cell of a column, or {@code null} when the file has no such column. */
  String cell(String column) {
    Integer index = columns.get(column);
    return index == null ? null : cells[index];
  }
}
