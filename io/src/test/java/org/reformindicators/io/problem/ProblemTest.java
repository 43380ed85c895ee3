package org.reformindicators.io.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void describesLocationAndRule() {
    Problem csv = new Problem(new ProblemLocation.Csv(7, "value"), "value", "6,29", "value '6,29' is not a decimal");
    assertEquals("line 7, column 'value': value '6,29' is not a decimal", csv.toString());
    Problem json = new Problem(new ProblemLocation.Document("/targets/3/kind", 14, 9), "kind", "", "bad kind");
    assertEquals("/targets/3/kind (line 14, column 9): bad kind", json.toString());
    assertEquals("/: x", new Problem(new ProblemLocation.Document("", 0, 0), "", "", "x").toString());
  }

  @Test
  void longValuesAreShortenedAndBadComponentsRejected() {
    Problem p = new Problem(new ProblemLocation.Csv(1, ""), "", "x".repeat(300), "too long");
    assertEquals(Problem.MAX_VALUE_LENGTH + 1, p.value().length());
    assertEquals("pointer must be empty or start with '/', was 'a'", assertThrows(IllegalArgumentException.class, () -> new ProblemLocation.Document("a", 1, 1)).getMessage());
    assertEquals("line must be >= 1, was 0", assertThrows(IllegalArgumentException.class, () -> new ProblemLocation.Csv(0, "")).getMessage());
    assertEquals("message must not be blank", assertThrows(IllegalArgumentException.class, () -> new Problem(new ProblemLocation.Csv(1, ""), "", "", " ")).getMessage());
  }

  @Test
  void collectorKeepsTheLimitAndCountsTheRest() {
    ProblemCollector collector = new ProblemCollector(2);
    for (int i = 1; i <= 5; i++) {
      collector.add(new Problem(new ProblemLocation.Csv(i, ""), "", "", "bad " + i));
    }
    assertEquals(2, collector.problems().size());
    assertEquals(5, collector.total());
    ReadException e = collector.toException("f.csv");
    assertEquals(5, e.totalProblems());
    assertEquals(String.join(System.lineSeparator(), "f.csv: 5 problems", "  line 1: bad 1", "  line 2: bad 2", "  … and 3 more"), e.getMessage());
  }

  @Test
  void optionsAndResultsValidate() {
    assertEquals(ReadMode.LENIENT, ReadOptions.defaults().lenient().mode());
    assertEquals("maxProblems must be >= 1, was 0", assertThrows(IllegalArgumentException.class, () -> ReadOptions.defaults().withMaxProblems(0)).getMessage());
    assertEquals(false, ReadOptions.defaults().ignoringUnknownFields().failOnUnknownFields());
    assertEquals(
        "a rejected record needs a problem, but totalProblems is 0",
        assertThrows(IllegalArgumentException.class, () -> new ReadResult<>(List.of(), List.of(), 1, 0)).getMessage());
    assertEquals(true, new ReadResult<>(List.of("a"), List.of(), 0, 0).isClean());
  }
}
