package org.reformindicators.io.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.reformindicators.io.problem.ReadException;

class ConformanceEngineTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aSingleTargetGetsTheDocumentedEnvelopeAndClausePartsFollowTheirClause() throws Exception {
    JsonNode outputs = ConformanceEngine.bundled().run(ConformanceSuite.bundled().find("recurring-all-met").orElseThrow());
    JsonNode clauses = outputs.path("clauses");
    assertEquals("T1", clauses.get(0).path("clauseId").asText());
    assertTrue(clauses.get(0).path("part").isMissingNode());
    assertEquals("2021", clauses.get(1).path("part").asText());
    assertEquals(4, clauses.size());
  }

  @Test
  void badInputsAreRefusedWithTheReadersProblems() throws Exception {
    ConformanceEngine engine = ConformanceEngine.bundled();
    assertEquals("inputs of a plan vector must hold a 'plan' or a 'target' object",
        assertThrows(IllegalArgumentException.class, () -> engine.run(VectorKind.PLAN, "x", JSON.readTree("{}"))).getMessage());
    JsonNode badObservations = JSON.readTree("{\"methodology\": {}, \"observations\": {\"formatVersion\": 1,"
        + " \"kind\": \"observations\", \"observations\": [{\"indicator\": \"A\", \"area\": \"51\", \"period\": \"2020\"}]},"
        + " \"bundledMethodology\": \"pci\", \"period\": \"2020\"}");
    assertThrows(ReadException.class, () -> engine.run(VectorKind.COMPOSITE, "x", badObservations));
  }
}
