package org.reformindicators.io.csv;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
import org.reformindicators.io.internal.text.StrictUtf8Reader;

/**
 * Reading a generated observation CSV of 1,000,000 rows ({@code indicator,area,period,value}: 10 PCI component
 * codes × 10,000 generated five-digit unit codes × the years 2016–2025, values with two decimals; 33 MB) into
 * the text of its cells, with io's hand-written {@link CsvTokenizer} and with Jackson's {@link CsvParser}
 * streaming tokens, for the decision of issue 12 on whether the CSV layer stays hand-written.
 *
 * <ul>
 *   <li>{@link #handWritten()}: {@link StrictUtf8Reader} then {@link CsvTokenizer}, one list of strings per row;
 *   <li>{@link #jacksonOverStrictUtf8()}: {@link StrictUtf8Reader} then a schemaless {@link CsvParser}, one
 *       {@code getText()} per cell (the same strict decoding with line-located errors);
 *   <li>{@link #jacksonOwnUtf8()}: a {@link CsvParser} over the bytes, decoding UTF-8 itself (its errors name a
 *       byte and char offset, not a line);
 *   <li>{@link #observationReader()}: the whole public {@link ObservationCsvReader} streaming path (tokenizing,
 *       NFC check, parsing codes, periods and numbers, building observations), for scale.
 * </ul>
 *
 * <p>Every variant consumes the same cells: it returns the number of cells plus their total length, so nothing
 * is optimised away and the variants can be checked against each other.
 *
 * <p>Run by hand: {@code ./mvnw -B -pl benchmarks -am package -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar CsvReadingBenchmark -f 1 -wi 2 -i 3}. On a machine shared with other builds
 * the wall-clock errors are wide; {@link #main} measures the thread CPU time of the three tokenizing variants
 * interleaved: {@code java -cp benchmarks/target/benchmarks.jar org.reformindicators.io.csv.CsvReadingBenchmark
 * 25}.
 *
 * <p>Measured on 2026-12-07 on the shared 2-core build machine (load average 4 to 11 from other builds), OpenJDK
 * 17.0.15, milliseconds per file of 1,000,000 rows. "Before" is the tokenizer of issue 12's start (one method
 * call and one builder append per char, a new list per record); "after" is this one (unquoted fields taken
 * straight from the buffer). JMH {@code -f 1 -wi 3 -i 5}, score ± 99.9 % error:
 *
 * <pre>
 *                          before              after
 * handWritten              510.5 ± 326.5       192.9 ± 111.9
 * jacksonOverStrictUtf8    321.0 ± 124.0       316.3 ±  46.0
 * jacksonOwnUtf8           (not run)           292.1 ± 217.7
 * observationReader        (not run)          2134.0 ± 667.6
 * </pre>
 *
 * <p>Thread CPU time, {@link #main} with 25 interleaved rounds after 5 warm-up rounds, median (min):
 *
 * <pre>
 *                          before              after
 * handWritten              197.2 (188.6)        92.4 (89.9)
 * jacksonOverStrictUtf8    132.5 (124.9)       136.3 (133.2)
 * jacksonOwnUtf8           134.5 (129.0)       141.8 (136.1)
 * </pre>
 *
 * <p>Every variant returned the same checksum (34,000,028). The decision and the other runs are in {@code
 * docs/reliability.md ("Why the observation CSV stays hand-written")}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class CsvReadingBenchmark {

  /** Rows of the generated file, header excluded. */
  static final int ROWS = 1_000_000;

  private static final String[] INDICATORS = {
    "PCI_ENTRY_COSTS", "PCI_LAND_ACCESS", "PCI_TRANSPARENCY", "PCI_TIME_COSTS", "PCI_INFORMAL_CHARGES",
    "PCI_POLICY_BIAS", "PCI_PROACTIVITY", "PCI_BUSINESS_SUPPORT", "PCI_LABOR_TRAINING", "PCI_LEGAL_INSTITUTIONS"
  };

  private byte[] file;
  private final CsvFactory jackson =
      CsvFactory.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

  /** Creates the benchmark state (JMH instantiates it). */
  public CsvReadingBenchmark() {}

  /** Generates the file in memory. */
  @Setup
  public void generate() {
    file = generate(ROWS);
  }

  /**
   * Returns a generated observation CSV with LF line ends.
   *
   * @param rows the number of data rows, at most 1,000,000 for distinct keys
   * @return the UTF-8 bytes
   */
  static byte[] generate(int rows) {
    StringBuilder text = new StringBuilder(rows * 34).append("indicator,area,period,value\n");
    for (int i = 0; i < rows; i++) {
      int unit = 1 + (i / INDICATORS.length) % 10_000;
      int year = 2016 + i / (INDICATORS.length * 10_000);
      int hundredths = (int) ((i * 7919L) % 1000);
      text.append(INDICATORS[i % INDICATORS.length]).append(',')
          .append(String.format(Locale.ROOT, "%05d", unit)).append(',')
          .append(year).append(',')
          .append(hundredths / 100).append('.').append(hundredths / 10 % 10).append(hundredths % 10).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private InputStream bytes() {
    return new ByteArrayInputStream(file);
  }

  /**
   * io's tokenizer over the strict UTF-8 reader.
   *
   * @return cells plus their total length
   * @throws IOException never, the input is in memory
   */
  @Benchmark
  public long handWritten() throws IOException {
    long checksum = 0;
    CsvTokenizer tokenizer = new CsvTokenizer(new StrictUtf8Reader(bytes()), ',');
    for (List<String> record = tokenizer.next(); record != null; record = tokenizer.next()) {
      for (String cell : record) {
        checksum += 1 + cell.length();
      }
    }
    return checksum;
  }

  /**
   * Jackson's parser over the strict UTF-8 reader.
   *
   * @return cells plus their total length
   * @throws IOException never, the input is in memory
   */
  @Benchmark
  public long jacksonOverStrictUtf8() throws IOException {
    try (CsvParser parser = jackson.createParser(new StrictUtf8Reader(bytes()))) {
      return cells(parser);
    }
  }

  /**
   * Jackson's parser decoding the bytes itself.
   *
   * @return cells plus their total length
   * @throws IOException never, the input is in memory
   */
  @Benchmark
  public long jacksonOwnUtf8() throws IOException {
    try (CsvParser parser = jackson.createParser(bytes())) {
      return cells(parser);
    }
  }

  private static long cells(CsvParser parser) throws IOException {
    long checksum = 0;
    for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
      if (token == JsonToken.VALUE_STRING) {
        checksum += 1 + parser.getText().length();
      }
    }
    return checksum;
  }

  /**
   * Prints the thread CPU time of the three tokenizing variants, run in turn so that a shared machine's load
   * falls on each alike: the median and the least of the rounds, in milliseconds.
   *
   * @param args the number of rounds (default 25), after 5 rounds of warm-up
   * @throws IOException never, the input is in memory
   */
  public static void main(String[] args) throws IOException {
    int rounds = args.length == 0 ? 25 : Integer.parseInt(args[0]);
    CsvReadingBenchmark benchmark = new CsvReadingBenchmark();
    benchmark.generate();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    String[] names = {"handWritten", "jacksonOverStrictUtf8", "jacksonOwnUtf8"};
    long[][] nanos = new long[names.length][rounds];
    for (int round = -5; round < rounds; round++) {
      for (int variant = 0; variant < names.length; variant++) {
        long start = threads.getCurrentThreadCpuTime();
        long checksum = variant == 0 ? benchmark.handWritten()
            : variant == 1 ? benchmark.jacksonOverStrictUtf8() : benchmark.jacksonOwnUtf8();
        if (round >= 0) {
          nanos[variant][round] = threads.getCurrentThreadCpuTime() - start;
        }
        if (round == rounds - 1) {
          Arrays.sort(nanos[variant]);
          System.out.printf(Locale.ROOT, "%-22s median %6.1f ms  min %6.1f ms  checksum %d%n", names[variant],
              nanos[variant][rounds / 2] / 1e6, nanos[variant][0] / 1e6, checksum);
        }
      }
    }
  }

  /**
   * The whole streaming observation reader, for scale.
   *
   * @return the observations read
   * @throws IOException never, the input is in memory
   */
  @Benchmark
  public long observationReader() throws IOException {
    return ObservationCsvReader.create().read(bytes(), "generated.csv", observation -> {}, problem -> {
      throw new IllegalStateException(problem.toString());
    });
  }
}
