package org.reformindicators.core.composite.normalisation;

import org.reformindicators.core.composite.ScoreDirection;
import org.reformindicators.core.composite.ranking.Ranker;

/**
 * Replaces each value by its percentile rank {@code (rank − 1) / (n − 1)}, such as {@code 5, 7, 7, 9 → 0,
 * 1/3, 1/3, 1}.
 *
 * <p>{@code rank} is the ascending rank with ties "min" and {@code n} the number of present values (COINr
 * {@code n_prank}): the worst unit gets 0 and the best 1. Immutable and thread-safe.
 */
public record PercentileRankNormalisation() implements Normalisation {

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if fewer than two values are present
   */
  @Override
  public double[] apply(double[] column, ScoreDirection direction) {
    double[] x = Columns.signedPresent(column, direction);
    return Columns.scatter(column, Ranker.percentileRanks(x));
  }

  @Override
  public String kind() {
    return "percentile-rank";
  }
}
