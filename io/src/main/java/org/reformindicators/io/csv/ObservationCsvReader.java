package org.reformindicators.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.ImmutableObservation;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationKey;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.observation.ObservationStatus;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ProblemCollector;
import org.reformindicators.io.problem.ProblemLocation;
import org.reformindicators.io.problem.ReadException;
import org.reformindicators.io.problem.ReadMode;
import org.reformindicators.io.problem.ReadOptions;
import org.reformindicators.io.problem.ReadResult;

/**
 * Reads the observation CSV of {@code codes.md}, such as {@code PCI_RANK,51,2020,36,63,A}, streaming with
 * constant memory or into an {@link ObservationSet}.
 *
 * <p>The file is strict UTF-8 (a byte-order mark is accepted; a legacy Vietnamese encoding or UTF-16 is
 * rejected with a message that says so), RFC 4180 with LF or CRLF line ends, with a header row holding the
 * required columns {@code indicator, area, period, value} in any order and optionally {@code universe,
 * status, breakdown, note}. Another column is an error unless {@link ReadOptions#failOnUnknownFields()} is
 * off. Every cell is normalised to Unicode NFC. Values are plain decimals ({@code 6.29}, {@code -12}); the
 * {@link CsvDialect#SEMICOLON_DECIMAL_COMMA} dialect ({@code ;} and {@code 6,29}) is read only when chosen.
 * An empty value is accepted only with a missing-value status ({@code M, O, L, Q, H}).
 *
 * <p>Every problem names its line and column, the offending value and the rule. In {@link ReadMode#STRICT}
 * mode a read with a problem fails with a {@link ReadException} listing up to {@link
 * ReadOptions#maxProblems()} problems after the whole file was read; in {@link ReadMode#LENIENT} mode the
 * valid rows are returned and each rejected row is reported. Only the header, the encoding and an unterminated
 * quote end a read early. Immutable and thread-safe; each read uses its own state.
 */
public final class ObservationCsvReader {

  private static final Pattern POINT_DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final Pattern COMMA_DECIMAL = Pattern.compile("-?[0-9]+(,[0-9]+)?");
  private static final Pattern UNIVERSE = Pattern.compile("[0-9]{1,9}");
  /** Longest number text accepted: enough for every finite double written in plain notation. */
  private static final int MAX_NUMBER_LENGTH = 400;

  private final ReadOptions options;
  private final CsvDialect dialect;

  private ObservationCsvReader(ReadOptions options, CsvDialect dialect) {
    this.options = Objects.requireNonNull(options, "options");
    this.dialect = Objects.requireNonNull(dialect, "dialect");
  }

  /**
   * Returns a reader with the default options (strict, unknown columns are errors) and the standard dialect.
   *
   * @return the reader
   */
  public static ObservationCsvReader create() {
    return new ObservationCsvReader(ReadOptions.defaults(), CsvDialect.STANDARD);
  }

  /**
   * Returns a reader with the given options and dialect.
   *
   * @param options how strictly to read
   * @param dialect the delimiter and decimal mark
   * @return the reader
   * @throws NullPointerException if an argument is null
   */
  public static ObservationCsvReader create(ReadOptions options, CsvDialect dialect) {
    return new ObservationCsvReader(options, dialect);
  }

  /**
   * Streams the observations of a file to a consumer with memory that does not grow with the file.
   *
   * <p>Each problem is passed to {@code problems} as soon as it is found (none is ever withheld). In lenient
   * mode every valid observation reaches {@code sink}; in strict mode the sink receives nothing after the
   * first problem and the read ends with a {@link ReadException}. Duplicate observations are not detected
   * here (that needs memory per observation); {@link #read(InputStream, String)} detects them.
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
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(problems, "problems");
    ProblemCollector kept = new ProblemCollector(options.maxProblems(), problems);
    boolean strict = options.mode() == ReadMode.STRICT;
    long delivered = run(in, source, sink, kept, new RowTracker(), strict);
    if (strict && kept.hasProblems()) {
      throw kept.toException(source);
    }
    return delivered;
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
    ReadResult<Observation> result = collect(in, source, ReadMode.STRICT);
    return ObservationSet.of(result.records());
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
    return collect(in, source, ReadMode.LENIENT);
  }

  private ReadResult<Observation> collect(InputStream in, String source, ReadMode mode) throws IOException {
    List<Observation> accepted = new ArrayList<>();
    Map<ObservationKey, Long> firstLine = new HashMap<>();
    Map<ObservationKey, Observation> byKey = new HashMap<>();
    RowTracker tracker = new RowTracker();
    ProblemCollector problems = new ProblemCollector(options.maxProblems(), tracker::countRejected);
    Consumer<Observation> deduplicate =
        observation -> {
          ObservationKey key = observation.key();
          Long earlier = firstLine.putIfAbsent(key, tracker.line);
          if (earlier == null) {
            byKey.put(key, observation);
            accepted.add(observation);
            return;
          }
          Observation first = byKey.get(key);
          boolean same = first.equals(observation);
          problems.add(
              new Problem(
                  new ProblemLocation.Csv(tracker.line, ""),
                  "",
                  observation.valueText(),
                  (same ? "repeats" : "conflicts with")
                      + " the observation on line "
                      + earlier
                      + " for "
                      + key
                      + (same ? "" : " (" + first.valueText() + " there, " + observation.valueText() + " here)")));
        };
    run(in, source, deduplicate, problems, tracker, false);
    if (mode == ReadMode.STRICT && problems.hasProblems()) {
      throw problems.toException(source);
    }
    return new ReadResult<>(accepted, problems.problems(), tracker.rejected, problems.total());
  }

  /** Remembers the line of the row being delivered, and counts rejected rows (one or more problems each). */
  private static final class RowTracker {
    long line;
    long lastRejectedLine;
    long rejected;

    void countRejected(Problem problem) {
      if (problem.location() instanceof ProblemLocation.Csv csv && csv.line() != lastRejectedLine) {
        lastRejectedLine = csv.line();
        rejected++;
      }
    }
  }

  private long run(
      InputStream in,
      String source,
      Consumer<? super Observation> sink,
      ProblemCollector problems,
      RowTracker tracker,
      boolean stopDeliveringOnProblem)
      throws IOException {
    long delivered = 0;
    try (CsvRecords records =
        new CsvRecords(
            in,
            dialect,
            ObservationColumn.requiredHeaders(),
            ObservationColumn.optionalHeaders(),
            options.failOnUnknownFields(),
            problems)) {
      for (CsvRow row = records.next(); row != null; row = records.next()) {
        Observation observation = toObservation(row, problems);
        if (observation != null && !(stopDeliveringOnProblem && problems.hasProblems())) {
          tracker.line = row.line();
          sink.accept(observation);
          delivered++;
        }
      }
    } catch (CsvRecords.FatalCsvException e) {
      throw problems.toException(source);
    }
    return delivered;
  }

  /** Converts a row, reporting every bad cell; returns {@code null} when the row is rejected. */
  private Observation toObservation(CsvRow row, ProblemCollector problems) {
    long before = problems.total();
    IndicatorCode indicator = parse(row, ObservationColumn.INDICATOR, problems, IndicatorCode::parse);
    String area = row.cell(ObservationColumn.AREA.header());
    if (area.isEmpty()) {
      report(row, ObservationColumn.AREA, area, "area must not be empty; it is a unit code such as 51", problems);
    } else if (!AdministrativeUnit.isValidCode(area)) {
      report(
          row,
          ObservationColumn.AREA,
          area,
          "area must be a unit code of ASCII letters and digits, leading zeros kept (e.g. 01, 51), was '" + area + "'",
          problems);
    }
    ReportingPeriod period = parse(row, ObservationColumn.PERIOD, problems, ReportingPeriod::parse);
    ObservationStatus status = ObservationStatus.NORMAL_VALUE;
    String statusText = cell(row, ObservationColumn.STATUS);
    if (!statusText.isEmpty()) {
      ObservationStatus parsed = parse(row, ObservationColumn.STATUS, problems, ObservationStatus::fromCode);
      status = parsed == null ? null : parsed;
    }
    String valueText = row.cell(ObservationColumn.VALUE.header());
    Double value = null;
    if (valueText.isEmpty()) {
      if (status != null && !status.isMissing()) {
        report(
            row,
            ObservationColumn.VALUE,
            valueText,
            "an empty value is allowed only with a missing-value status (M, O, L, Q or H), status was "
                + status.code(),
            problems);
      }
    } else {
      value = parse(row, ObservationColumn.VALUE, problems, this::decimal);
      if (value != null && status != null && status.isMissing()) {
        report(
            row,
            ObservationColumn.STATUS,
            statusText,
            "missing-value status " + status.code() + " must come with an empty value, value was " + valueText,
            problems);
      }
    }
    String universeText = cell(row, ObservationColumn.UNIVERSE);
    Integer universe = universeText.isEmpty() ? null : parse(row, ObservationColumn.UNIVERSE, problems, ObservationCsvReader::universe);
    String breakdownText = cell(row, ObservationColumn.BREAKDOWN);
    Map<String, String> breakdown =
        breakdownText.isEmpty() ? Map.of() : parse(row, ObservationColumn.BREAKDOWN, problems, ObservationCsvReader::breakdown);
    String note = cell(row, ObservationColumn.NOTE);
    if (problems.total() > before) {
      return null;
    }
    ImmutableObservation.Builder builder =
        Observation.builder().indicator(indicator).unit(area).period(period).status(status).breakdown(breakdown);
    if (value != null) {
      builder.value(value);
    }
    if (universe != null) {
      builder.universe(universe);
    }
    if (!note.isBlank()) {
      builder.note(note);
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(new ProblemLocation.Csv(row.line(), ""), "", "", e.getMessage()));
      return null;
    }
  }

  private static String cell(CsvRow row, ObservationColumn column) {
    String text = row.cell(column.header());
    return text == null ? "" : text;
  }

  private static <T> T parse(
      CsvRow row, ObservationColumn column, ProblemCollector problems, java.util.function.Function<String, T> parser) {
    String text = cell(row, column);
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      report(row, column, text, e.getMessage(), problems);
      return null;
    }
  }

  private static void report(
      CsvRow row, ObservationColumn column, String value, String message, ProblemCollector problems) {
    problems.add(new Problem(new ProblemLocation.Csv(row.line(), column.header()), column.header(), value, message));
  }

  private double decimal(String text) {
    boolean comma = dialect.decimalMark() == ',';
    if (text.length() <= MAX_NUMBER_LENGTH && (comma ? COMMA_DECIMAL : POINT_DECIMAL).matcher(text).matches()) {
      return Double.parseDouble(comma ? text.replace(',', '.') : text);
    }
    if (text.endsWith("%")) {
      throw new IllegalArgumentException(
          "value '" + text + "' must be written without a percent sign (percentages are on 0–100)");
    }
    if (!comma && COMMA_DECIMAL.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "value '" + text + "' is not a decimal number with '.' as the decimal mark; a decimal comma is read"
              + " only with the SEMICOLON_DECIMAL_COMMA dialect");
    }
    if (comma && POINT_DECIMAL.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "value '" + text + "' has '.', but the SEMICOLON_DECIMAL_COMMA dialect uses ',' as the decimal mark"
              + " and accepts no grouping separator");
    }
    throw new IllegalArgumentException(
        "value '" + text + "' is not a plain decimal number such as " + (comma ? "6,29" : "6.29") + " or -12");
  }

  private static int universe(String text) {
    if (!UNIVERSE.matcher(text).matches() || Integer.parseInt(text) < 1) {
      throw new IllegalArgumentException(
          "universe must be a whole number of ranked units, at least 1 (e.g. 63), was '" + text + "'");
    }
    return Integer.parseInt(text);
  }

  private static Map<String, String> breakdown(String text) {
    Map<String, String> pairs = new TreeMap<>();
    for (String pair : text.split(";", -1)) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? "" : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      if (!IndicatorCode.isValidSyntax(key) || !IndicatorCode.isValidSyntax(value)) {
        throw new IllegalArgumentException(
            "breakdown must be KEY=VALUE pairs of upper-case codes joined by ';' (e.g. LEVEL=COMMUNE;SECTOR=LAND),"
                + " was '" + text + "'");
      }
      if (pairs.put(key, value) != null) {
        throw new IllegalArgumentException("breakdown key " + key + " appears twice in '" + text + "'");
      }
    }
    return pairs;
  }
}
