package org.reformindicators.core.target;

/**
 * A band of places in a ranking, lower is better, such as {@code RankBand.of(25, 30, 63)} for "xếp thứ hạng từ
 * 25 - 30/63" (T1b).
 *
 * <p>The band is a commitment at its weaker end (the readings of Decision 1256/QĐ-UBND in {@code docs/plan-1256-model.md}): rank {@link #worst()} or
 * better meets it, a rank better than {@link #best()} exceeds it. The ranks passed to {@link #isMet(double)} are
 * places in this band's {@link #universe()}; use {@link #equivalentRank(int, int, RankUniverseRule)} first for a
 * rank published in another universe.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param best the better end of the band (the smaller number), at least 1
 * @param worst the weaker end of the band (the larger number), not better than {@code best}
 * @param universe the number of units ranked, such as 63 provinces, at least {@code worst}
 */
public record RankBand(int best, int worst, int universe) implements TargetKind {

  /**
   * Validates the band against its universe.
   *
   * @param best the better end
   * @param worst the weaker end
   * @param universe the number of units ranked
   * @throws IllegalArgumentException if {@code universe < 1}, an end is outside 1..{@code universe}, or
   *     {@code best > worst}
   */
  public RankBand {
    if (universe < 1) {
      throw new IllegalArgumentException("rank band universe must be at least 1, was " + universe);
    }
    if (best < 1 || best > universe) {
      throw new IllegalArgumentException(
          "rank band best must be within 1.." + universe + " (universe), was " + best);
    }
    if (worst < 1 || worst > universe) {
      throw new IllegalArgumentException(
          "rank band worst must be within 1.." + universe + " (universe), was " + worst);
    }
    if (best > worst) {
      throw new IllegalArgumentException(
          "rank band best must not be a larger number than worst (1 = best), was best " + best + " > worst " + worst);
    }
  }

  /**
   * Returns the band of places {@code best}–{@code worst} of {@code universe}.
   *
   * @param best the better end
   * @param worst the weaker end
   * @param universe the number of units ranked
   * @return the band
   * @throws IllegalArgumentException if the band is not within {@code 1 ≤ best ≤ worst ≤ universe}
   */
  public static RankBand of(int best, int worst, int universe) {
    return new RankBand(best, worst, universe);
  }

  /**
   * Returns whether a rank meets the band: {@code rank ≤ worst}.
   *
   * @param rank the place in this band's universe, possibly fractional after a change of universe
   * @return {@code true} if the rank is at the weaker end or better
   * @throws IllegalArgumentException if the rank is not within 1..{@link #universe()}
   */
  public boolean isMet(double rank) {
    return checkRank(rank) <= worst;
  }

  /**
   * Returns whether a rank is better than the whole band: {@code rank < best}.
   *
   * @param rank the place in this band's universe
   * @return {@code true} if the rank is better than {@link #best()}
   * @throws IllegalArgumentException if the rank is not within 1..{@link #universe()}
   */
  public boolean isExceeded(double rank) {
    return checkRank(rank) < best;
  }

  /**
   * Returns the place in this band's universe equivalent to a rank published in another one.
   *
   * @param rank the published rank
   * @param rankUniverse the number of units ranked with it
   * @param rule the rule the plan states for comparing universes
   * @return the equivalent place
   * @throws NullPointerException if {@code rule} is null
   * @throws IllegalArgumentException as {@link RankUniverseRule#toUniverse(int, int, int)}
   */
  public double equivalentRank(int rank, int rankUniverse, RankUniverseRule rule) {
    return rule.toUniverse(rank, rankUniverse, universe);
  }

  private double checkRank(double rank) {
    if (!(rank >= 1 && rank <= universe)) {
      throw new IllegalArgumentException("rank must be within 1.." + universe + " (universe), was " + rank);
    }
    return rank;
  }

  @Override
  public String kindName() {
    return "rank-band";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * Returns the band as text, such as {@code rank 25–30 of 63}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "rank " + best + "–" + worst + " of " + universe;
  }
}
