package org.reformindicators.io.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fuzz tests of every reader (issue 12): seeded mutations of a small corpus, in-process, in {@code verify}.
 *
 * <p>Each reader gets its own seeded campaign ({@link FuzzTarget#defaultIterations()}: 18,000 inputs in all);
 * every input must read, or fail with the reader's documented exception whose every problem is located and
 * free of library internals ({@link PropertyCheck}). A failure lists each family of failures once, with the
 * seed, the iteration, the mutation, an excerpt of the input and the command that replays it.
 *
 * <p>A longer, unseeded campaign is the same test with other settings ({@link FuzzSettings}), for example
 * {@code ./mvnw -pl io -am test -Dtest=ReaderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfuzz.seed=random -Dfuzz.duration=10m}; see {@code docs/reliability.md}.
 */
class ReaderFuzzTest {

  @Test
  void planYaml() {
    campaign(DocumentTarget.PLAN_YAML);
  }

  @Test
  void planJson() {
    campaign(DocumentTarget.PLAN_JSON);
  }

  @Test
  void observationCsv() {
    campaign(CsvTarget.OBSERVATIONS);
  }

  @Test
  void methodology() {
    campaign(DocumentTarget.METHODOLOGY);
  }

  @Test
  void periodParser() {
    campaign(PeriodTarget.PERIODS);
  }

  @Test
  void otherDocuments() {
    campaign(DocumentTarget.OTHER_DOCUMENTS);
  }

  /**
   * Replays one input of a campaign: {@code -Dfuzz.replay=plan-yaml:20261128:1234}, optionally with {@code
   * -Dfuzz.minimize=true}; prints the whole input and writes it to {@code target/fuzz-replay/}. Skipped
   * without the property.
   */
  @Test
  void replay() throws IOException {
    String key = System.getProperty("fuzz.replay", "").trim();
    assumeTrue(!key.isEmpty(), "set -Dfuzz.replay=target:seed:iteration to replay one input");
    FuzzCampaign.Failure failure = FuzzCampaign.replay(key);
    Trial trial = failure.trial();
    byte[] input = trial.mutant().bytes();
    Path dir = Files.createDirectories(Path.of("target", "fuzz-replay"));
    Files.write(dir.resolve(key.replace(':', '-') + ".bin"), input);
    StringBuilder text = new StringBuilder(failure.describe()).append("\n  whole input: ").append(Excerpt.escape(input, 0, input.length));
    if (!failure.violations().isEmpty() && Boolean.getBoolean("fuzz.minimize")) {
      String family = Families.key(trial.target(), trial.mutant().kind(), failure.violations());
      byte[] minimal = Minimizer.minimize(input, bytes -> {
        List<String> v = FuzzCampaign.violations(trial, new Mutant(bytes, trial.mutant().kind(), "", 0, trial.mutant().expectation()));
        return !v.isEmpty() && Families.key(trial.target(), trial.mutant().kind(), v).equals(family);
      });
      Files.write(dir.resolve(key.replace(':', '-') + ".min.bin"), minimal);
      List<String> v = FuzzCampaign.violations(trial, new Mutant(minimal, trial.mutant().kind(), "", 0, trial.mutant().expectation()));
      text.append("\n  minimal input (").append(minimal.length).append(" bytes): ").append(Excerpt.escape(minimal, 0, minimal.length))
          .append("\n  minimal broke: ").append(String.join("\n                 ", v));
    }
    System.out.println(text);
    assertTrue(failure.violations().isEmpty(), text.toString());
  }

  private static void campaign(FuzzTarget target) {
    FuzzCampaign.Report report = FuzzCampaign.run(target, FuzzSettings.fromSystemProperties());
    System.out.println(report.summary(Integer.MAX_VALUE));
    assertTrue(report.passed(), report::summary);
  }
}
