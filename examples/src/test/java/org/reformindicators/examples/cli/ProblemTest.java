package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void printsTheLocationForms() {
    assertEquals("plan.yaml:12:5: bad", Problem.at("plan.yaml", 12, 5, "bad").toString());
    assertEquals("obs.csv:3: bad", Problem.at("obs.csv", 3, 0, "bad").toString());
    assertEquals("plan.json:/clauses/2/id: bad", Problem.atPointer("plan.json", "/clauses/2/id", "bad").toString());
    assertEquals("x.csv: file not found", Problem.ofFile("x.csv", "file not found").toString());
  }

  @Test
  void rejectsImpossibleLocations() {
    assertEquals("line must be 0 (unknown) or positive, was -1",
        assertThrows(IllegalArgumentException.class, () -> Problem.at("f", -1, 0, "m")).getMessage());
    assertEquals("column must be 0 (unknown) or positive with a known line, was 3",
        assertThrows(IllegalArgumentException.class, () -> Problem.at("f", 0, 3, "m")).getMessage());
    assertEquals("message",
        assertThrows(NullPointerException.class, () -> Problem.ofFile("f", null)).getMessage());
  }
}
