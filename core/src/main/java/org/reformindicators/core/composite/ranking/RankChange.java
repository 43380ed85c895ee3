package org.reformindicators.core.composite.ranking;

/**
 * A unit's move between two editions of a ranking, such as PAPI Quảng Ngãi 62/63 (2020) → 43/63 (2021):
 * {@code places() == 19}, "up 19 places".
 *
 * <p>{@link #places()} is the raw difference of places as the press reports it; it compares like with like
 * only when both editions ranked the same number of units ({@link #sameUniverse()}). Across universes (63
 * provinces before the 2025 reorganisation, 34 after, or a year with unranked provinces) the documented rule
 * of this library is to compare relative positions instead, {@link #relativePositionChange()} (how later editions compare
 * with earlier ones is not published, so the comparison is this library's own, documented rule). Immutable and thread-safe.
 *
 * @param previousRank the rank in the earlier edition, 1..previousUniverse
 * @param previousUniverse the number of units ranked in the earlier edition
 * @param currentRank the rank in the later edition, 1..currentUniverse
 * @param currentUniverse the number of units ranked in the later edition
 */
public record RankChange(int previousRank, int previousUniverse, int currentRank, int currentUniverse) {

  /**
   * Validates the ranks.
   *
   * @param previousRank the earlier rank
   * @param previousUniverse the earlier universe
   * @param currentRank the later rank
   * @param currentUniverse the later universe
   * @throws IllegalArgumentException if a universe is below 1 or a rank is outside 1..universe
   */
  public RankChange {
    check("previousRank", previousRank, previousUniverse);
    check("currentRank", currentRank, currentUniverse);
  }

  private static void check(String field, int rank, int universe) {
    if (universe < 1) {
      throw new IllegalArgumentException("universe of " + field + " must be at least 1, was " + universe);
    }
    if (rank < 1 || rank > universe) {
      throw new IllegalArgumentException(
          field + " must be within 1.." + universe + " (universe), was " + rank);
    }
  }

  /**
   * Returns the places gained: positive when the unit moved up, e.g. 62 → 43 gives {@code 19}.
   *
   * @return {@code previousRank − currentRank}
   */
  public int places() {
    return previousRank - currentRank;
  }

  /**
   * Tells whether both editions ranked the same number of units, so that {@link #places()} compares like
   * with like.
   *
   * @return {@code true} when the universes are equal
   */
  public boolean sameUniverse() {
    return previousUniverse == currentUniverse;
  }

  /**
   * Returns the change of relative position, the cross-universe comparison rule: position {@code p = (U −
   * r) / (U − 1)} is 1 for the first unit and 0 for the last (1 when {@code U = 1}), and the change is {@code
   * p_current − p_previous}, positive when the unit moved up.
   *
   * @return the change of relative position, within [−1, 1]
   */
  public double relativePositionChange() {
    return position(currentRank, currentUniverse) - position(previousRank, previousUniverse);
  }

  private static double position(int rank, int universe) {
    return universe == 1 ? 1.0 : (universe - rank) / (double) (universe - 1);
  }
}
