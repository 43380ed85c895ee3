package org.reformindicators.io.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.text.NumberText;

/**
 * Writes the observation CSV of {@code docs/formats/observations.md}, one observation at a time, such as the row {@code
 * PCI_RANK,51,2020,36,63,A,,}.
 *
 * <p>The header lists the eight columns in contract order ({@code indicator, area, period, value, universe,
 * status, breakdown, note}), and on request the optional {@code numerator, denominator} and {@code lower, upper};
 * values are plain decimals with the fewest digits that read back to the same
 * {@code double}; the status is always written; a field is quoted (RFC 4180) when it holds the delimiter, a
 * quote or a line end; records end with CRLF; the text is UTF-8 without byte-order mark. An observation's
 * {@code source} has no column and is not written. {@link ObservationCsvReader} reads the output back to equal
 * observations. Mutable and not thread-safe.
 */
public final class ObservationCsvWriter implements Closeable, Flushable {

  private static final String LINE_END = "\r\n";

  private final Writer out;
  private final CsvDialect dialect;
  private long written;

  private final boolean counts;
  private final boolean bounds;

  private ObservationCsvWriter(Writer out, CsvDialect dialect, boolean counts, boolean bounds) throws IOException {
    this.out = out;
    this.dialect = dialect;
    this.counts = counts;
    this.bounds = bounds;
    boolean first = true;
    for (ObservationColumn column : ObservationColumn.values()) {
      if (!counts && (column == ObservationColumn.NUMERATOR || column == ObservationColumn.DENOMINATOR)) {
        continue;
      }
      if (!bounds && (column == ObservationColumn.LOWER || column == ObservationColumn.UPPER)) {
        continue;
      }
      if (!first) {
        out.write(dialect.delimiter());
      }
      out.write(column.header());
      first = false;
    }
    out.write(LINE_END);
  }

  /**
   * Starts a file in the standard dialect, writing the header.
   *
   * @param out the stream, closed when the writer is closed
   * @return the writer
   * @throws IOException if the header cannot be written
   */
  public static ObservationCsvWriter create(OutputStream out) throws IOException {
    return create(out, CsvDialect.STANDARD);
  }

  /**
   * Starts a file in a dialect, writing the header.
   *
   * @param out the stream, closed when the writer is closed
   * @param dialect the delimiter and decimal mark
   * @return the writer
   * @throws IOException if the header cannot be written
   */
  public static ObservationCsvWriter create(OutputStream out, CsvDialect dialect) throws IOException {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(dialect, "dialect");
    return create(out, dialect, false);
  }

  /**
   * Starts a file in a dialect, writing the header; with {@code counts} the header ends with the optional columns
   * {@code numerator,denominator} and every record with an observation's counts (empty when it has none), as
   * observations derived from records need.
   *
   * @param out the stream, closed when the writer is closed
   * @param dialect the delimiter and decimal mark
   * @param counts whether to write the columns {@code numerator} and {@code denominator}
   * @return the writer
   * @throws IOException if the header cannot be written
   */
  public static ObservationCsvWriter create(OutputStream out, CsvDialect dialect, boolean counts) throws IOException {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(dialect, "dialect");
    return create(out, dialect, counts, false);
  }

  /**
   * Starts a file in a dialect, writing the header; with {@code counts} the header has the optional columns {@code
   * numerator,denominator}, and with {@code bounds} then the optional columns {@code lower,upper}, the inclusive
   * ends of a value published only as a range (empty when an observation has none).
   *
   * @param out the stream, closed when the writer is closed
   * @param dialect the delimiter and decimal mark
   * @param counts whether to write the columns {@code numerator} and {@code denominator}
   * @param bounds whether to write the columns {@code lower} and {@code upper}
   * @return the writer
   * @throws IOException if the header cannot be written
   */
  public static ObservationCsvWriter create(OutputStream out, CsvDialect dialect, boolean counts, boolean bounds)
      throws IOException {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(dialect, "dialect");
    return new ObservationCsvWriter(
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), dialect, counts, bounds);
  }

  /**
   * Writes observations to a file in the standard dialect, with the columns {@code lower,upper} when an
   * observation has a bound.
   *
   * @param observations the observations, in the order to write
   * @param file the file, created or replaced
   * @throws IOException if the file cannot be written
   */
  public static void write(Iterable<Observation> observations, Path file) throws IOException {
    boolean bounded = false;
    for (Observation observation : observations) {
      bounded |= observation.bound().isPresent();
    }
    try (ObservationCsvWriter writer =
        create(Files.newOutputStream(file), CsvDialect.STANDARD, false, bounded)) {
      for (Observation observation : observations) {
        writer.write(observation);
      }
    }
  }

  /**
   * Writes one observation as one record.
   *
   * @param observation the observation
   * @throws IOException if it cannot be written
   * @throws IllegalArgumentException if the observation has a bound and the writer has no columns {@code lower}
   *     and {@code upper}, which would lose it
   */
  public void write(Observation observation) throws IOException {
    Objects.requireNonNull(observation, "observation");
    if (!bounds && observation.bound().isPresent()) {
      throw new IllegalArgumentException(observation.describe()
          + ": a value published only as a range needs the columns lower and upper; create the writer with bounds");
    }
    char d = dialect.delimiter();
    field(observation.indicator().toString());
    out.write(d);
    field(observation.unit().toString());
    out.write(d);
    field(observation.period().toString());
    out.write(d);
    if (observation.value().isPresent()) {
      number(observation.value().getAsDouble());
    }
    out.write(d);
    if (observation.universe().isPresent()) {
      out.write(Integer.toString(observation.universe().getAsInt()));
    }
    out.write(d);
    out.write(observation.status().code());
    out.write(d);
    field(observation.breakdown().toString());
    out.write(d);
    field(observation.note().orElse(""));
    if (counts) {
      out.write(d);
      if (observation.numerator().isPresent()) {
        number(observation.numerator().getAsDouble());
      }
      out.write(d);
      if (observation.denominator().isPresent()) {
        number(observation.denominator().getAsDouble());
      }
    }
    if (bounds) {
      out.write(d);
      if (observation.bound().isPresent()) {
        number(observation.bound().get().lower());
      }
      out.write(d);
      if (observation.bound().isPresent()) {
        number(observation.bound().get().upper());
      }
    }
    out.write(LINE_END);
    written++;
  }

  /** Writes a number cell in the machine form, with the dialect's decimal mark. */
  private void number(double value) throws IOException {
    String text = NumberText.machine(value);
    out.write(dialect.decimalMark() == '.' ? text : text.replace('.', dialect.decimalMark()));
  }

  /**
   * Returns how many observations were written.
   *
   * @return the count
   */
  public long written() {
    return written;
  }

  private void field(String text) throws IOException {
    boolean quote = false;
    for (int i = 0; i < text.length() && !quote; i++) {
      char c = text.charAt(i);
      quote = c == dialect.delimiter() || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      out.write(text);
      return;
    }
    out.write('"');
    out.write(text.replace("\"", "\"\""));
    out.write('"');
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
