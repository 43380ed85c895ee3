package org.reformindicators.core.composite.normalisation;

import org.reformindicators.core.composite.ScoreDirection;
import org.reformindicators.core.composite.ranking.Ranker;

/**
 * Replaces each value by its ascending rank with ties "min", such as {@code 5, 7, 7, 9 → 1, 2, 2, 4}.
 *
 * <p>The worst unit gets 1 and the best gets the number of present values when it is unique (COINr {@code
 * n_rank}, R's {@code rank(x, ties.method = "min")}). A lower-is-better indicator is ranked on
 * its negated values. Immutable and thread-safe.
 */
public record RankNormalisation() implements Normalisation {

  @Override
  public double[] apply(double[] column, ScoreDirection direction) {
    double[] x = Columns.signedPresent(column, direction);
    int[] ranks = Ranker.ascendingMinRanks(x);
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = ranks[i];
    }
    return Columns.scatter(column, y);
  }

  @Override
  public String kind() {
    return "rank";
  }
}
