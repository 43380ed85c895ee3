package org.reformindicators.io.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.record.DossierOutcome;
import org.reformindicators.core.record.DossierRecord;
import org.reformindicators.core.record.HandlingLevel;
import org.reformindicators.core.record.OnlineServiceLevel;
import org.reformindicators.core.record.SubmissionChannel;
import org.reformindicators.io.csv.CsvDialect;
import org.reformindicators.io.csv.CsvTable;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ProblemCollector;
import org.reformindicators.io.problem.ReadException;
import org.reformindicators.io.problem.ReadMode;
import org.reformindicators.io.problem.ReadOptions;

/**
 * Streams a dossier CSV ({@code docs/formats/dossiers.md}) into dossier records, such as the row {@code
 * D1,51,PROVINCE,000.00.12.H48,1.001193,2024-03-15,2024-03-20,2024-03-19,COMPLETED,ONLINE,FULL,…}.
 *
 * <p>Every column of {@link #COLUMNS} is required; the cells of {@code due}, {@code completed} and {@code
 * satisfaction} may be empty. Each bad cell is reported with its line, column, value and rule, and so is a record
 * that breaks a rule between cells (a completed dossier without completion date); a record with a problem never
 * reaches the sink. Memory does not grow with the file. Immutable and thread-safe; each read is independent.
 */
public final class DossierCsvReader {

  /** The columns of the dossier CSV, in the order a writer puts them. */
  public static final List<String> COLUMNS =
      List.of(
          "id", "unit", "level", "agency", "procedure", "received", "due", "completed", "outcome", "channel",
          "online_level", "fee_bearing", "paid_online", "dossier_digitised", "result_digitised",
          "passed_electronically", "returned_for_supplement", "satisfaction");

  private final ReadOptions options;

  private DossierCsvReader(ReadOptions options) {
    this.options = options;
  }

  /**
   * Returns a reader.
   *
   * @param options strict (the read fails with every problem) or lenient (valid records pass, bad ones are
   *     reported), the problem limit and whether unknown columns are refused
   * @return the reader
   * @throws NullPointerException if {@code options} is null
   */
  public static DossierCsvReader create(ReadOptions options) {
    return new DossierCsvReader(Objects.requireNonNull(options, "options"));
  }

  /**
   * Streams the records of a file to a sink.
   *
   * <p>Each problem is passed to {@code problems} as soon as it is found. In lenient mode every valid record
   * reaches {@code sink}; in strict mode the sink receives nothing after the first problem and the read ends with a
   * {@link ReadException} listing the problems.
   *
   * @param in the bytes; read to the end and closed
   * @param source what is read, named in messages
   * @param sink receives each valid record in file order
   * @param problems receives each problem in file order
   * @return how many records reached the sink
   * @throws ReadException in strict mode if the file has a problem, and in both modes if the header, the encoding
   *     or an unterminated quote make the file unreadable
   * @throws IOException if the stream cannot be read
   */
  public long read(
      InputStream in, String source, Consumer<? super DossierRecord> sink, Consumer<? super Problem> problems)
      throws IOException {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sink, "sink");
    ProblemCollector kept = new ProblemCollector(options.maxProblems(), Objects.requireNonNull(problems, "problems"));
    boolean strict = options.mode() == ReadMode.STRICT;
    long accepted = 0;
    try (CsvTable table =
        CsvTable.open(in, CsvDialect.STANDARD, COLUMNS, Set.of(), options.failOnUnknownFields(), kept)) {
      CsvTable.Row row;
      Map<String, UnitCode> units = new HashMap<>();
      while ((row = table.next()) != null) {
        DossierRecord record = record(row, kept, units);
        if (record != null && !(strict && kept.hasProblems())) {
          sink.accept(record);
          accepted++;
        }
      }
    } catch (CsvTable.ReadEndedException e) {
      throw kept.toException(source);
    }
    if (strict && kept.hasProblems()) {
      throw kept.toException(source);
    }
    return accepted;
  }

  /** The most distinct unit codes kept per read: a province has about a thousand communes. */
  private static final int MAX_CACHED_UNITS = 100_000;

  private static DossierRecord record(CsvTable.Row row, ProblemCollector problems, Map<String, UnitCode> units) {
    RowParser cells = new RowParser(row, problems);
    String id = code(cells, "id");
    String unitText = cells.required("unit");
    // one object per distinct code, checked once (as the observation reader does)
    UnitCode unit = units.get(unitText);
    if (unit == null && UnitCode.isValid(unitText)) {
      unit = UnitCode.of(unitText);
      if (units.size() < MAX_CACHED_UNITS) {
        units.put(unitText, unit);
      }
    } else if (unit == null && !unitText.isEmpty()) {
      cells.report("unit", unitText, "unit must be a unit code of ASCII letters and digits, leading zeros kept, was '"
          + unitText + "'");
    }
    HandlingLevel level = cells.constant("level", HandlingLevel.class);
    String agency = code(cells, "agency");
    String procedure = code(cells, "procedure");
    LocalDate received = cells.date("received", true);
    LocalDate due = cells.date("due", false);
    LocalDate completed = cells.date("completed", false);
    DossierOutcome outcome = cells.constant("outcome", DossierOutcome.class);
    SubmissionChannel channel = cells.constant("channel", SubmissionChannel.class);
    OnlineServiceLevel onlineLevel = cells.constant("online_level", OnlineServiceLevel.class);
    boolean feeBearing = cells.flag("fee_bearing");
    boolean paidOnline = cells.flag("paid_online");
    boolean dossierDigitised = cells.flag("dossier_digitised");
    boolean resultDigitised = cells.flag("result_digitised");
    boolean passedElectronically = cells.flag("passed_electronically");
    boolean returned = cells.flag("returned_for_supplement");
    Integer satisfaction = cells.rating("satisfaction");
    if (cells.isBad()) {
      return null;
    }
    DossierRecord.Builder builder =
        DossierRecord.builder()
            .id(id)
            .unit(unit)
            .level(level)
            .agency(agency)
            .procedure(procedure)
            .received(received)
            .outcome(outcome)
            .channel(channel)
            .onlineLevel(onlineLevel)
            .feeBearing(feeBearing)
            .paidOnline(paidOnline)
            .dossierDigitised(dossierDigitised)
            .resultDigitised(resultDigitised)
            .passedElectronically(passedElectronically)
            .returnedForSupplement(returned);
    if (due != null) {
      builder.due(due);
    }
    if (completed != null) {
      builder.completed(completed);
    }
    if (satisfaction != null) {
      builder.satisfaction(satisfaction);
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      // rules between cells (dates, payment flags) and the unit code syntax: the core message names them
      cells.reportRecord(e.getMessage());
      return null;
    }
  }

  private static String code(RowParser cells, String column) {
    String text = cells.required(column);
    if (!text.isEmpty() && !DossierRecord.isValidCode(text)) {
      cells.report(
          column,
          text,
          column + " must be ASCII letters, digits, '.', '-' or '_', starting with a letter or digit, at most "
              + DossierRecord.MAX_CODE_LENGTH + " characters, was '" + text + "'");
    }
    return text;
  }
}
