package org.reformindicators.io.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.ReportingPeriod;

/**
 * The header of a wide observation table, such as {@code area,name,period,PCI_ENTRY_COSTS,PCI_LAND_ACCESS,…}: one
 * row per area, one column per indicator code; it reads each non-empty indicator cell of a row as one long-form
 * record ({@code indicator,area,period,value[,universe]}) that points back at the cell's own column.
 *
 * <p>Columns: {@code area} (required), {@code name} (optional, for people; not read), {@code period} (required
 * unless the caller states the period of the whole file), {@code universe} (optional; the universe of every
 * rank column of its row, a rank column being one whose code ends in {@code _RANK}), and at least one column
 * headed by an indicator code. An empty indicator cell is no observation. Immutable and thread-safe.
 */
final class WideTable {

  /** The wide form's own columns. */
  static final List<String> OWN_COLUMNS = List.of("area", "name", "period", "universe");

  /** The columns of the long-form record each cell is read as. */
  private static final Map<String, Integer> LONG_COLUMNS =
      Map.of("indicator", 0, "area", 1, "period", 2, "value", 3, "universe", 4);

  private final int period;
  private final int universe;
  private final String periodText;
  private final List<String> codes;
  private final boolean[] rank;
  private final List<Map<String, String>> locations;

  private WideTable(Map<String, Integer> columns, List<String> codes, Optional<ReportingPeriod> statedPeriod) {
    this.period = columns.getOrDefault("period", -1);
    this.universe = columns.getOrDefault("universe", -1);
    this.periodText = statedPeriod.map(ReportingPeriod::toString).orElse("");
    this.codes = List.copyOf(codes);
    this.rank = new boolean[codes.size()];
    List<Map<String, String>> where = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      rank[i] = code.endsWith(IndicatorCode.RANK_SUFFIX);
      where.add(Map.of("indicator", code, "value", code));
    }
    this.locations = List.copyOf(where);
  }

  /**
   * Checks the header of a file that has no {@code indicator} column and an {@code area} column, and uses its
   * columns.
   *
   * @param records the file, positioned after its header
   * @param failOnUnknownColumns whether a column that is neither the wide form's own nor an indicator code is an
   *     error (else it is ignored)
   * @param statedPeriod the period of the whole file, when the caller states one
   * @return the table
   * @throws CsvRecords.FatalCsvException if the header is bad (every problem of it was reported)
   */
  static WideTable check(CsvRecords records, boolean failOnUnknownColumns, Optional<ReportingPeriod> statedPeriod)
      throws CsvRecords.FatalCsvException {
    List<String> header = records.header();
    Map<String, Integer> columns = new HashMap<>();
    List<String> codes = new ArrayList<>();
    boolean bad = false;
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      if (columns.containsKey(name)) {
        bad = records.report(name, name, "column '" + name + "' appears twice in the header");
        continue;
      }
      if (OWN_COLUMNS.contains(name)) {
        columns.put(name, i);
      } else if (IndicatorCode.isValidSyntax(name)) {
        columns.put(name, i);
        codes.add(name);
      } else if (failOnUnknownColumns) {
        bad = records.report(name, name, "column '" + name + "' of the wide form is neither one of its own columns "
            + OWN_COLUMNS + " nor an indicator code (upper-case letters, digits and underscores, starting with a"
            + " letter, e.g. PCI_TRANSPARENCY); a long-form file needs an 'indicator' column");
      }
    }
    if (codes.isEmpty()) {
      bad = records.report("", "", "the wide form (one row per area, a column per indicator) needs at least one"
          + " column headed by an indicator code, such as area,period,PCI_TRANSPARENCY; the header was " + header);
    }
    if (!columns.containsKey("period") && statedPeriod.isEmpty()) {
      bad = records.report("period", "", "required column 'period' is missing from the header " + header
          + "; only a caller that states the period of the whole file (such as score --period) may leave it out");
    }
    if (columns.containsKey("universe") && codes.stream().noneMatch(c -> c.endsWith(IndicatorCode.RANK_SUFFIX))) {
      bad = records.report("universe", "universe", "column 'universe' applies to the rank columns of its row"
          + " (codes ending in " + IndicatorCode.RANK_SUFFIX + "), and the header has none");
    }
    if (bad) {
      throw new CsvRecords.FatalCsvException();
    }
    records.useColumns(columns);
    return new WideTable(columns, codes, statedPeriod);
  }

  /**
   * Returns the non-empty indicator cells of a row, each read as a long-form record that points at its column.
   *
   * @param row a well-formed row of the table
   * @return the records, in column order; empty when every indicator cell is empty
   */
  List<CsvRow> cells(CsvRow row) {
    String areaText = row.cell("area");
    String periodCell = period < 0 ? periodText : row.cell("period");
    String universeCell = universe < 0 ? "" : row.cell("universe");
    List<CsvRow> cells = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      String value = row.cell(codes.get(i));
      if (value.isEmpty()) {
        continue;
      }
      String[] record = {codes.get(i), areaText, periodCell, value, rank[i] ? universeCell : ""};
      cells.add(new CsvRow(row.line(), LONG_COLUMNS, record, locations.get(i)));
    }
    return cells;
  }

  /**
   * Returns the indicator codes of the columns, in header order.
   *
   * @return the codes
   */
  List<String> codes() {
    return codes;
  }
}
