package org.reformindicators.core.progress;

/**
 * The direction in which an indicator's value is better, such as {@code INCREASE} for a share of dossiers
 * handled online or {@code DECREASE} for a rank (1 is best).
 *
 * <p>The methods of this package sign-adjust their rates with {@link #sign()} so that a positive adjusted
 * rate always means movement in the desired direction (the factor <i>d</i> of Open SDG's progress
 * methodology, {@code docs/methods.md}). Immutable and thread-safe.
 */
public enum DesiredDirection {
  /** Higher values are better. */
  INCREASE(1.0),
  /** Lower values are better. */
  DECREASE(-1.0);

  private final double sign;

  DesiredDirection(double sign) {
    this.sign = sign;
  }

  /**
   * Returns {@code +1} for {@link #INCREASE} and {@code -1} for {@link #DECREASE}.
   *
   * @return the sign that turns a raw change into a change in the desired direction
   */
  public double sign() {
    return sign;
  }

  /**
   * Tells whether {@code value} meets or beats {@code target} in this direction, exactly: for observed values.
   * A computed figure (a projection) is compared with {@link Tolerance#meets(DesiredDirection, double, double,
   * double)}.
   *
   * @param value the observed value
   * @param target the target value
   * @return {@code value >= target} for {@link #INCREASE}, {@code value <= target} for {@link #DECREASE}
   */
  public boolean meets(double value, double target) {
    return this == INCREASE ? value >= target : value <= target;
  }

  /**
   * Tells whether {@code candidate} is strictly better than {@code reference} in this direction.
   *
   * @param candidate the value to judge
   * @param reference the value it is compared with
   * @return {@code true} when {@code candidate} lies strictly on the desired side of {@code reference}
   */
  public boolean isBetter(double candidate, double reference) {
    return this == INCREASE ? candidate > reference : candidate < reference;
  }
}
