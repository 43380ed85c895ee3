package org.reformindicators.core.composite.normalisation;

import java.io.Serializable;
import org.reformindicators.core.composite.ScoreDirection;

/**
 * A transformation of one indicator's column of values across units, such as {@code new MinMax(0, 100)}.
 *
 * <p>Every implementation treats NaN as a missing value: it is ignored when computing the column's
 * statistics and returned as NaN at the same position. A {@link ScoreDirection#LOWER_IS_BETTER} indicator is
 * turned around so that a higher normalised value is always better. Implementations are immutable and
 * thread-safe.
 */
public sealed interface Normalisation extends Serializable
    permits MinMax, ZScore, Goalposts, DistanceToTarget, RankNormalisation, PercentileRankNormalisation {

  /**
   * Normalises a column of values.
   *
   * @param column the values of one indicator for each unit; NaN marks a missing value
   * @param direction whether a higher raw value is better
   * @return a new array of the same length with the normalised values (NaN where the input is NaN)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the column contains an infinite value, or its statistics make the
   *     normalisation undefined (each implementation states when)
   */
  double[] apply(double[] column, ScoreDirection direction);

  /**
   * Returns the short name used in the methodology format, e.g. {@code min-max}.
   *
   * @return the kind's name
   */
  String kind();
}
