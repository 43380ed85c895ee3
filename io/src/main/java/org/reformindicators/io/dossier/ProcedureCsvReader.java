package org.reformindicators.io.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.record.OnlineServiceLevel;
import org.reformindicators.core.record.Procedure;
import org.reformindicators.core.record.ProcedureList;
import org.reformindicators.io.csv.CsvDialect;
import org.reformindicators.io.csv.CsvTable;
import org.reformindicators.io.problem.ProblemCollector;
import org.reformindicators.io.problem.ReadException;
import org.reformindicators.io.problem.ReadOptions;

/**
 * Reads a procedure list CSV ({@code docs/formats/dossiers.md}), such as {@code
 * 1.004227,true,FULL,LAND}: the columns {@code procedure, offers_online_payment, online_level} and optionally {@code
 * sector}. Strict: any problem fails the read with every problem found. Immutable and thread-safe.
 */
public final class ProcedureCsvReader {

  private final ReadOptions options;

  private ProcedureCsvReader(ReadOptions options) {
    this.options = options;
  }

  /**
   * Returns a reader.
   *
   * @param options the problem limit and whether unknown columns are refused (the mode is always strict)
   * @return the reader
   * @throws NullPointerException if {@code options} is null
   */
  public static ProcedureCsvReader create(ReadOptions options) {
    return new ProcedureCsvReader(Objects.requireNonNull(options, "options"));
  }

  /**
   * Reads a whole list.
   *
   * @param in the bytes; read to the end and closed
   * @param source what is read, named in messages
   * @return the procedure list
   * @throws ReadException if the file has any problem, including a procedure code listed twice
   * @throws IOException if the stream cannot be read
   */
  public ProcedureList read(InputStream in, String source) throws IOException {
    Objects.requireNonNull(source, "source");
    ProblemCollector kept = new ProblemCollector(options.maxProblems());
    List<Procedure> procedures = new ArrayList<>();
    Map<String, Long> lines = new HashMap<>();
    try (CsvTable table =
        CsvTable.open(
            in,
            CsvDialect.STANDARD,
            List.of("procedure", "offers_online_payment", "online_level"),
            Set.of("sector"),
            options.failOnUnknownFields(),
            kept)) {
      CsvTable.Row row;
      while ((row = table.next()) != null) {
        RowParser cells = new RowParser(row, kept);
        String code = cells.required("procedure");
        boolean payment = cells.flag("offers_online_payment");
        OnlineServiceLevel level = cells.constant("online_level", OnlineServiceLevel.class);
        String sector = cells.text("sector");
        if (!sector.isEmpty() && !IndicatorCode.isValidSyntax(sector)) {
          cells.report("sector", sector, "sector must be empty or upper-case ASCII letters, digits and underscores"
              + " starting with a letter, such as LAND, was '" + sector + "'");
        }
        if (!code.isEmpty() && lines.containsKey(code)) {
          cells.report("procedure", code, "procedure " + code + " is already listed on line " + lines.get(code));
        }
        if (cells.isBad()) {
          continue;
        }
        try {
          var builder = Procedure.builder().code(code).offersOnlinePayment(payment).onlineLevel(level);
          if (!sector.isEmpty()) {
            builder.sector(sector);
          }
          procedures.add(builder.build());
          lines.put(code, row.line());
        } catch (IllegalArgumentException e) {
          cells.report("procedure", code, e.getMessage());
        }
      }
    } catch (CsvTable.ReadEndedException e) {
      throw kept.toException(source);
    }
    if (kept.hasProblems()) {
      throw kept.toException(source);
    }
    return ProcedureList.of(procedures);
  }
}
