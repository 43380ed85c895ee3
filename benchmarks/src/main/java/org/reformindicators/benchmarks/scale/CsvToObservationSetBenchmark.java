package org.reformindicators.benchmarks.scale;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.io.csv.ObservationCsvReader;

/**
 * Scenario 1 of issue 14: the generated commune-scale observation CSV ({@link NationalObservationFile}, 1,008,000
 * rows of the four required columns, 27 MB, in memory) read into an {@link ObservationSet}, paired in the same run
 * with its two baselines.
 *
 * <ul>
 *   <li>{@link #observationSet()}: {@code ObservationCsvReader.create().read(in, source)}, the library's whole
 *       path: strict UTF-8, RFC 4180 tokenizing, NFC check, code, period and number syntax, rank claims, duplicate
 *       keys reported with their lines, and the set's canonical order and indexes;
 *   <li>{@link #jacksonTokenizeOnly()}: Jackson's {@link CsvParser} over the bytes, the text of every field and
 *       nothing else: the ceiling of any CSV reader on this JVM;
 *   <li>{@link #jacksonBindToRecord()}: Jackson's {@link CsvMapper} binding each row to a plain Java record
 *       ({@link Row}: four fields, the value a {@code double}) in a list, what a user would write by hand, with no
 *       checks.
 * </ul>
 *
 * <p>Run with the command in {@code docs/benchmarks.md}, section 1; the retained bytes per observation come from
 * {@link RetainedBytes}, in forked JVMs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@State(Scope.Benchmark)
public class CsvToObservationSetBenchmark {

  /**
   * A row bound by hand: the four required columns.
   *
   * @param indicator the indicator code
   * @param area the unit code
   * @param period the period text
   * @param value the value
   */
  public record Row(String indicator, String area, String period, double value) {}

  private byte[] file;
  private final CsvMapper mapper = new CsvMapper();

  /** Creates the benchmark state (JMH instantiates it). */
  public CsvToObservationSetBenchmark() {}

  /** Generates the file in memory. */
  @Setup
  public void generate() {
    file = NationalObservationFile.bytes();
  }

  /**
   * The library: CSV to observation set.
   *
   * @return the set
   * @throws IOException never, the input is in memory
   */
  @Benchmark
  public ObservationSet observationSet() throws IOException {
    return ObservationCsvReader.create().read(new ByteArrayInputStream(file), "generated.csv");
  }

  /**
   * Baseline: Jackson tokenizing every field, nothing kept.
   *
   * @return the number of fields plus their total length
   * @throws IOException never, the input is in memory
   */
  @Benchmark
  public long jacksonTokenizeOnly() throws IOException {
    long checksum = 0;
    try (CsvParser parser = mapper.getFactory().createParser(file)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_STRING) {
          checksum += 1 + parser.getText().length();
        }
      }
    }
    return checksum;
  }

  /**
   * Baseline: Jackson binding each row to a record, kept in a list.
   *
   * @return the records
   * @throws IOException never, the input is in memory
   */
  @Benchmark
  public List<Row> jacksonBindToRecord() throws IOException {
    return bindToRecords(file);
  }

  /**
   * Binds a file's rows to records, as {@link #jacksonBindToRecord()} does.
   *
   * @param file the CSV bytes
   * @return the records
   * @throws IOException if the bytes are not CSV
   */
  static List<Row> bindToRecords(byte[] file) throws IOException {
    List<Row> list = new ArrayList<>(NationalObservationFile.ROWS);
    try (MappingIterator<Row> iterator = new CsvMapper().readerFor(Row.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(file)) {
      while (iterator.hasNext()) {
        list.add(iterator.next());
      }
    }
    return list;
  }
}
