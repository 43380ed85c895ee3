package org.reformindicators.core.composite.ranking;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A rule that sorts ranked units into named groups, such as {@link BandScheme#PAR_INDEX} (A ≥ 90, B 80–&lt;90,
 * C 70–&lt;80, below C) or {@link PercentileQuartiles#PAPI} (PAPI's four percentile groups). Implementations
 * are immutable and thread-safe.
 */
public sealed interface RankGrouping extends Serializable permits BandScheme, PercentileQuartiles {

  /**
   * Returns the group label of each score, in the order given.
   *
   * @param scores the scores of every ranked unit (at published precision)
   * @return one label per score
   * @throws NullPointerException if {@code scores} or a score is null
   * @throws IllegalArgumentException if the grouping is undefined for the scores (each implementation states
   *     when)
   */
  List<String> labels(List<BigDecimal> scores);
}
