package org.reformindicators.core.progress;

import java.util.Objects;

/**
 * The one tolerance with which every progress method compares a computed figure with a cut-off or a target,
 * such as a Eurostat ratio of 0.9499999999999998 counting as "at least 95 %" or a projection of
 * 10.879999999999999 counting as reaching a target of 10.88.
 *
 * <p>Ratios, rates and gaps come out of {@code pow}, divisions and least squares, so a figure that is exactly
 * on a cut-off in decimal arithmetic may land a few units in the last place on either side of it in binary.
 * The bundled methods (Eurostat, Open SDG, UN ESCAP, SDSN, linear projection) therefore allow {@link
 * #EPSILON} = 1e-9 in the figure's favour, in two ways:
 *
 * <ul>
 *   <li>a dimensionless figure (ratio, growth rate, progress gap, natural-limit-scaled rate) is compared with
 *       its cut-off with an absolute allowance: {@link #atLeast(double, double)}, {@link #atMost(double,
 *       double)};
 *   <li>a figure in the indicator's unit (a projected value, an end of a prediction interval, a fitted
 *       slope) is compared with the target with an allowance relative to the series' magnitude, EPSILON ×
 *       {@link ProgressInput#valueScale()}: {@link #meets(DesiredDirection, double, double, double)}. Rounding
 *       errors grow with the magnitude of the values, and scaling a series and its target by a positive
 *       factor then never changes a category.
 * </ul>
 *
 * <p>A difference of 1e-9 (or 1e-9 of the values' magnitude) lies far below any published precision, so the
 * allowance never moves a genuinely different figure across a cut-off. Observed values are compared with the
 * target exactly ({@link ProgressInput#latestMeetsTarget()}): they are data, not results of arithmetic. Times
 * are in years and use the absolute allowance. The checks that decide whether a formula is defined at all (a
 * zero base, a required rate of exactly zero, a target on the wrong side of the base) stay exact: they guard
 * a division, not a cut-off. Stateless and thread-safe.
 */
public final class Tolerance {

  /** The allowance of every comparison of a computed figure, 1e-9 (absolute or relative, see the class). */
  public static final double EPSILON = 1e-9;

  private Tolerance() {}

  /**
   * Tells whether a dimensionless figure reaches a cut-off, allowing {@link #EPSILON}.
   *
   * @param figure the computed figure (ratio, rate, gap)
   * @param cutoff the cut-off
   * @return {@code figure >= cutoff − EPSILON}
   */
  public static boolean atLeast(double figure, double cutoff) {
    return figure >= cutoff - EPSILON;
  }

  /**
   * Tells whether a dimensionless figure stays at or below a cut-off, allowing {@link #EPSILON}.
   *
   * @param figure the computed figure (ratio, rate, gap)
   * @param cutoff the cut-off
   * @return {@code figure <= cutoff + EPSILON}
   */
  public static boolean atMost(double figure, double cutoff) {
    return figure <= cutoff + EPSILON;
  }

  /**
   * Tells whether a computed value in the indicator's unit meets or beats a target in a direction, allowing
   * {@link #EPSILON} × {@code scale}.
   *
   * @param direction the direction in which values are better
   * @param value the computed value (e.g. a projection)
   * @param target the target value
   * @param scale the magnitude of the series, non-negative and finite (usually {@link
   *     ProgressInput#valueScale()}); 0 makes the comparison exact
   * @return {@code d·(value − target) >= −EPSILON·scale} with d = {@link DesiredDirection#sign()}
   * @throws NullPointerException if {@code direction} is null
   * @throws IllegalArgumentException if {@code scale} is negative, NaN or infinite
   */
  public static boolean meets(DesiredDirection direction, double value, double target, double scale) {
    Objects.requireNonNull(direction, "direction");
    if (!(scale >= 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("scale must be finite and at least 0, was " + scale);
    }
    return direction.sign() * (value - target) >= -EPSILON * scale;
  }
}
