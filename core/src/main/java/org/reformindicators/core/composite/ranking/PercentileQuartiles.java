package org.reformindicators.core.composite.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Four groups by the 25th, 50th and 75th percentiles of the scores, as PAPI publishes them, such as {@link
 * #PAPI}: "highest" (≥ 75th percentile), "high-average" (50th to under 75th), "low-average" (25th to under
 * 50th) and "lowest" (under 25th) (UNDP and CECODES, PAPI reports).
 *
 * <p>The percentile is computed by linear interpolation between order statistics, {@code h = (n − 1)·p},
 * {@code Q = x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋)} (Hyndman &amp; Fan type 7, the default of R and of Excel's
 * {@code PERCENTILE.INC}). Which estimator PAPI's authors use is not published: this choice is unverified and
 * only matters for a score within interpolation distance of a cut-off. Immutable and thread-safe.
 *
 * @param labels the four labels, best group first
 */
public record PercentileQuartiles(List<String> labels) implements RankGrouping {

  /** PAPI's four groups, best first. */
  public static final PercentileQuartiles PAPI =
      new PercentileQuartiles(List.of("highest", "high-average", "low-average", "lowest"));

  /**
   * Validates the labels.
   *
   * @param labels the four labels, best first
   * @throws NullPointerException if {@code labels} or a label is null
   * @throws IllegalArgumentException if there are not exactly four distinct, non-blank labels
   */
  public PercentileQuartiles {
    labels = List.copyOf(Objects.requireNonNull(labels, "labels"));
    if (labels.size() != 4 || labels.stream().distinct().count() != 4) {
      throw new IllegalArgumentException("labels must be 4 distinct labels, was " + labels);
    }
    if (labels.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("labels must not be blank, was " + labels);
    }
  }

  /**
   * Returns the type-7 percentile of the scores.
   *
   * @param scores the scores, at least one
   * @param probability the probability, within [0, 1], e.g. {@code 0.75}
   * @return the interpolated percentile
   * @throws NullPointerException if {@code scores} is null
   * @throws IllegalArgumentException if {@code scores} is empty or {@code probability} is outside [0, 1]
   */
  public static double percentile(double[] scores, double probability) {
    Objects.requireNonNull(scores, "scores");
    if (scores.length == 0) {
      throw new IllegalArgumentException("scores must not be empty");
    }
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be within [0, 1], was " + probability);
    }
    double[] sorted = scores.clone();
    Arrays.sort(sorted);
    double h = (sorted.length - 1) * probability;
    int lower = (int) Math.floor(h);
    int upper = Math.min(lower + 1, sorted.length - 1);
    return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if {@code scores} is empty
   */
  @Override
  public List<String> labels(List<BigDecimal> scores) {
    double[] values = new double[scores.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = Objects.requireNonNull(scores.get(i), "scores[" + i + "]").doubleValue();
    }
    double q75 = percentile(values, 0.75);
    double q50 = percentile(values, 0.50);
    double q25 = percentile(values, 0.25);
    List<String> out = new ArrayList<>(values.length);
    for (double v : values) {
      int group = v >= q75 ? 0 : v >= q50 ? 1 : v >= q25 ? 2 : 3;
      out.add(labels.get(group));
    }
    return List.copyOf(out);
  }
}
