package org.reformindicators.io.csv;

import java.util.List;

/**
 * The two shapes of an observation CSV, such as {@link #WIDE}: {@code area,name,period,PCI_ENTRY_COSTS,…}, one row
 * per area and a column per indicator.
 *
 * <p>A header with an {@code indicator} column is the {@link #LONG} form of {@code docs/formats/observations.md}; else a header with an
 * {@code area} column is the {@link #WIDE} form; a header with neither is an error that names both. Writers emit
 * the long form only. Immutable and thread-safe.
 */
public enum ObservationCsvForm {
  /** One row per observation: {@code indicator,area,period,value[,universe,status,breakdown,note]}. */
  LONG,
  /**
   * One row per area (and period): {@code area[,name][,period][,universe],CODE,…}, a column per indicator code; an
   * empty cell is no observation, and {@code universe} applies to every rank column of its row.
   */
  WIDE;

  /**
   * Tells the form of a file from its header, reporting a header with neither column.
   *
   * @throws CsvRecords.FatalCsvException if the header has neither an {@code indicator} nor an {@code area}
   *     column (the problem was reported at the header's line)
   */
  static ObservationCsvForm of(CsvRecords records) throws CsvRecords.FatalCsvException {
    List<String> header = records.header();
    if (header.contains("indicator")) {
      return LONG;
    }
    if (header.contains("area")) {
      return WIDE;
    }
    String first = header.isEmpty() ? "" : header.get(0);
    records.report(first, first, "the header " + header + " has neither an 'indicator' column (the long form:"
        + " indicator,area,period,value, one row per observation) nor an 'area' column (the wide form:"
        + " area,period,CODE,…, one row per area and a column per indicator code)");
    throw new CsvRecords.FatalCsvException();
  }
}
