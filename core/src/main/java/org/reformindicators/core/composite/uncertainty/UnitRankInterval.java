package org.reformindicators.core.composite.uncertainty;

import java.util.Objects;
import org.reformindicators.core.area.UnitCode;

/**
 * A unit's rank under uncertainty, such as {@code 51: nominal 41, median 40, 5–95 % [35, 46]}.
 *
 * <p>The percentiles are taken over the ranks of every Monte Carlo draw with linear interpolation between
 * order statistics (Hyndman &amp; Fan type 7, R's default, as COINr's {@code get_sensitivity} uses {@code
 * quantile}). Immutable and thread-safe.
 *
 * @param unit the unit's code
 * @param nominalRank the rank with the nominal weights, aggregation and normalisation
 * @param medianRank the median rank over the draws
 * @param lowerRank the 5th percentile rank (the best plausible rank)
 * @param upperRank the 95th percentile rank (the worst plausible rank)
 */
public record UnitRankInterval(
    UnitCode unit, int nominalRank, double medianRank, double lowerRank, double upperRank) {

  /**
   * Validates the interval.
   *
   * @param unit the unit's code
   * @param nominalRank the nominal rank, at least 1
   * @param medianRank the median rank
   * @param lowerRank the 5th percentile rank
   * @param upperRank the 95th percentile rank
   * @throws NullPointerException if {@code unit} is null
   * @throws IllegalArgumentException if {@code nominalRank < 1} or the percentiles are not ordered 5th ≤
   *     median ≤ 95th with the 5th at least 1
   */
  public UnitRankInterval {
    Objects.requireNonNull(unit, "unit");
    if (nominalRank < 1) {
      throw new IllegalArgumentException("nominalRank must be at least 1, was " + nominalRank);
    }
    if (!(lowerRank >= 1 && lowerRank <= medianRank && medianRank <= upperRank)) {
      throw new IllegalArgumentException(
          "ranks must satisfy 1 ≤ lowerRank ≤ medianRank ≤ upperRank, were "
              + lowerRank
              + ", "
              + medianRank
              + ", "
              + upperRank);
    }
  }

  /**
   * Returns the width of the 90 % interval, {@code upperRank − lowerRank}: 0 for a robust rank.
   *
   * @return the width in places
   */
  public double width() {
    return upperRank - lowerRank;
  }
}
