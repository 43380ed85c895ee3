package org.reformindicators.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.reformindicators.core.area.UnitRegistry;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.observation.ObservationValidator;
import org.reformindicators.core.observation.RankRules;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ProblemCollector;
import org.reformindicators.io.problem.ProblemLocation;
import org.reformindicators.io.problem.ReadException;
import org.reformindicators.io.problem.ReadMode;
import org.reformindicators.io.problem.ReadOptions;
import org.reformindicators.io.problem.ReadResult;
import org.reformindicators.io.problem.ReadSummary;

/**
 * Reads the observation CSV of {@code docs/formats/observations.md}, such as {@code PCI_RANK,51,2020,36,63,A}, streaming with
 * constant memory, checking with memory per distinct key, or into an {@link ObservationSet}.
 *
 * <p>The file is strict UTF-8 (a byte-order mark is accepted; a legacy Vietnamese encoding or UTF-16 is
 * rejected with a message that says so), RFC 4180 with LF or CRLF line ends (the last line may end without
 * one), with a header row holding the required columns {@code indicator, area, period, value} in any order and
 * optionally {@code universe, status, breakdown, note, numerator, denominator}. Another column is an error unless {@link
 * ReadOptions#failOnUnknownFields()} is off. Every cell is normalised to Unicode NFC. Values are plain decimals
 * ({@code 6.29}, {@code -12}) of at most {@value PlainDecimal#MAX_LENGTH} characters, the limit of numbers in
 * JSON and YAML documents; the {@link CsvDialect#SEMICOLON_DECIMAL_COMMA} dialect ({@code ;} and {@code 6,29})
 * is read only when chosen. An empty value is accepted only with a missing-value status ({@code M, O, L, Q, H}).
 *
 * <p>Values are checked against what they claim, even without an indicator catalogue ({@link RankRules}): a
 * row whose indicator code ends in {@code _RANK}, or any row with a universe, is a rank, so its value must be a
 * whole number of at least 1 and at most the universe on the same row; a universe must not exceed the units of
 * the area's level in the period when the unit registry (by default the bundled {@code VietnamUnits.registry()},
 * see {@link #withUnitRegistry(UnitRegistry)}) knows the area, and is otherwise checked only against the rank.
 * With {@link #validatingWith(ObservationValidator)}, each row is also checked against the indicator definitions
 * (ranges, scales, whole numbers, period kinds, breakdowns) as it is read, and each broken rule is reported at
 * the row's line and the column concerned.
 *
 * <p>Every problem names its line and column, the offending value and the rule. In {@link ReadMode#STRICT}
 * mode a read with a problem fails with a {@link ReadException} listing up to {@link
 * ReadOptions#maxProblems()} problems after the whole file was read; in {@link ReadMode#LENIENT} mode the
 * valid rows are returned and each rejected row is reported. Only the header, the encoding and an unterminated
 * quote end a read early. Immutable and thread-safe; each read uses its own state.
 */
public final class ObservationCsvReader {

  private final ReadOptions options;
  private final CsvDialect dialect;
  private final RankRules rankRules;
  private final Optional<ObservationValidator> validator;
  private final Optional<ReportingPeriod> statedPeriod;
  private final ObservationRows rows;

  private ObservationCsvReader(
      ReadOptions options,
      CsvDialect dialect,
      RankRules rankRules,
      Optional<ObservationValidator> validator,
      Optional<ReportingPeriod> statedPeriod) {
    this.options = Objects.requireNonNull(options, "options");
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.rankRules = rankRules;
    this.validator = validator;
    this.statedPeriod = statedPeriod;
    this.rows = new ObservationRows(dialect, rankRules, validator);
  }

  /**
   * Returns a reader with the default options (strict, unknown columns are errors), the standard dialect and the
   * bundled unit registry.
   *
   * @return the reader
   */
  public static ObservationCsvReader create() {
    return create(ReadOptions.defaults(), CsvDialect.STANDARD);
  }

  /**
   * Returns a reader with the given options and dialect and the bundled unit registry.
   *
   * @param options how strictly to read
   * @param dialect the delimiter and decimal mark
   * @return the reader
   * @throws NullPointerException if an argument is null
   */
  public static ObservationCsvReader create(ReadOptions options, CsvDialect dialect) {
    return new ObservationCsvReader(options, dialect, RankRules.vietnam(), Optional.empty(), Optional.empty());
  }

  /**
   * Returns a reader like this one that also checks each row against indicator definitions as it is read, such as
   * a plan's catalogue: a percentage outside 0–100 on line 7 is reported at line 7, column {@code value}.
   *
   * @param validator the rules; {@link ObservationValidator#ignoringUnknownIndicators()} lets rows of other
   *     indicators through; its unit registry, if it has one, replaces this reader's for the universe
   * @return the reader
   * @throws NullPointerException if {@code validator} is null
   */
  public ObservationCsvReader validatingWith(ObservationValidator validator) {
    return new ObservationCsvReader(
        options, dialect, rankRules, Optional.of(Objects.requireNonNull(validator, "validator")), statedPeriod);
  }

  /**
   * Returns a reader like this one whose universes are bounded by the units of another registry ({@link
   * RankRules#of(UnitRegistry)}).
   *
   * @param registry the administrative units
   * @return the reader
   * @throws NullPointerException if {@code registry} is null
   */
  public ObservationCsvReader withUnitRegistry(UnitRegistry registry) {
    return new ObservationCsvReader(options, dialect, RankRules.of(registry), validator, statedPeriod);
  }

  /**
   * Returns a reader like this one that reads a wide table without a {@code period} column as observations of
   * the given period, such as the ten PCI sub-indices of 63 provinces, all of 2020. A long-form file, or a wide
   * table with a {@code period} column, is read as before.
   *
   * @param period the period of every row of a wide table without a {@code period} column
   * @return the reader
   * @throws NullPointerException if {@code period} is null
   */
  public ObservationCsvReader withPeriod(ReportingPeriod period) {
    return new ObservationCsvReader(
        options, dialect, rankRules, validator, Optional.of(Objects.requireNonNull(period, "period")));
  }

  /**
   * Reads the header of a file and tells which form it has: {@code indicator} in the header is the long form,
   * else {@code area} is the wide form.
   *
   * @param in the bytes; only the header is read; closed
   * @param source what is read, named in messages
   * @return the form
   * @throws ReadException if the header cannot be read or has neither column
   * @throws IOException if the stream cannot be read
   */
  public ObservationCsvForm form(InputStream in, String source) throws IOException {
    Objects.requireNonNull(source, "source");
    ProblemCollector problems = new ProblemCollector(options.maxProblems());
    try (InputStream input = Objects.requireNonNull(in, "in")) {
      return ObservationCsvForm.of(new CsvRecords(input, dialect, problems));
    } catch (CsvRecords.FatalCsvException e) {
      throw problems.toException(source);
    }
  }

  /**
   * Streams the observations of a file to a consumer with memory that does not grow with the file.
   *
   * <p>Each problem is passed to {@code problems} as soon as it is found (none is ever withheld). In lenient
   * mode every valid observation reaches {@code sink}; in strict mode the sink receives nothing after the
   * first problem and the read ends with a {@link ReadException}. Duplicate observations are not detected
   * here (that needs memory per observation); {@link #check} and {@link #read(InputStream, String)} detect them.
   *
   * @param in the bytes; read to the end and closed
   * @param source what is read, named in messages
   * @param sink receives each valid observation in file order
   * @param problems receives each problem in file order
   * @return how many observations reached the sink
   * @throws ReadException in strict mode if the file has a problem, and in both modes if the header, the
   *     encoding or an unterminated quote make the file unreadable
   * @throws IOException if the stream cannot be read
   */
  public long read(
      InputStream in, String source, Consumer<? super Observation> sink, Consumer<? super Problem> problems)
      throws IOException {
    Objects.requireNonNull(sink, "sink");
    return readWithLines(in, source, (observation, line) -> sink.accept(observation), problems);
  }

  /**
   * Streams the observations of a file to a consumer with the line on which each one's record starts, as
   * {@link #read(InputStream, String, Consumer, Consumer)} does, for a caller that must point back at the cell
   * of an observation it finds wrong later (such as a value outside a composite index's component range).
   *
   * @param in the bytes; read to the end and closed
   * @param source what is read, named in messages
   * @param sink receives each valid observation and its line (1 is the header), in file order
   * @param problems receives each problem in file order
   * @return how many observations reached the sink
   * @throws ReadException in strict mode if the file has a problem, and in both modes if the header, the
   *     encoding or an unterminated quote make the file unreadable
   * @throws IOException if the stream cannot be read
   */
  public long readWithLines(
      InputStream in, String source, LocatedSink sink, Consumer<? super Problem> problems) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(problems, "problems");
    ProblemCollector kept = new ProblemCollector(options.maxProblems(), problems);
    boolean strict = options.mode() == ReadMode.STRICT;
    Pass pass =
        run(
            in,
            kept,
            (row, line) -> {
              if (strict && kept.hasProblems()) {
                return false;
              }
              sink.accept(row.observation(), line);
              return true;
            });
    if (!pass.readToEnd || (strict && kept.hasProblems())) {
      throw kept.toException(source);
    }
    return pass.accepted;
  }

  /** Receives a valid observation with the line on which its record starts. */
  @FunctionalInterface
  public interface LocatedSink {
    /**
     * Takes one observation.
     *
     * @param observation the observation
     * @param line the line on which its record starts (1 is the header)
     */
    void accept(Observation observation, long line);
  }

  /**
   * Checks a whole file, counting the records read, accepted and rejected, with memory that grows only with the
   * distinct observation keys (about 40 to 65 bytes each, no object per row), such as 1.95 million rows in 256 MB.
   *
   * <p>Every problem is passed to {@code problems} as it is found, including a row that repeats the key of an
   * earlier row ("repeats" or "conflicts with the observation on line …"); nothing is thrown for a bad row or a
   * file that cannot be read to its end (the summary says so), whatever the mode of the options.
   *
   * @param in the bytes; read to the end and closed
   * @param source what is read (kept for symmetry with the other reads; the problems carry lines, not names)
   * @param problems receives each problem in file order
   * @return the counts
   * @throws IOException if the stream cannot be read
   * @throws NullPointerException if an argument is null
   */
  public ReadSummary check(InputStream in, String source, Consumer<? super Problem> problems) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    ProblemCollector kept = new ProblemCollector(options.maxProblems(), Objects.requireNonNull(problems, "problems"));
    Deduplicator unique = new Deduplicator(kept);
    Pass pass = run(in, kept, unique::accept);
    return new ReadSummary(pass.records, pass.accepted, kept.total(), pass.readToEnd);
  }

  /**
   * Reads a whole file into an observation set; strict whatever the mode of the options.
   *
   * @param file the file
   * @return the observations
   * @throws ReadException if the file has any problem, including two rows for the same observation key
   * @throws IOException if the file cannot be read
   */
  public ObservationSet read(Path file) throws IOException {
    return read(Files.newInputStream(file), file.toString());
  }

  /**
   * Reads a whole stream into an observation set; strict whatever the mode of the options.
   *
   * @param in the bytes; read to the end and closed
   * @param source what is read, named in messages
   * @return the observations
   * @throws ReadException if the file has any problem, including two rows for the same observation key
   * @throws IOException if the stream cannot be read
   */
  public ObservationSet read(InputStream in, String source) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    // Straight into the set's columns: no list of a million observations on the way, and no table of keys: the
    // set's sort finds the repeated keys, and the lines kept per row name them.
    ObservationSet.Builder set = ObservationSet.builder();
    ProblemCollector problems = new ProblemCollector(options.maxProblems());
    RepeatedRows repeats = new RepeatedRows(options.maxProblems());
    Pass pass =
        run(
            in,
            problems,
            (row, line) -> {
              if (row.isPlain()) {
                set.add(row.indicator(), row.unit(), row.period(), row.value());
              } else {
                set.add(row.observation());
              }
              repeats.added(line);
              return true;
            });
    if (!pass.readToEnd) {
      throw problems.toException(source);
    }
    ObservationSet observations = set.buildKeepingFirst(repeats);
    if (repeats.any() || problems.hasProblems()) {
      throw repeats.failure(source, problems.problems(), problems.total());
    }
    return observations;
  }

  /**
   * Reads a whole stream leniently: the valid observations and every rejected row.
   *
   * @param in the bytes; read to the end and closed
   * @param source what is read, named in messages
   * @return the valid observations, in file order, with the problems of the rejected rows; a row that
   *     repeats the key of an earlier row is rejected
   * @throws ReadException if the header, the encoding or an unterminated quote make the file unreadable
   * @throws IOException if the stream cannot be read
   */
  public ReadResult<Observation> readLenient(InputStream in, String source) throws IOException {
    List<Observation> accepted = new ArrayList<>();
    return collect(in, source, ReadMode.LENIENT, row -> accepted.add(row.observation())).withRecords(accepted);
  }

  /** The problems and counts of a whole read whose accepted observations went to a consumer. */
  private record Collected(List<Problem> problems, long rejected, long totalProblems) {
    ReadResult<Observation> withRecords(List<Observation> accepted) {
      return new ReadResult<>(accepted, problems, rejected, totalProblems);
    }
  }

  private Collected collect(InputStream in, String source, ReadMode mode, Consumer<ParsedRow> accepted)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    ProblemCollector problems = new ProblemCollector(options.maxProblems());
    Deduplicator unique = new Deduplicator(problems);
    Pass pass =
        run(
            in,
            problems,
            (row, line) -> {
              boolean first = unique.accept(row, line);
              if (first) {
                accepted.accept(row);
              }
              return first;
            });
    if (!pass.readToEnd || (mode == ReadMode.STRICT && problems.hasProblems())) {
      throw problems.toException(source);
    }
    return new Collected(problems.problems(), pass.records - pass.accepted, problems.total());
  }

  /** Takes a valid row and its line; tells whether it was accepted. */
  @FunctionalInterface
  private interface RowSink {
    boolean accept(ParsedRow row, long line);
  }

  /** The counts of one pass over a file. */
  private record Pass(long records, long accepted, boolean readToEnd) {}

  private Pass run(InputStream in, ProblemCollector problems, RowSink sink) throws IOException {
    long accepted = 0;
    long wideCells = 0;
    long wideRows = 0;
    CsvRecords records = null;
    WideTable wide = null;
    try (InputStream input = in) {
      records = new CsvRecords(input, dialect, problems);
      if (ObservationCsvForm.of(records) == ObservationCsvForm.LONG) {
        records.checkColumns(
            ObservationColumn.requiredHeaders(), ObservationColumn.optionalHeaders(), options.failOnUnknownFields());
      } else {
        wide = WideTable.check(records, options.failOnUnknownFields(), statedPeriod);
      }
      CellCache cache = new CellCache();
      for (CsvRow row = records.next(); row != null; row = records.next()) {
        if (wide == null) {
          ParsedRow parsed = rows.toRow(row, problems, cache);
          if (parsed != null && sink.accept(parsed, row.line())) {
            accepted++;
          }
          continue;
        }
        wideRows++;
        // One bad area, period or universe cell is reported once, not once per indicator column of its row.
        Set<Problem> reported = new HashSet<>();
        for (CsvRow cell : wide.cells(row)) {
          wideCells++;
          ProblemCollector own = new ProblemCollector(Integer.MAX_VALUE);
          ParsedRow parsed = rows.toRow(cell, own, cache);
          own.problems().stream().filter(reported::add).forEach(problems::add);
          if (parsed != null && sink.accept(parsed, row.line())) {
            accepted++;
          }
        }
      }
      return new Pass(records(records, wideRows, wideCells), accepted, true);
    } catch (CsvRecords.FatalCsvException e) {
      return new Pass(records == null ? 0 : records(records, wideRows, wideCells), accepted, false);
    }
  }

  /** The records of a pass: the file's records, or for a wide table each non-empty cell and each malformed row. */
  private static long records(CsvRecords records, long wideRows, long wideCells) {
    return records.records() - wideRows + wideCells;
  }

  /** Rejects a row whose key an earlier row had, remembering keys compactly ({@link ObservationKeyTable}). */
  private static final class Deduplicator {
    private final ObservationKeyTable keys = new ObservationKeyTable();
    private final ProblemCollector problems;

    Deduplicator(ProblemCollector problems) {
      this.problems = problems;
    }

    boolean accept(ParsedRow row, long line) {
      ObservationKeyTable.Earlier earlier = keys.add(row, line);
      if (earlier == null) {
        return true;
      }
      problems.add(RepeatedRows.problem(earlier.line(), earlier.observation(), line, row.observation()));
      return false;
    }
  }
}
