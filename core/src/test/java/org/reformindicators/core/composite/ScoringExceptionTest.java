package org.reformindicators.core.composite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;

class ScoringExceptionTest {

  private static final ScoringProblem FIRST =
      new ScoringProblem(ScoringProblem.Source.DATA, ComponentCode.of("A"), UnitCode.of("u"), "11 is outside the component's range 0–10");
  private static final ScoringProblem SECOND =
      new ScoringProblem(ScoringProblem.Source.DATA, ComponentCode.of("B"), UnitCode.of("v"), "-5 is outside the component's range 0–10");

  @Test
  void theMessageIsTheFirstProblemAndCountsTheOthers() {
    assertEquals("A for unit u: 11 is outside the component's range 0–10", new ScoringException(FIRST).getMessage());
    ScoringException two = new ScoringException(List.of(FIRST, SECOND));
    assertEquals("A for unit u: 11 is outside the component's range 0–10 (and 1 more problem)", two.getMessage());
    assertEquals(List.of(FIRST, SECOND), two.problems());
  }

  @Test
  void theProblemsAreCopiedAndNeverEmpty() {
    List<ScoringProblem> problems = new ArrayList<>(List.of(FIRST));
    ScoringException e = new ScoringException(problems);
    problems.add(SECOND);
    assertEquals(List.of(FIRST), e.problems());
    assertThrows(IllegalArgumentException.class, () -> new ScoringException(List.of()));
  }
}
