package org.reformindicators.io.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConformanceCheckerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('\'', '"'));
  }

  private static ConformanceVector vector(VectorKind kind, String expected) throws Exception {
    return new ConformanceVector("v", kind, List.of(ConformanceTag.MISSING_DATA), json("{}"), json(expected), "arithmetic",
        Optional.empty(), "f.json");
  }

  private static List<String> fields(ConformanceVector v, String outputs) throws Exception {
    return ConformanceChecker.compare(v, json(outputs)).stream().map(m -> m.field() + ": " + m.expected() + " / " + m.actual()).toList();
  }

  @Test
  void comparesClausesByIdAndPartWithTolerancesRulesAndAbsence() throws Exception {
    ConformanceVector v = vector(VectorKind.PLAN, "{'clauses': [{'clauseId': 'T1', 'status': 'ON_TRACK', 'reason': null,"
        + " 'rules': ['default-method'], 'exceeded': false, 'values': {'gap': {'value': 1.0, 'tolerance': 0.01}, 'ratio': 0.5}},"
        + " {'clauseId': 'T1', 'part': '2022', 'status': 'ACHIEVED'}]}");
    assertEquals(List.of(), fields(v, "{'clauses': [{'clauseId': 'T1', 'status': 'ON_TRACK', 'rules': ['method-chosen', 'default-method'],"
        + " 'values': {'gap': 1.005, 'ratio': 0.5000000000001, 'more': 3}}, {'clauseId': 'T1', 'part': '2022', 'status': 'ACHIEVED'}]}"));
    assertEquals(List.of("clauses[T1].status: ON_TRACK / AT_RISK", "clauses[T1].reason: absent / \"no-data\"",
            "clauses[T1].rules: to include [default-method] / []", "clauses[T1].exceeded: false / true",
            "clauses[T1].values.gap: 1 ± 0.01 / 1.02", "clauses[T1].values.ratio: 0.5 / absent", "clauses[T1/2022]: present / absent"),
        fields(v, "{'clauses': [{'clauseId': 'T1', 'status': 'AT_RISK', 'reason': 'no-data', 'rules': [], 'exceeded': true,"
            + " 'values': {'gap': 1.02}}]}"));
  }

  @Test
  void comparesTotalsAsExactDecimalsAndRanksAsNumbers() throws Exception {
    ConformanceVector v = vector(VectorKind.COMPOSITE, "{'units': [{'unit': '51', 'total': '64.32', 'rank': 2.5, 'group': 'Tốt',"
        + " 'scores': {'A': '8.23'}}], 'unranked': ['01']}");
    assertEquals(List.of(), fields(v, "{'units': [{'unit': '51', 'total': 64.320, 'rank': 2.5, 'group': 'Tốt', 'scores': {'A': '8.230'}}],"
        + " 'unranked': ['01']}"));
    assertEquals(List.of("units[51].total: 64.32 / 64.31", "units[51].rank: 2.5 / 2", "units[51].group: Tốt / Khá",
            "units[51].scores.A: 8.23 / 8.2", "unranked: [01] / []"),
        fields(v, "{'units': [{'unit': '51', 'total': '64.31', 'rank': 2, 'group': 'Khá', 'scores': {'A': 8.2}}], 'unranked': []}"));
  }

  @Test
  void aMissingUnitIsOneMismatch() throws Exception {
    ConformanceVector v = vector(VectorKind.UNCERTAINTY, "{'units': [{'unit': '01', 'upperRank': 2.8}]}");
    assertEquals(List.of("units[01]: present / absent"), fields(v, "{'units': []}"));
    assertEquals(List.of(), fields(v, "{'units': [{'unit': '01', 'upperRank': 2.8000000000000003}]}"));
  }
}
