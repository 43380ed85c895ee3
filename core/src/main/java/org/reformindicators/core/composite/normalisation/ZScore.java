package org.reformindicators.core.composite.normalisation;

import org.reformindicators.core.composite.ScoreDirection;

/**
 * Standardisation to a given mean and standard deviation, such as {@code ZScore.standard()} (mean 0, SD 1).
 *
 * <p>{@code y = mean + sd · (s·x − m) / σ} where {@code s} is the direction's sign, {@code m} the mean and
 * {@code σ} the sample standard deviation (divisor {@code n − 1}) of the signed present values (OECD/JRC
 * Handbook 2008 §1.5; COINr {@code n_zscore} with {@code m_sd = c(mean, sd)}, which uses R's {@code sd}).
 * Immutable and thread-safe.
 *
 * @param mean the mean of the normalised values
 * @param standardDeviation the standard deviation of the normalised values, positive
 */
public record ZScore(double mean, double standardDeviation) implements Normalisation {

  /**
   * Validates the target moments.
   *
   * @param mean the mean of the normalised values
   * @param standardDeviation the standard deviation of the normalised values
   * @throws IllegalArgumentException if a value is not finite or lies beyond ±1e15 or the standard deviation is not positive
   */
  public ZScore {
    Columns.requireParameter(mean, "mean");
    Columns.requireParameter(standardDeviation, "standardDeviation");
    if (standardDeviation <= 0) {
      throw new IllegalArgumentException("standardDeviation must be positive, was " + standardDeviation);
    }
  }

  /**
   * Returns the standard z-score: mean 0, standard deviation 1.
   *
   * @return the normalisation
   */
  public static ZScore standard() {
    return new ZScore(0.0, 1.0);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if fewer than two values are present or they are all equal
   */
  @Override
  public double[] apply(double[] column, ScoreDirection direction) {
    double[] x = Columns.signedPresent(column, direction);
    Columns.requireAtLeast(2, x, kind());
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    double m = sum / x.length;
    double squares = 0;
    for (double v : x) {
      squares += (v - m) * (v - m);
    }
    double sd = Math.sqrt(squares / (x.length - 1));
    if (sd == 0) {
      throw new IllegalArgumentException(
          "z-score needs a column with a spread, but every present value is " + direction.sign() * m);
    }
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = mean + standardDeviation * (x[i] - m) / sd;
    }
    return Columns.scatter(column, y);
  }

  @Override
  public String kind() {
    return "z-score";
  }
}
