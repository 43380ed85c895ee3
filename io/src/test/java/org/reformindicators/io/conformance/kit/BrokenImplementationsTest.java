package org.reformindicators.io.conformance.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.composite.IndexNode;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.conformance.ConformanceSuite;
import org.reformindicators.io.conformance.ConformanceVector;
import org.reformindicators.io.conformance.Mismatch;

/**
 * The suite has teeth: deliberately broken implementations, each the bundled engine with one mistake, fail named
 * vectors (and the correct engine passes them, {@link BundledEngineConformanceTest}).
 */
class BrokenImplementationsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final BundledEngineSystem ENGINE = new BundledEngineSystem();

  /** Runs the suite against a system and returns the ids of the vectors it fails, with the fields. */
  private static Map<String, List<String>> failures(SystemUnderTest system) throws IOException {
    Map<String, List<String>> failed = new LinkedHashMap<>();
    for (ConformanceVector vector : ConformanceSuite.bundled().live()) {
      for (Mismatch m : ConformanceKit.mismatches(system, vector)) {
        failed.computeIfAbsent(m.vectorId(), k -> new ArrayList<>()).add(m.field());
      }
    }
    return failed;
  }

  private static void assertFails(Map<String, List<String>> failed, String vectorId, String field) {
    assertTrue(failed.containsKey(vectorId), vectorId + " should fail; failed: " + failed.keySet());
    assertTrue(failed.get(vectorId).contains(field), vectorId + " should fail on " + field + ", failed on " + failed.get(vectorId));
  }

  /** A system that changes the inputs before the bundled engine sees them. */
  private interface InputEdit {
    void edit(ObjectNode inputs);
  }

  private static SystemUnderTest editingInputs(InputEdit edit) {
    return (kind, id, inputs) -> {
      ObjectNode in = (ObjectNode) JSON.readTree(inputs);
      edit.edit(in);
      return ENGINE.outputs(kind, id, JSON.writeValueAsString(in));
    };
  }

  /** A system that changes the bundled engine's outputs. */
  private interface OutputEdit {
    void edit(JsonNode inputs, ObjectNode outputs) throws IOException;
  }

  private static SystemUnderTest editingOutputs(OutputEdit edit) {
    return (kind, id, inputs) -> {
      ObjectNode out = (ObjectNode) JSON.readTree(ENGINE.outputs(kind, id, inputs));
      edit.edit(JSON.readTree(inputs), out);
      return JSON.writeValueAsString(out);
    };
  }

  @Test
  void tiesNotSharedFailTheTieVectors() throws IOException {
    // Ranks 1, 2, 3, … by output order of equal totals: a sort without shared ranks.
    Map<String, List<String>> failed = failures(editingOutputs((inputs, out) -> {
      List<JsonNode> units = new ArrayList<>();
      out.path("units").forEach(units::add);
      units.removeIf(u -> !u.has("rank"));
      units.sort((a, b) -> Double.compare(a.path("rank").asDouble(), b.path("rank").asDouble()));
      for (int i = 0; i < units.size(); i++) {
        ((ObjectNode) units.get(i)).put("rank", i + 1.0);
      }
    }));
    assertFails(failed, "ties-competition", "units[51].rank");
    assertFails(failed, "ties-dense", "units[51].rank");
    assertFails(failed, "ties-fractional", "units[01].rank");
    assertFails(failed, "normalisation-min-max-lower-is-better-tie", "units[51].rank");
  }

  @Test
  void eurostatCutOffsOffByOnePointFailTheBoundaryVectors() throws IOException {
    Map<String, List<String>> failed = failures(editingInputs(in -> {
      if ("eurostat".equals(in.path("method").path("id").asText())) {
        ObjectNode p = ((ObjectNode) in.get("method")).putObject("parameters");
        p.put("significantCutoff", 0.96);
        p.put("moderateCutoff", 0.61);
      }
    }));
    assertFails(failed, "eurostat-ratio-at-95", "clauses[T1].category");
    assertFails(failed, "eurostat-ratio-at-60", "clauses[T1].category");
    assertFails(failed, "eurostat-lower-is-better-at-95", "clauses[T1].status");
    assertTrue(!failed.containsKey("eurostat-ratio-96"), "a ratio of 0.96 is significant either way");
  }

  @Test
  void aSignErrorForLowerIsBetterFailsTheLowerIsBetterVectors() throws IOException {
    // The system ignores the desired direction: every indicator is read as higher-is-better, every target as "at least".
    Map<String, List<String>> failed = failures(editingInputs(in -> {
      for (JsonNode indicator : in.has("indicator") ? List.of(in.get("indicator")) : List.<JsonNode>of()) {
        ((ObjectNode) indicator).put("direction", "HIGHER_IS_BETTER");
      }
      JsonNode kind = in.path("target").path("kind");
      if ("AT_MOST".equals(kind.path("comparison").asText())) {
        ((ObjectNode) kind).put("comparison", "AT_LEAST");
      }
    }));
    assertFails(failed, "eurostat-lower-is-better-at-95", "clauses[T1].status");
    assertFails(failed, "sdsn-lower-is-better-ratio-at-1", "clauses[T1].status");
    assertFails(failed, "linear-lower-is-better-moving-away", "clauses[T1].status");
  }

  @Test
  void ranksComparedAcrossUniversesWithoutTheRuleFailTheUniverseVectors() throws IOException {
    // The system compares raw places: every rank is taken as a rank of 63.
    Map<String, List<String>> failed = failures(editingInputs(in -> {
      for (JsonNode o : in.path("observations").path("observations")) {
        if (o.has("universe")) {
          ((ObjectNode) o).put("universe", 63);
        }
      }
    }));
    assertFails(failed, "rank-band-34-converted-misses", "clauses[T1].status");
    assertFails(failed, "rank-band-34-converted-26", "clauses[T1].status");
    assertFails(failed, "rank-band-61-converted-30", "clauses[T1].status");
    assertFails(failed, "rank-band-34-same-universe-only", "clauses[T1].status");
  }

  @Test
  void aBoundJudgedAtItsLowerEndOnlyFailsTheBoundedVectors() throws IOException {
    // The system reads "rank 31–63" as rank 31: each bound becomes a value at its lower end.
    Map<String, List<String>> failed = failures(editingInputs(in -> {
      JsonNode observations = in.path("observations");
      for (JsonNode o : observations.path("observations")) {
        if (o.has("bound")) {
          ((ObjectNode) o).put("value", o.path("bound").path("lower").asDouble());
          ((ObjectNode) o).remove("bound");
          ((ObjectNode) observations).put("formatVersion", 1);
        }
      }
    }));
    assertFails(failed, "bounded-rank-31-63-at-most-35", "clauses[T1].status");
    assertFails(failed, "bounded-rank-lower-end-on-band-edge", "clauses[T1].status");
    assertFails(failed, "bounded-rank-straddles-band", "clauses[T1].status");
    assertFails(failed, "bounded-rank-34-converted-to-63", "clauses[T1].status");
    assertTrue(failed.containsKey("bounded-rank-31-63-band-10-20"), "the rule bounded-value is missing");
  }

  @Test
  void aStatedBaselineIgnoredFailsTheBaselineVectors() throws IOException {
    // The system drops the plan's baseline member and always takes the default baseline.
    Map<String, List<String>> failed = failures(editingInputs(in -> {
      if (in.path("target").has("baseline")) {
        ((ObjectNode) in.get("target")).remove("baseline");
      }
    }));
    assertFails(failed, "stated-baseline-eurostat-2020-row-added", "clauses[T1].values.method.ratio");
    assertFails(failed, "stated-baseline-eurostat-2020-row-added", "clauses[T1].baselineSource");
    assertFails(failed, "stated-baseline-without-its-row", "clauses[T1].values.method.ratio");
    assertFails(failed, "rule-first-observation-baseline", "clauses[T1].baselinePeriod");
    assertFails(failed, "rule-last-before-phase-none-before", "clauses[T1].status");
    assertTrue(!failed.containsKey("default-baseline-eurostat-2020-row-added"), "it has no baseline member");
  }

  @Test
  void binaryRoundingOfAPublishedTotalFailsPciQuangNgai2019() throws IOException {
    CompositeIndex pci = ReformIndicatorsIo.create().bundledMethodology("pci");
    // The system computes 10 × Σ(w·x)/Σw in binary and rounds half-up in binary: 64.31499999999998 → 64.31.
    Map<String, List<String>> failed = failures(editingOutputs((inputs, out) -> {
      if (!"pci".equals(inputs.path("bundledMethodology").asText())) {
        return;
      }
      for (JsonNode unit : out.path("units")) {
        double sum = 0;
        double weights = 0;
        for (IndexNode leaf : pci.leaves()) {
          double w = leaf.effectiveWeight().doubleValue();
          sum += w * unit.path("scores").path(leaf.code().value()).asDouble();
          weights += w;
        }
        double total = Math.floor(10 * sum / weights * 100 + 0.5) / 100;
        ((ObjectNode) unit).put("total", BigDecimal.valueOf(total).setScale(2).toPlainString());
      }
    }));
    assertFails(failed, "pci-quang-ngai-2019", "units[51].total");
    Set<String> pciFailures = new TreeSet<>(failed.keySet());
    pciFailures.removeIf(id -> !id.startsWith("pci-"));
    assertEquals(Set.of("pci-quang-ngai-2019"), pciFailures);
  }
}
