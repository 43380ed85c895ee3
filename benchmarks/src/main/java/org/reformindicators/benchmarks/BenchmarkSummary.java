package org.reformindicators.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the table of {@code docs/benchmarks.md} from one JMH run's JSON results ({@code -rf json}): each scenario
 * of issue 14 beside its baseline of the same run, with the ratio of their times, such as {@code observationSet}
 * against {@code jacksonBindToRecord}. Run by {@code scripts/benchmarks.sh}; a pair whose benchmarks are not both
 * in the results is written as not measured.
 */
public final class BenchmarkSummary {

  /**
   * A scenario and its baseline, by the simple names of their benchmark methods.
   *
   * @param scenario the section of {@code docs/benchmarks.md}
   * @param measured the library's benchmark, as {@code Class.method}
   * @param baseline its baseline, as {@code Class.method}
   */
  record Pair(String scenario, String measured, String baseline) {}

  /** The pairs of {@code docs/benchmarks.md}, in its order. */
  static final List<Pair> PAIRS =
      List.of(
          new Pair("1. CSV → set", "CsvToObservationSetBenchmark.observationSet",
              "CsvToObservationSetBenchmark.jacksonBindToRecord"),
          new Pair("1. CSV → set (ceiling)", "CsvToObservationSetBenchmark.observationSet",
              "CsvToObservationSetBenchmark.jacksonTokenizeOnly"),
          new Pair("2. many units", "ManyUnitsBenchmark.evaluateEach", "ManyUnitsBenchmark.singleUnitBaseline"),
          new Pair("3. Monte Carlo", "UncertaintyBenchmark.primitive", "UncertaintyBenchmark.naiveBaseline"),
          new Pair("4. document, write", "PlanAssessmentsDocumentBenchmark.writeStreamed",
              "PlanAssessmentsDocumentBenchmark.writeTreeBaseline"),
          new Pair("4. document, read", "PlanAssessmentsDocumentBenchmark.read",
              "PlanAssessmentsDocumentBenchmark.readTreeBaseline"),
          new Pair("5. dossiers → indicators", "DossierDerivationBenchmark.derive",
              "DossierDerivationBenchmark.handLoop"));

  private BenchmarkSummary() {}

  /**
   * Reads the JMH results and writes the table.
   *
   * @param args the JMH JSON results file and the Markdown file to write
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: BenchmarkSummary JMH_JSON OUTPUT_MD");
    }
    Files.writeString(Path.of(args[1]), table(Files.readString(Path.of(args[0]))), StandardCharsets.UTF_8);
  }

  /** The Markdown table of the pairs from the JSON text of a JMH run. */
  static String table(String json) throws IOException {
    Map<String, JsonNode> byName = new HashMap<>();
    for (JsonNode result : new ObjectMapper().readTree(json)) {
      String[] parts = result.get("benchmark").asText().split("\\.");
      byName.put(parts[parts.length - 2] + "." + parts[parts.length - 1], result);
    }
    StringBuilder out =
        new StringBuilder(
            "| scenario | benchmark | score ± 99.9 % error | baseline | score ± 99.9 % error | time ratio "
                + "(benchmark / baseline) | speed-up (baseline / benchmark) |\n"
                + "|---|---|---|---|---|---|---|\n");
    for (Pair pair : PAIRS) {
      JsonNode measured = byName.get(pair.measured());
      JsonNode baseline = byName.get(pair.baseline());
      out.append("| ").append(pair.scenario()).append(" | `").append(method(pair.measured())).append("` | ")
          .append(score(measured)).append(" | `").append(method(pair.baseline())).append("` | ")
          .append(score(baseline)).append(" | ");
      if (measured == null || baseline == null) {
        out.append("not measured | not measured |\n");
        continue;
      }
      double m = measured.get("primaryMetric").get("score").asDouble();
      double b = baseline.get("primaryMetric").get("score").asDouble();
      out.append(String.format(Locale.ROOT, "%.2f | %.2f |%n", m / b, b / m));
    }
    return out.toString();
  }

  private static String method(String name) {
    return name.substring(name.indexOf('.') + 1);
  }

  private static String score(JsonNode result) {
    if (result == null) {
      return "not measured";
    }
    JsonNode metric = result.get("primaryMetric");
    return String.format(
        Locale.ROOT, "%,.1f ± %,.1f %s", metric.get("score").asDouble(), metric.get("scoreError").asDouble(),
        metric.get("scoreUnit").asText());
  }
}
