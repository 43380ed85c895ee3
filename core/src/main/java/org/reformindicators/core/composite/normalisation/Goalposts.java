package org.reformindicators.core.composite.normalisation;

import org.reformindicators.core.composite.ScoreDirection;
import org.reformindicators.core.internal.MethodologyLimits;

/**
 * Normalisation against fixed goalposts, clamped, such as {@code new Goalposts(0, 100, 10)} turning a
 * percentage into a 0–10 score.
 *
 * <p>{@code y = scale · clamp((x − low) / (high − low), 0, 1)}; for a lower-is-better indicator {@code y =
 * scale · clamp((high − x) / (high − low), 0, 1)} (COINr {@code n_goalposts} with {@code gposts = c(low, high,
 * scale)}; the clamping is part of the rule: a value beyond a goalpost scores as the goalpost). The
 * goalposts are fixed, so the result does not depend on the other units. Immutable and thread-safe.
 *
 * @param low the worst goalpost (raw units)
 * @param high the best goalpost (raw units), greater than {@code low}
 * @param scale the value given at the best goalpost, positive
 */
public record Goalposts(double low, double high, double scale) implements Normalisation {

  /**
   * Validates the goalposts.
   *
   * @param low the lower goalpost
   * @param high the upper goalpost
   * @param scale the value at the best goalpost
   * @throws IllegalArgumentException if a value is not finite or lies beyond ±1e15, {@code low >= high}, or {@code scale} is not positive or exceeds 1000000
   */
  public Goalposts {
    Columns.requireParameter(low, "low");
    Columns.requireParameter(high, "high");
    Columns.requireParameter(scale, "scale");
    if (low >= high) {
      throw new IllegalArgumentException("low must be less than high, was low " + low + " and high " + high);
    }
    MethodologyLimits.requireScale("scale", scale);
  }

  @Override
  public double[] apply(double[] column, ScoreDirection direction) {
    Columns.signedPresent(column, direction); // validates the column
    double[] y = new double[column.length];
    for (int i = 0; i < column.length; i++) {
      double x = column[i];
      if (Double.isNaN(x)) {
        y[i] = Double.NaN;
        continue;
      }
      double share =
          direction == ScoreDirection.HIGHER_IS_BETTER ? (x - low) / (high - low) : (high - x) / (high - low);
      y[i] = scale * Math.max(0.0, Math.min(1.0, share));
    }
    return y;
  }

  @Override
  public String kind() {
    return "goalposts";
  }
}
