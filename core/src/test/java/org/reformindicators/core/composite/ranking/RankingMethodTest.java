package org.reformindicators.core.composite.ranking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class RankingMethodTest {

  @Test
  void eachMethodSharesTiesItsOwnWay() {
    double[] scores = {64.32, 64.33, 64.32, 60};
    assertArrayEquals(new double[] {2, 1, 2, 4}, RankingMethod.COMPETITION.rank(scores), 0.0);
    assertArrayEquals(new double[] {2, 1, 2, 3}, RankingMethod.DENSE.rank(scores), 0.0);
    assertArrayEquals(new double[] {2.5, 1, 2.5, 4}, RankingMethod.FRACTIONAL.rank(scores), 0.0);
  }
}
