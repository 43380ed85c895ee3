package org.reformindicators.core.progress;

import org.reformindicators.core.internal.Validation;

/**
 * Arithmetic shared by the methods: compound annual growth rates and banding by cut-offs.
 *
 * <p>Not part of the API. Stateless and thread-safe.
 */
final class Growth {

  private Growth() {}

  /**
   * Places a figure in one of four bands by three decreasing cut-offs, each compared with {@link
   * Tolerance#atLeast(double, double)}: {@code x ≥ first → top}, {@code x ≥ second → upper}, {@code x ≥ third → lower},
   * otherwise {@code bottom}.
   *
   * @param <C> the category type
   * @param x the figure
   * @param first the highest cut-off
   * @param second the middle cut-off
   * @param third the lowest cut-off
   * @param top the category at or above {@code first}
   * @param upper the category from {@code second} to {@code first}
   * @param lower the category from {@code third} to {@code second}
   * @param bottom the category below {@code third}
   * @return the category
   */
  static <C> C band(
      double x, double first, double second, double third, C top, C upper, C lower, C bottom) {
    if (Tolerance.atLeast(x, first)) {
      return top;
    }
    if (Tolerance.atLeast(x, second)) {
      return upper;
    }
    return Tolerance.atLeast(x, third) ? lower : bottom;
  }

  /**
   * Compound annual growth rate CAGR = (y1 / y0)^(1 / years) − 1 (common to the Eurostat, Open SDG and UN ESCAP methods), the
   * growth of the magnitude. Callers have checked that {@code y0 != 0}, that the values do not have
   * different signs and that {@code years > 0}.
   *
   * @param y0 the start value, non-zero
   * @param y1 the end value, same sign as {@code y0} or zero
   * @param years the elapsed time, positive
   * @return the rate as a fraction per year
   */
  static double cagr(double y0, double y1, double years) {
    return Math.pow(y1 / y0, 1.0 / years) - 1.0;
  }

  /**
   * The reason a compound growth rate through {@code base}, {@code others} is undefined, or {@code null}
   * when it is defined (every value non-zero and of one sign).
   *
   * @param base the base value
   * @param others the other values the rate uses
   * @return {@link UnassessableReason#ZERO_BASE}, {@link UnassessableReason#ZERO_VALUE}, {@link
   *     UnassessableReason#MIXED_SIGNS} or {@code null}
   */
  static UnassessableReason compoundProblem(double base, double... others) {
    if (base == 0) {
      return UnassessableReason.ZERO_BASE;
    }
    for (double v : others) {
      if (v == 0) {
        return UnassessableReason.ZERO_VALUE;
      }
      if ((v > 0) != (base > 0)) {
        return UnassessableReason.MIXED_SIGNS;
      }
    }
    return null;
  }

  /**
   * Checks that {@code x} is finite.
   *
   * @param name the parameter's name
   * @param x the value
   * @return {@code x}
   * @throws IllegalArgumentException if {@code x} is NaN or infinite
   */
  static double finite(String name, double x) {
    return Validation.requireFinite(name, x);
  }

  /**
   * Checks that the cut-offs are finite and strictly decreasing.
   *
   * @param names the parameters' names, in order
   * @param cutoffs the values, in the same order
   * @throws IllegalArgumentException if a value is not finite or not below the previous one
   */
  static void decreasing(String[] names, double... cutoffs) {
    for (int i = 0; i < cutoffs.length; i++) {
      finite(names[i], cutoffs[i]);
      if (i > 0 && !(cutoffs[i] < cutoffs[i - 1])) {
        throw new IllegalArgumentException(
            names[i]
                + " must be below "
                + names[i - 1]
                + " ("
                + cutoffs[i - 1]
                + "), was "
                + cutoffs[i]);
      }
    }
  }
}
