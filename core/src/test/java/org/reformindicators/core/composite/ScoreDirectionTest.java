package org.reformindicators.core.composite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScoreDirectionTest {

  @Test
  void signTurnsLowerIsBetterAround() {
    assertEquals(1.0, ScoreDirection.HIGHER_IS_BETTER.sign(), 0.0);
    assertEquals(-1.0, ScoreDirection.LOWER_IS_BETTER.sign(), 0.0);
  }
}
