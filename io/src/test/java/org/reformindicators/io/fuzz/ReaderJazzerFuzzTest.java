package org.reformindicators.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Coverage-guided fuzz tests of the readers with Jazzer, for the long campaign of issue 12.
 *
 * <p>In a plain build ({@code ./mvnw verify}) each method runs in Jazzer's regression mode only: once on an
 * empty input and once on each file of {@code ReaderJazzerFuzzTestInputs/<method>/} in the test resources
 * (minimal reproducers of past findings). With {@code JAZZER_FUZZ=1} one method at a time is fuzzed for its
 * {@code maxDuration}, with coverage feedback from the project's classes; the command is in {@code
 * docs/reliability.md}. The property is {@link PropertyCheck}'s, the same as {@link ReaderFuzzTest}'s.
 */
class ReaderJazzerFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void planYaml(byte[] input) {
    check(DocumentTarget.PLAN_YAML, "qn-ranks.yaml", input, 0);
  }

  @FuzzTest(maxDuration = "10m")
  void planJson(byte[] input) {
    check(DocumentTarget.PLAN_JSON, "qn-ranks.json", input, 0);
  }

  @FuzzTest(maxDuration = "10m")
  void observationCsv(byte[] input) {
    // the three ways of reading take turns, so that each input goes one way and stays reproducible
    check(CsvTarget.OBSERVATIONS, "golden.csv", input, input.length % CsvTarget.OBSERVATIONS.variants());
  }

  @FuzzTest(maxDuration = "10m")
  void methodology(byte[] input) {
    check(DocumentTarget.METHODOLOGY, "pci.yaml", input, 0);
  }

  @FuzzTest(maxDuration = "10m")
  void periodParser(byte[] input) {
    check(PeriodTarget.PERIODS, "periods.txt:1", input, 0);
  }

  private static void check(FuzzTarget target, String seedName, byte[] input, int variant) {
    Seed seed = Seed.corpus(target.corpus()).stream()
        .filter(s -> s.name().equals(seedName))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no seed " + seedName + " in " + target.corpus()));
    Outcome outcome = target.read(seed, input, variant);
    Mutant mutant = new Mutant(input, null, "input from Jazzer", 0, Expectation.ANY);
    List<String> violations = PropertyCheck.check(mutant, outcome, outcome, seed.syntax());
    if (!violations.isEmpty()) {
      throw new AssertionError(target.id() + " (" + target.variantName(variant) + "): " + String.join("\n", violations)
          + "\ninput: " + Excerpt.around(input, 0));
    }
  }
}
