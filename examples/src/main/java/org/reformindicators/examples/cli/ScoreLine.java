package org.reformindicators.examples.cli;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One area's result of {@code score}, such as {@code 51, 2020, 63.18, rank 3 of 5, 90 % rank
 * interval 2–4}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param area the area code, such as {@code 51}
 * @param name the area's name, such as {@code Quảng Ngãi}, or the empty string when unknown
 * @param period the period scored, such as {@code 2020}
 * @param score the recomputed score at the methodology's published precision, exact
 * @param rank the competition rank (1 = best; ties share a rank)
 * @param rankLow the 5th percentile rank of the uncertainty analysis, or 0 without one
 * @param rankMedian the median rank of the uncertainty analysis, or 0 without one
 * @param rankHigh the 95th percentile rank of the uncertainty analysis, or 0 without one
 * @param sample whether any input of this area is an illustrative sample value
 */
record ScoreLine(
    String area,
    String name,
    String period,
    BigDecimal score,
    int rank,
    double rankLow,
    double rankMedian,
    double rankHigh,
    boolean sample) {

  ScoreLine {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(score, "score");
    if (rank < 1) {
      throw new IllegalArgumentException("rank must be >= 1, was " + rank + " for area " + area);
    }
  }

  /**
   * Returns whether the line carries a rank interval.
   *
   * @return whether an uncertainty analysis was run
   */
  boolean hasInterval() {
    return rankMedian > 0;
  }
}
