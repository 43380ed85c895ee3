package org.reformindicators.io.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of running or checking a suite, such as {@code 152 passed, 0 failed}: the vectors passed, failed and
 * skipped, and every mismatch, vector by vector. Immutable and thread-safe.
 *
 * @param passed the vectors whose outputs conform
 * @param failed the vectors with at least one mismatch
 * @param skipped the vectors a results file does not cover (0 for a run)
 * @param mismatches every mismatch, in vector order
 */
public record ConformanceReport(int passed, int failed, int skipped, List<Mismatch> mismatches) {

  /**
   * Checks the members.
   *
   * @param passed the vectors passed
   * @param failed the vectors failed
   * @param skipped the vectors skipped
   * @param mismatches the mismatches
   * @throws NullPointerException if {@code mismatches} is null
   * @throws IllegalArgumentException if a count is negative
   */
  public ConformanceReport {
    if (passed < 0 || failed < 0 || skipped < 0) {
      throw new IllegalArgumentException(
          "counts must be at least 0, were " + passed + ", " + failed + " and " + skipped);
    }
    mismatches = List.copyOf(Objects.requireNonNull(mismatches, "mismatches"));
  }

  /**
   * Runs every live vector of the suite through an engine and compares its outputs. A vector whose inputs the
   * engine refuses fails with the field {@code outputs}.
   *
   * @param suite the suite
   * @param engine the engine
   * @return the report
   * @throws NullPointerException if an argument is null
   */
  public static ConformanceReport run(ConformanceSuite suite, ConformanceEngine engine) {
    Objects.requireNonNull(engine, "engine");
    Map<String, JsonNode> outputs = new HashMap<>();
    List<Mismatch> refused = new ArrayList<>();
    for (ConformanceVector vector : suite.live()) {
      try {
        outputs.put(vector.id(), engine.run(vector));
      } catch (java.io.IOException | RuntimeException e) {
        refused.add(new Mismatch(vector.id(), "outputs", "outputs", "no outputs: " + why(e)));
      }
    }
    return compare(suite, outputs, refused);
  }

  /**
   * Checks a results document another system wrote ({@code kind: conformance-results}) against the suite: a live
   * vector the document has no result for is skipped.
   *
   * @param suite the suite
   * @param results the results document
   * @return the report
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the document is not a results document of format version 1
   */
  public static ConformanceReport check(ConformanceSuite suite, JsonNode results) {
    Objects.requireNonNull(results, "results");
    if (results.path("formatVersion").asInt(0) != 1 || !"conformance-results".equals(results.path("kind").asText())) {
      throw new IllegalArgumentException(
          "a results file must have formatVersion 1 and kind 'conformance-results', had "
              + results.path("formatVersion") + " and " + results.path("kind"));
    }
    Map<String, JsonNode> outputs = new HashMap<>();
    for (JsonNode result : results.path("results")) {
      outputs.put(result.path("id").asText(), result.path("outputs"));
    }
    return compare(suite, outputs, List.of());
  }

  /** The refusal's message, with every problem of a read. */
  private static String why(Exception e) {
    if (e instanceof org.reformindicators.io.problem.ReadException read) {
      return read.problems().stream().map(p -> p.location().describe() + ": " + p.message())
          .collect(java.util.stream.Collectors.joining("; "));
    }
    return e.getMessage();
  }

  private static ConformanceReport compare(ConformanceSuite suite, Map<String, JsonNode> outputs,
      List<Mismatch> refused) {
    Objects.requireNonNull(suite, "suite");
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    List<Mismatch> all = new ArrayList<>();
    for (ConformanceVector vector : suite.live()) {
      List<Mismatch> own = new ArrayList<>(refused.stream().filter(m -> m.vectorId().equals(vector.id())).toList());
      JsonNode out = outputs.get(vector.id());
      if (out == null && own.isEmpty()) {
        skipped++;
        continue;
      }
      if (out != null) {
        own.addAll(ConformanceChecker.compare(vector, out));
      }
      if (own.isEmpty()) {
        passed++;
      } else {
        failed++;
        all.addAll(own);
      }
    }
    return new ConformanceReport(passed, failed, skipped, all);
  }
}
