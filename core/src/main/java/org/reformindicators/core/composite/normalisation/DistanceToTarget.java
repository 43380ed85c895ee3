package org.reformindicators.core.composite.normalisation;

import org.reformindicators.core.composite.ScoreDirection;

/**
 * Distance to a target, such as {@code new DistanceToTarget(95, true)} for "95 % of dossiers handled on
 * time".
 *
 * <p>{@code y = (x − min) / (target − min)} for a higher-is-better indicator and {@code y = (max − x) / (max −
 * target)} for a lower-is-better one, where {@code min} and {@code max} are over the present values of the
 * column; with {@code capAtTarget} a value beyond the target scores 1 (COINr {@code n_dist2targ} with {@code
 * cap_max}). The worst unit gets 0 and a unit on the target gets 1. Immutable and thread-safe.
 *
 * @param target the target value (raw units)
 * @param capAtTarget whether values beyond the target are capped at 1
 */
public record DistanceToTarget(double target, boolean capAtTarget) implements Normalisation {

  /**
   * Validates the target.
   *
   * @param target the target value
   * @param capAtTarget whether values beyond the target are capped at 1
   * @throws IllegalArgumentException if {@code target} is not finite or lies beyond ±1e15
   */
  public DistanceToTarget {
    Columns.requireParameter(target, "target");
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if no value is present, or the worst present value is not strictly on
   *     the far side of the target (the distance would be zero or negative)
   */
  @Override
  public double[] apply(double[] column, ScoreDirection direction) {
    double[] x = Columns.signedPresent(column, direction);
    Columns.requireAtLeast(1, x, kind());
    double worst = Columns.min(x);
    double signedTarget = direction.sign() * target;
    if (worst >= signedTarget) {
      throw new IllegalArgumentException(
          "distance to target needs the worst value to be short of the target "
              + target
              + ", was "
              + direction.sign() * worst);
    }
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double share = (x[i] - worst) / (signedTarget - worst);
      y[i] = capAtTarget ? Math.min(1.0, share) : share;
    }
    return Columns.scatter(column, y);
  }

  @Override
  public String kind() {
    return "distance-to-target";
  }
}
