package org.reformindicators.io.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Runs one target for a number of iterations (or a time), checks {@link PropertyCheck} on every mutant, and
 * groups the failures into families: one family per target and kind of violation with numbers and quoted
 * values blanked, so that one bug found a thousand times is reported once, with its first example.
 */
final class FuzzCampaign {

  /** How many families a failure message lists in full. */
  private static final int FAMILIES_LISTED = 25;

  /** One failing trial and what it broke. */
  record Failure(Trial trial, List<String> violations) {

    /**
     * Describes the failure with everything needed to replay it.
     *
     * @return a few lines of text
     */
    String describe() {
      Mutant m = trial.mutant();
      return "  seed " + trial.campaignSeed() + ", iteration " + trial.iteration() + ", reader " + trial.target().id()
          + " (" + trial.target().variantName(trial.variant()) + "), seed file " + trial.seed().name() + "\n"
          + "  mutation " + m.kind() + ": " + m.detail() + "\n"
          + "  input: " + Excerpt.around(m.bytes(), m.offset()) + "\n"
          + "  broke: " + String.join("\n         ", violations) + "\n"
          + "  replay: ./mvnw -pl io -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest='ReaderFuzzTest#replay'"
          + " -Dfuzz.replay=" + trial.replayKey() + " [-Dfuzz.minimize=true]";
    }
  }

  /** The failures of one kind: how many, which mutation kinds found them, and the first one. */
  static final class Family {
    final String key;
    Failure first;
    long count;
    final TreeSet<Mutation> kinds = new TreeSet<>();

    Family(String key, Failure first) {
      this.key = key;
      this.first = first;
    }
  }

  /** The result of a campaign. */
  record Report(FuzzTarget target, long seed, long iterations, long refused, Map<Mutation, long[]> byKind,
      Map<String, Family> families, Duration elapsed, boolean stoppedByHangs) {

    /**
     * Tells whether no trial failed.
     *
     * @return {@code true} when the property held for every input
     */
    boolean passed() {
      return families.isEmpty();
    }

    /**
     * Summarises the campaign: counts per mutation kind, and each family of failures with its first example.
     *
     * @return the summary
     */
    String summary() {
      return summary(FAMILIES_LISTED);
    }

    /**
     * Summarises the campaign, listing at most some families in full.
     *
     * @param familiesListed how many families to list
     * @return the summary
     */
    String summary(int familiesListed) {
      StringBuilder text = new StringBuilder();
      long failures = families.values().stream().mapToLong(f -> f.count).sum();
      text.append(String.format("fuzz %s: seed %d, %d inputs (%d refused), %d failing in %d families, %.1f s%n",
          target.id(), seed, iterations, refused, failures, families.size(), elapsed.toMillis() / 1000.0));
      if (stoppedByHangs) {
        text.append("  stopped early: ").append(HangGuard.MAX_HANGS).append(" reads did not finish\n");
      }
      byKind.forEach((kind, counts) -> text.append(String.format("  %-17s %6d tried %6d refused %6d failed %7.1f ms reading%n",
          kind, counts[0], counts[1], counts[2], counts[3] / 1e6)));
      int listed = 0;
      for (Family family : families.values()) {
        if (listed++ == familiesListed) {
          text.append("… and ").append(families.size() - familiesListed).append(" more families\n");
          break;
        }
        text.append("FAMILY ").append(listed).append(": ").append(family.count).append(" failures, kinds ").append(family.kinds)
            .append("\n  ").append(family.key).append("\n").append(family.first.describe()).append("\n");
      }
      return text.toString();
    }
  }

  private FuzzCampaign() {}

  /**
   * Runs a campaign.
   *
   * @param target the reader
   * @param settings the seed and the number of iterations or the time
   * @return the report
   */
  static Report run(FuzzTarget target, FuzzSettings settings) {
    List<Seed> seeds = Seed.corpus(target.corpus());
    Map<String, Outcome> seedOutcomes = new HashMap<>();
    Map<Mutation, long[]> byKind = new EnumMap<>(Mutation.class);
    Map<String, Family> families = new LinkedHashMap<>();
    long limit = settings.iterationsFor(target);
    long deadline = settings.duration().map(d -> System.nanoTime() + d.toNanos()).orElse(Long.MAX_VALUE);
    long start = System.nanoTime();
    long iteration = 0;
    long refused = 0;
    boolean hung;
    try (HangGuard guard = new HangGuard()) {
      for (; iteration < limit && !guard.exhausted() && (iteration % 64 != 0 || System.nanoTime() < deadline); iteration++) {
        Trial trial = Trial.of(target, seeds, settings.seed(), iteration);
        long readStart = System.nanoTime();
        Outcome outcome = guard.run(() -> target.read(trial.seed(), trial.mutant().bytes(), trial.variant()));
        long readNanos = System.nanoTime() - readStart;
        Outcome seedOutcome = seedOutcomes.computeIfAbsent(trial.seed().name() + "#" + trial.variant(),
            k -> target.read(trial.seed(), trial.seed().bytes(), trial.variant()));
        List<String> violations = new ArrayList<>(PropertyCheck.check(trial.mutant(), outcome, seedOutcome, trial.seed().syntax()));
        violations.replaceAll(Excerpt::printable);
        long[] counts = byKind.computeIfAbsent(trial.mutant().kind(), k -> new long[4]);
        counts[0]++;
        counts[3] += readNanos;
        if (outcome.refused()) {
          counts[1]++;
          refused++;
        }
        if (!violations.isEmpty()) {
          counts[2]++;
          Failure failure = new Failure(trial, violations);
          Family family = families.computeIfAbsent(Families.key(target, trial.mutant().kind(), violations), k -> new Family(k, failure));
          family.count++;
          family.kinds.add(trial.mutant().kind());
          if (family.first.trial().mutant().kind() == Mutation.HAVOC && trial.mutant().kind() != Mutation.HAVOC) {
            family.first = failure; // a single mutation makes a clearer example
          }
        }
      }
      hung = guard.exhausted();
    }
    Report report = new Report(target, settings.seed(), iteration, refused, byKind, families, Duration.ofNanos(System.nanoTime() - start), hung);
    if (!report.passed()) {
      keepExamples(report);
    }
    return report;
  }

  /** Writes the first input of every family to {@code target/fuzz-findings}, for replay outside the build. */
  private static void keepExamples(Report report) {
    Path dir = Path.of("target", "fuzz-findings", report.target().id());
    try {
      Files.createDirectories(dir);
      int n = 0;
      for (Family family : report.families().values()) {
        Trial trial = family.first.trial();
        String name = String.format("%02d-%s-%d-%d.bin", ++n, trial.mutant().kind(), trial.campaignSeed(), trial.iteration());
        Files.write(dir.resolve(name), trial.mutant().bytes());
        Files.writeString(dir.resolve(name.replace(".bin", ".txt")), family.key + "\n" + family.first.describe() + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reruns one trial and returns its failure, if it fails.
   *
   * @param key {@code target:seed:iteration}
   * @return the trial and its violations (empty when the property holds)
   */
  static Failure replay(String key) {
    String[] parts = key.split(":");
    if (parts.length != 3) {
      throw new IllegalArgumentException("fuzz.replay must be target:seed:iteration, was '" + key + "'");
    }
    FuzzTarget target = FuzzTarget.byId(parts[0]);
    Trial trial = Trial.of(target, Seed.corpus(target.corpus()), Long.parseLong(parts[1]), Long.parseLong(parts[2]));
    return new Failure(trial, violations(trial, trial.mutant()));
  }

  /**
   * Checks the property for a trial's seed, variant and expectation on another input (used by the minimiser).
   *
   * @param trial the trial
   * @param mutant the input and its expectation
   * @return the violations
   */
  static List<String> violations(Trial trial, Mutant mutant) {
    FuzzTarget target = trial.target();
    Outcome outcome = target.read(trial.seed(), mutant.bytes(), trial.variant());
    Outcome seedOutcome = target.read(trial.seed(), trial.seed().bytes(), trial.variant());
    List<String> violations = new ArrayList<>(PropertyCheck.check(mutant, outcome, seedOutcome, trial.seed().syntax()));
    violations.replaceAll(Excerpt::printable);
    return violations;
  }
}
