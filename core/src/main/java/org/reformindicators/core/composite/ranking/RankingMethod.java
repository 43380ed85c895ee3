package org.reformindicators.core.composite.ranking;

/**
 * How tied scores share ranks, such as {@code COMPETITION} (1, 2, 2, 4), the default of the Vietnamese
 * indices (as the published indices do). Immutable and thread-safe.
 */
public enum RankingMethod {
  /** Ties share the best rank and the next rank skips: 1, 2, 2, 4 ("standard competition ranking"). */
  COMPETITION,
  /** Ties share a rank and the next rank does not skip: 1, 2, 2, 3. */
  DENSE,
  /** Ties share the mean of the places they occupy: 1, 2.5, 2.5, 4. */
  FRACTIONAL;

  /**
   * Ranks scores with this method (higher is better).
   *
   * @param scores the scores, no NaN
   * @return the ranks, 1 = best
   * @throws NullPointerException if {@code scores} is null
   * @throws IllegalArgumentException if a score is NaN
   */
  public double[] rank(double[] scores) {
    return switch (this) {
      case COMPETITION -> toDouble(Ranker.competitionRanks(scores));
      case DENSE -> toDouble(Ranker.denseRanks(scores));
      case FRACTIONAL -> Ranker.fractionalRanks(scores);
    };
  }

  private static double[] toDouble(int[] ranks) {
    double[] out = new double[ranks.length];
    for (int i = 0; i < ranks.length; i++) {
      out[i] = ranks[i];
    }
    return out;
  }
}
