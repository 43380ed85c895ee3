package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

  @Test
  void keepsEveryProblemAndUsesTheFirstAsMessage() {
    Problem first = Problem.at("a.csv", 2, 0, "bad value");
    Problem second = Problem.at("a.csv", 5, 0, "bad period");
    InvalidInputException ex = new InvalidInputException(List.of(first, second));
    assertEquals(List.of(first, second), ex.problems());
    assertEquals("a.csv:2: bad value", ex.getMessage());
  }

  @Test
  void needsAtLeastOneProblem() {
    assertEquals("problems must not be empty",
        assertThrows(IllegalArgumentException.class, () -> new InvalidInputException(List.of())).getMessage());
  }
}
