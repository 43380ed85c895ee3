package org.reformindicators.core.composite.normalisation;

import org.reformindicators.core.composite.ScoreDirection;

/**
 * Min-max normalisation onto {@code [lower, upper]}, such as {@code new MinMax(0, 100)}.
 *
 * <p>{@code y = lower + (x − min) / (max − min) · (upper − lower)} over the present values of the column;
 * for a lower-is-better indicator {@code y = lower + (max − x) / (max − min) · (upper − lower)} (OECD/JRC
 * Handbook 2008 §1.5; COINr {@code n_minmax} with {@code l_u = c(lower, upper)}). A column whose present
 * values are all equal has no range: it is rejected rather than mapped to an arbitrary value. Immutable and
 * thread-safe.
 *
 * @param lower the value of the worst unit
 * @param upper the value of the best unit, greater than {@code lower}
 */
public record MinMax(double lower, double upper) implements Normalisation {

  /**
   * Validates the bounds.
   *
   * @param lower the value of the worst unit
   * @param upper the value of the best unit
   * @throws IllegalArgumentException if a bound is not finite or lies beyond ±1e15 or {@code lower >= upper}
   */
  public MinMax {
    Columns.requireParameter(lower, "lower");
    Columns.requireParameter(upper, "upper");
    if (lower >= upper) {
      throw new IllegalArgumentException(
          "lower must be less than upper, was lower " + lower + " and upper " + upper);
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if there is no present value or all present values are equal
   */
  @Override
  public double[] apply(double[] column, ScoreDirection direction) {
    double[] x = Columns.signedPresent(column, direction);
    Columns.requireAtLeast(1, x, kind());
    double min = Columns.min(x);
    double max = Columns.max(x);
    if (min == max) {
      throw new IllegalArgumentException(
          "min-max needs a column with a range, but every present value is " + direction.sign() * min);
    }
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = lower + (x[i] - min) / (max - min) * (upper - lower);
    }
    return Columns.scatter(column, y);
  }

  @Override
  public String kind() {
    return "min-max";
  }
}
