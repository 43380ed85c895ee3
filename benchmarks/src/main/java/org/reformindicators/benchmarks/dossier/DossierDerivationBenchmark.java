package org.reformindicators.benchmarks.dossier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.reformindicators.core.derivation.Derivation;
import org.reformindicators.core.derivation.DerivationOptions;
import org.reformindicators.core.derivation.DerivationResult;
import org.reformindicators.core.derivation.RuleSet;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.io.dossier.DossierCsvReader;
import org.reformindicators.io.dossier.RuleSetReader;
import org.reformindicators.io.problem.ReadOptions;

/**
 * Issue 18's scale goal: a dossier CSV of 10 million synthetic dossiers ({@link SyntheticDossierFile}, about 1.5 GB,
 * on disk) derived by the bundled rule set {@code dvc-766} (five ratios per unit and year), in under a minute on 2
 * cores with {@code -Xmx512m}, against a plain loop that counts the same ratios by hand in the same run.
 *
 * <ul>
 *   <li>{@link #derive()}: {@code DossierCsvReader} (strict UTF-8, RFC 4180, every cell and every rule between cells
 *       checked, a {@code DossierRecord} per row) into {@code Derivation}, then the observations;
 *   <li>{@link #handLoop()}: a {@code BufferedReader} over the same file, each line split at its commas, the five
 *       ratios' numerators and denominators counted per unit and year in a map; no check of any kind.
 * </ul>
 *
 * <p>Before measuring, both count a 100,000-dossier file of the same seed and must agree on every numerator and
 * denominator, so the loop counts what the rules count. The file is written once to {@code -Ddossiers.dir} (default
 * {@code java.io.tmpdir}) and reused. One measurement is one pass over the file (single-shot time).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class DossierDerivationBenchmark {

  /** The number of dossiers in the file. */
  @Param("10000000")
  public long dossiers;

  /** The generator's seed. */
  @Param("2026")
  public long seed;

  private Path file;
  private RuleSet rules;

  /** Creates the state; JMH instantiates it. */
  public DossierDerivationBenchmark() {}

  /**
   * Writes (or finds) the file and checks that the two ways count alike on a small file of the same seed.
   *
   * @throws IOException if a file cannot be written or read
   */
  @Setup
  public void setUp() throws IOException {
    Path directory = Path.of(System.getProperty("dossiers.dir", System.getProperty("java.io.tmpdir")));
    rules = RuleSetReader.create(ReadOptions.defaults()).bundled("dvc-766");
    Path small = SyntheticDossierFile.cached(directory, 100_000, seed);
    agree(derive(small, rules), handLoop(small));
    file = SyntheticDossierFile.cached(directory, dossiers, seed);
  }

  /**
   * Derives the file by the library.
   *
   * @return the observations and summary
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public DerivationResult derive() throws IOException {
    return derive(file, rules);
  }

  /**
   * Counts the same ratios by hand.
   *
   * @return the counts per unit, year and ratio
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public Map<Integer, long[]> handLoop() throws IOException {
    return handLoop(file);
  }

  /**
   * Derives a dossier file by a rule set, strictly, with the default options (yearly, each rule's own date).
   *
   * @param file the dossier CSV
   * @param rules the rules
   * @return the observations and summary
   * @throws IOException if the file cannot be read or has a problem
   */
  public static DerivationResult derive(Path file, RuleSet rules) throws IOException {
    Derivation derivation = Derivation.start(rules, DerivationOptions.defaults());
    try (InputStream in = Files.newInputStream(file)) {
      DossierCsvReader.create(ReadOptions.defaults()).read(in, file.toString(), derivation, p -> {});
    }
    return derivation.finish();
  }

  /** The ratios of {@code dvc-766} in its order; two counters (numerator, denominator) each. */
  static final String[] RATIOS = {
    "DVC766_PROGRESS", "DVC766_ONLINE_PAYMENT_RATE", "DVC766_ONLINE_SUBMISSION_RATE", "DVC766_DIGITISATION_RATE",
    "DVC766_SATISFACTION_RATE"
  };

  /**
   * Counts the ratios of {@code dvc-766} by hand: per unit and year (key {@code unit × 10,000 + year}), a
   * numerator and a denominator per ratio of {@link #RATIOS} in that order.
   *
   * @param file a dossier CSV as {@link SyntheticDossierFile} writes it (no quotes)
   * @return the counts
   * @throws IOException if the file cannot be read
   */
  public static Map<Integer, long[]> handLoop(Path file) throws IOException {
    Map<Integer, long[]> counts = new HashMap<>();
    String[] cells = new String[18];
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.readLine();
      String line;
      while ((line = in.readLine()) != null) {
        int start = 0;
        for (int c = 0; c < 18; c++) {
          int end = line.indexOf(',', start);
          cells[c] = end < 0 ? line.substring(start) : line.substring(start, end);
          start = end + 1;
        }
        int unit = Integer.parseInt(cells[1]);
        String received = cells[5];
        String due = cells[6];
        String completed = cells[7];
        String outcome = cells[8];
        long[] byReceived = counts.computeIfAbsent(unit * 10_000 + year(received), k -> new long[10]);
        if (cells[11].equals("true")) {
          byReceived[3]++;
          if (cells[12].equals("true")) {
            byReceived[2]++;
          }
        }
        if (!cells[10].equals("NONE")) {
          byReceived[5]++;
          if (cells[9].equals("ONLINE")) {
            byReceived[4]++;
          }
        }
        byReceived[7]++;
        if (cells[13].equals("true")) {
          byReceived[6]++;
        }
        if (!completed.isEmpty()) {
          long[] byCompleted = counts.computeIfAbsent(unit * 10_000 + year(completed), k -> new long[10]);
          if (outcome.equals("COMPLETED") || outcome.equals("REFUSED")) {
            byCompleted[1]++;
            boolean late = !due.isEmpty() && completed.compareTo(due) > 0;
            if (!late) {
              byCompleted[0]++;
            }
          }
          String rating = cells[17];
          if (!rating.isEmpty()) {
            byCompleted[9]++;
            if (rating.equals("4") || rating.equals("5")) {
              byCompleted[8]++;
            }
          }
        }
      }
    }
    return counts;
  }

  private static int year(String date) {
    return Integer.parseInt(date, 0, 4, 10);
  }

  /** Fails unless every derived observation's numerator and denominator equal the hand counts, and no more exist. */
  static void agree(DerivationResult derived, Map<Integer, long[]> hand) {
    long handRatios = 0;
    for (long[] counts : hand.values()) {
      for (int r = 0; r < RATIOS.length; r++) {
        handRatios += counts[2 * r + 1] > 0 ? 1 : 0;
      }
    }
    if (handRatios != derived.observations().size()) {
      throw new IllegalStateException("the hand loop has " + handRatios + " ratios, the derivation "
          + derived.observations().size());
    }
    for (Observation o : derived.observations()) {
      int r = java.util.Arrays.asList(RATIOS).indexOf(o.indicator().toString());
      long[] counts = hand.get(Integer.parseInt(o.unit().toString()) * 10_000 + Integer.parseInt(o.period().toString()));
      if (r < 0 || counts == null || counts[2 * r] != (long) o.numerator().getAsDouble()
          || counts[2 * r + 1] != (long) o.denominator().getAsDouble()) {
        throw new IllegalStateException("the hand loop and the derivation disagree on " + o);
      }
    }
  }
}
