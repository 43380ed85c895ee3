package org.reformindicators.core.target;

/**
 * How a rank published in one universe is compared with a rank target set in another, such as
 * {@link #RELATIVE_POSITION} turning "20 of 34" into place 36.70 of 63.
 *
 * <p>Targets say "of 63 provinces"; from 1 July 2025 Vietnam has 34 provincial-level units, and in some years a
 * few provinces go unscored (61 ranked). A raw place cannot be compared across universes, so a plan states the
 * rule it uses and an assessment says when it applied it (the readings of Decision 1256/QĐ-UBND in {@code docs/plan-1256-model.md}).
 *
 * <p>This type is immutable and thread-safe.
 */
public enum RankUniverseRule {
  /**
   * Ranks are compared only within the same universe; a rank from another universe cannot be assessed.
   */
  SAME_UNIVERSE_ONLY,
  /**
   * A rank {@code r} of {@code N} is mapped to the place with the same relative position
   * {@code p = (r − 1) / (N − 1)} in the target's universe {@code U}: {@code 1 + p · (U − 1)}; first stays first,
   * last stays last, and a rank of the same universe is unchanged. A universe of one unit has position 0.
   */
  RELATIVE_POSITION;

  /**
   * Returns the place in {@code targetUniverse} equivalent to {@code rank} of {@code universe}.
   *
   * @param rank the published rank, 1 = best
   * @param universe the number of units ranked with it
   * @param targetUniverse the universe of the target
   * @return the equivalent place, possibly fractional, within 1..{@code targetUniverse}
   * @throws IllegalArgumentException if a universe is below 1, the rank is outside 1..{@code universe}, or this
   *     rule is {@link #SAME_UNIVERSE_ONLY} and the universes differ
   */
  public double toUniverse(int rank, int universe, int targetUniverse) {
    if (universe < 1 || targetUniverse < 1) {
      throw new IllegalArgumentException(
          "universe must be at least 1, was " + universe + " (rank) and " + targetUniverse + " (target)");
    }
    if (rank < 1 || rank > universe) {
      throw new IllegalArgumentException("rank must be within 1.." + universe + " (universe), was " + rank);
    }
    if (universe == targetUniverse) {
      return rank;
    }
    if (this == SAME_UNIVERSE_ONLY) {
      throw new IllegalArgumentException(
          "rank "
              + rank
              + " of "
              + universe
              + " cannot be compared with a target of "
              + targetUniverse
              + " under "
              + name());
    }
    if (universe == 1) {
      return 1;
    }
    double position = (rank - 1) / (double) (universe - 1);
    return 1 + position * (targetUniverse - 1);
  }
}
