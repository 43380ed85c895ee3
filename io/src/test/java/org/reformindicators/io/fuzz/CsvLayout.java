package org.reformindicators.io.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows and cells of an observation CSV in its Latin-1 view, found by a quote-aware scan that never fails,
 * so that a mutation can replace one cell of one record: the {@code value} of line 3, say.
 *
 * @param delimiter the delimiter, {@code ;} when the header holds one and no comma, else {@code ,}
 * @param header the header cells
 * @param rows the records after the header, each on the line where it starts
 */
record CsvLayout(char delimiter, List<String> header, List<Row> rows) {

  /** One cell of a record: {@code [start, end)} of the view, quotes included. */
  record Cell(int start, int end) {}

  /** One record: the line where it starts, its span (without the line end) and its cells. */
  record Row(int line, int start, int end, List<Cell> cells) {

    /**
     * Returns the cell of a column, if the record has one.
     *
     * @param column the index of the column in the header
     * @return the cell or {@code null}
     */
    Cell cell(int column) {
      return column >= 0 && column < cells.size() ? cells.get(column) : null;
    }
  }

  /**
   * Scans a CSV view.
   *
   * @param view the Latin-1 view
   * @return the layout; empty rows are skipped
   */
  static CsvLayout scan(String view) {
    int headerEnd = endOfRecord(view, 0, ',');
    String headerText = view.substring(0, headerEnd);
    char delimiter = headerText.indexOf(';') >= 0 && headerText.indexOf(',') < 0 ? ';' : ',';
    List<String> header = new ArrayList<>();
    for (Cell cell : cells(view, 0, headerEnd, delimiter)) {
      header.add(view.substring(cell.start(), cell.end()).replace("\uFEFF", "").replace("\u00EF\u00BB\u00BF", ""));
    }
    List<Row> rows = new ArrayList<>();
    int pos = skipLineEnd(view, headerEnd);
    int line = Bytes.lineOf(view, pos);
    while (pos < view.length()) {
      int end = endOfRecord(view, pos, delimiter);
      if (end > pos) {
        rows.add(new Row(line, pos, end, cells(view, pos, end, delimiter)));
      }
      int next = skipLineEnd(view, end);
      if (next == end) {
        break;
      }
      line += Bytes.lineOf(view.subSequence(pos, next), next - pos) - 1;
      pos = next;
    }
    return new CsvLayout(delimiter, List.copyOf(header), List.copyOf(rows));
  }

  /**
   * Returns the index of a column in the header.
   *
   * @param name the column name
   * @return the index, or -1
   */
  int column(String name) {
    return header.indexOf(name);
  }

  private static int endOfRecord(String view, int start, char delimiter) {
    boolean quoted = false;
    for (int i = start; i < view.length(); i++) {
      char c = view.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        return i;
      }
    }
    return view.length();
  }

  private static int skipLineEnd(String view, int pos) {
    if (pos < view.length() && view.charAt(pos) == '\r') {
      pos++;
    }
    if (pos < view.length() && view.charAt(pos) == '\n') {
      pos++;
    }
    return pos;
  }

  private static List<Cell> cells(String view, int start, int end, char delimiter) {
    List<Cell> cells = new ArrayList<>();
    boolean quoted = false;
    int cellStart = start;
    for (int i = start; i < end; i++) {
      char c = view.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == delimiter && !quoted) {
        cells.add(new Cell(cellStart, i));
        cellStart = i + 1;
      }
    }
    cells.add(new Cell(cellStart, end));
    return cells;
  }
}
