package org.reformindicators.core.composite.ranking;

import java.util.Arrays;
import java.util.Objects;

/**
 * Ranks primitive arrays of scores, highest score first, such as {@code Ranker.competitionRanks(new double[]
 * {9, 7, 7, 5})} giving {@code [1, 2, 2, 4]}.
 *
 * <p>Each method copies the scores, sorts the copy with the JDK's primitive sort ({@link
 * Arrays#sort(double[])}) and finds each unit's place by binary search, so ranking {@code n} units costs
 * {@code O(n log n)} without boxing. (The Monte Carlo loop of the uncertainty analysis, which ranks the same
 * units thousands of times, keeps the previous draw's order and re-sorts it by insertion instead.) {@code
 * -0.0} and {@code 0.0} are the same score. The input must not contain NaN (missing units are excluded before
 * ranking; see {@link Ranking}). Stateless, thread-safe.
 */
public final class Ranker {

  private Ranker() {}

  /**
   * Returns competition ranks ("1224" ranking: ties share the best rank and the next rank skips), the default
   * of the Vietnamese indices (as the published indices do).
   *
   * @param scores the scores, higher is better, no NaN
   * @return for each unit, 1 + the number of units with a strictly higher score
   * @throws NullPointerException if {@code scores} is null
   * @throws IllegalArgumentException if a score is NaN
   */
  public static int[] competitionRanks(double[] scores) {
    double[] sorted = sortedCopy(scores);
    int n = sorted.length;
    int[] ranks = new int[n];
    for (int i = 0; i < n; i++) {
      ranks[i] = n - upperBound(sorted, n, scores[i] + 0.0) + 1;
    }
    return ranks;
  }

  /**
   * Returns dense ranks ("1223" ranking: ties share a rank and the next rank does not skip).
   *
   * @param scores the scores, higher is better, no NaN
   * @return for each unit, 1 + the number of distinct scores strictly higher than its own
   * @throws NullPointerException if {@code scores} is null
   * @throws IllegalArgumentException if a score is NaN
   */
  public static int[] denseRanks(double[] scores) {
    double[] sorted = sortedCopy(scores);
    int n = sorted.length;
    // distinctFromTop[k] = number of distinct values among sorted[k..n-1]
    int[] distinctFromTop = new int[n + 1];
    for (int k = n - 1; k >= 0; k--) {
      boolean newValue = k == n - 1 || sorted[k] != sorted[k + 1];
      distinctFromTop[k] = distinctFromTop[k + 1] + (newValue ? 1 : 0);
    }
    int[] ranks = new int[n];
    for (int i = 0; i < n; i++) {
      int above = upperBound(sorted, n, scores[i] + 0.0);
      ranks[i] = distinctFromTop[above] + 1;
    }
    return ranks;
  }

  /**
   * Returns fractional ranks ("1 2.5 2.5 4" ranking: ties share the mean of the places they occupy).
   *
   * @param scores the scores, higher is better, no NaN
   * @return for each unit, the mean of the competition rank and the last place its tie group occupies
   * @throws NullPointerException if {@code scores} is null
   * @throws IllegalArgumentException if a score is NaN
   */
  public static double[] fractionalRanks(double[] scores) {
    double[] sorted = sortedCopy(scores);
    int n = sorted.length;
    double[] ranks = new double[n];
    for (int i = 0; i < n; i++) {
      double s = scores[i] + 0.0;
      int best = n - upperBound(sorted, n, s) + 1;
      int worst = n - lowerBound(sorted, n, s);
      ranks[i] = (best + worst) / 2.0;
    }
    return ranks;
  }

  /**
   * Returns percentile ranks {@code (r − 1) / (n − 1)} where {@code r} is the ascending rank with ties "min",
   * so the best unit gets 1 and the worst 0 (COINr {@code n_prank}).
   *
   * @param scores the scores, higher is better, no NaN, at least two
   * @return for each unit, the number of units with a strictly lower score divided by {@code n − 1}
   * @throws NullPointerException if {@code scores} is null
   * @throws IllegalArgumentException if a score is NaN or there are fewer than two scores
   */
  public static double[] percentileRanks(double[] scores) {
    int[] ascending = ascendingMinRanks(scores);
    int n = ascending.length;
    if (n < 2) {
      throw new IllegalArgumentException("percentile ranks need at least 2 scores, was " + n);
    }
    double[] result = new double[n];
    for (int i = 0; i < n; i++) {
      result[i] = (ascending[i] - 1) / (double) (n - 1);
    }
    return result;
  }

  /**
   * Returns ascending ranks with ties "min": the lowest score gets 1, the highest {@code n} when unique (R's
   * {@code rank(x, ties.method = "min")}, COINr {@code n_rank}).
   *
   * @param scores the scores, no NaN
   * @return for each unit, 1 + the number of units with a strictly lower score
   * @throws NullPointerException if {@code scores} is null
   * @throws IllegalArgumentException if a score is NaN
   */
  public static int[] ascendingMinRanks(double[] scores) {
    double[] sorted = sortedCopy(scores);
    int n = sorted.length;
    int[] ranks = new int[n];
    for (int i = 0; i < n; i++) {
      ranks[i] = lowerBound(sorted, n, scores[i] + 0.0) + 1;
    }
    return ranks;
  }

  private static double[] sortedCopy(double[] scores) {
    Objects.requireNonNull(scores, "scores");
    double[] sorted = new double[scores.length];
    for (int i = 0; i < scores.length; i++) {
      double s = scores[i];
      if (Double.isNaN(s)) {
        throw new IllegalArgumentException("scores[" + i + "] must be a number, was NaN");
      }
      sorted[i] = s + 0.0;
    }
    Arrays.sort(sorted);
    return sorted;
  }

  /** Index of the first element strictly greater than {@code key} in {@code sorted[0..n)}. */
  private static int upperBound(double[] sorted, int n, double key) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Index of the first element greater than or equal to {@code key} in {@code sorted[0..n)}. */
  private static int lowerBound(double[] sorted, int n, double key) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
