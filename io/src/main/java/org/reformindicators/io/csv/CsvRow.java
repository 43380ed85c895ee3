package org.reformindicators.io.csv;

import java.util.Map;

/**
 * One data record of a headed CSV file, such as line 2 of {@code indicator,area,period,value}: its cells by
 * column name, already normalised to Unicode NFC.
 *
 * <p>A record can also stand for one cell of a wide table read as a long-form record (such as the cell of
 * column {@code PCI_TRANSPARENCY} on line 7 read as {@code indicator,area,period,value}); it then names, for each
 * of its columns, the column of the file a problem must point at. Immutable and thread-safe.
 */
final class CsvRow {

  private final long line;
  private final Map<String, Integer> columns;
  private final String[] cells;
  private final Map<String, String> locations;

  CsvRow(long line, Map<String, Integer> columns, String[] cells) {
    this(line, columns, cells, Map.of());
  }

  CsvRow(long line, Map<String, Integer> columns, String[] cells, Map<String, String> locations) {
    this.line = line;
    this.columns = columns;
    this.cells = cells;
    this.locations = locations;
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

  /** The column of the file that holds a column of this record (the column itself unless read from a wide table). */
  String location(String column) {
    return locations.getOrDefault(column, column);
  }
}
