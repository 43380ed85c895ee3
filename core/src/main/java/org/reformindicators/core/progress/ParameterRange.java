package org.reformindicators.core.progress;

import java.io.Serializable;
import org.reformindicators.core.text.NumberText;

/**
 * The documented bounds of a progress method's parameter, such as {@code (0, 1)} for a confidence level or
 * {@code [3, ∞)} for a minimum number of observations.
 *
 * <p>An infinite end is always open: a parameter is finite whatever its range. {@link #toString()} prints
 * the interval in the usual notation, which messages quote. Rules that tie parameters together (cut-offs
 * that must decrease) are not ranges: the method's factory checks them. Immutable and thread-safe.
 *
 * @param lower the lower end, {@link Double#NEGATIVE_INFINITY} for none
 * @param lowerInclusive whether the lower end belongs to the range
 * @param upper the upper end, {@link Double#POSITIVE_INFINITY} for none
 * @param upperInclusive whether the upper end belongs to the range
 */
public record ParameterRange(double lower, boolean lowerInclusive, double upper, boolean upperInclusive) implements Serializable {

  private static final ParameterRange ALL =
      new ParameterRange(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);

  /**
   * Validates the range.
   *
   * @param lower the lower end
   * @param lowerInclusive whether the lower end belongs to the range
   * @param upper the upper end
   * @param upperInclusive whether the upper end belongs to the range
   * @throws IllegalArgumentException if an end is NaN, an infinite end is inclusive, or the range is empty
   */
  public ParameterRange {
    if (Double.isNaN(lower) || Double.isNaN(upper)) {
      throw new IllegalArgumentException("range ends must be numbers, were " + lower + " and " + upper);
    }
    if ((Double.isInfinite(lower) && lowerInclusive) || (Double.isInfinite(upper) && upperInclusive)) {
      throw new IllegalArgumentException("an infinite range end must be exclusive, was " + describe(lower, lowerInclusive, upper, upperInclusive));
    }
    if (lower > upper || (lower == upper && !(lowerInclusive && upperInclusive))) {
      throw new IllegalArgumentException(
          "a range must contain a finite value, was " + describe(lower, lowerInclusive, upper, upperInclusive));
    }
  }

  /**
   * Returns the range of every finite number, {@code (-∞, ∞)}.
   *
   * @return the unbounded range
   */
  public static ParameterRange all() {
    return ALL;
  }

  /**
   * Returns the numbers above a bound, {@code (lower, ∞)}.
   *
   * @param lowerExclusive the bound, not in the range
   * @return the range
   * @throws IllegalArgumentException if the bound is NaN or positive infinity
   */
  public static ParameterRange greaterThan(double lowerExclusive) {
    return new ParameterRange(lowerExclusive, false, Double.POSITIVE_INFINITY, false);
  }

  /**
   * Returns the numbers at or above a bound, {@code [lower, ∞)}.
   *
   * @param lowerInclusive the bound, in the range
   * @return the range
   * @throws IllegalArgumentException if the bound is NaN or infinite
   */
  public static ParameterRange atLeast(double lowerInclusive) {
    return new ParameterRange(lowerInclusive, true, Double.POSITIVE_INFINITY, false);
  }

  /**
   * Returns the numbers strictly between two bounds, {@code (lower, upper)}.
   *
   * @param lowerExclusive the lower bound, not in the range
   * @param upperExclusive the upper bound, not in the range
   * @return the range
   * @throws IllegalArgumentException if a bound is NaN or the range is empty
   */
  public static ParameterRange open(double lowerExclusive, double upperExclusive) {
    return new ParameterRange(lowerExclusive, false, upperExclusive, false);
  }

  /**
   * Tells whether a value is finite and lies in the range.
   *
   * @param value the value
   * @return whether the range contains the value
   */
  public boolean contains(double value) {
    return Double.isFinite(value)
        && (lowerInclusive ? value >= lower : value > lower)
        && (upperInclusive ? value <= upper : value < upper);
  }

  /**
   * Returns the range in interval notation, e.g. {@code (0, 1)}, {@code [3, ∞)} or {@code (-∞, ∞)}.
   *
   * @return the interval
   */
  @Override
  public String toString() {
    return describe(lower, lowerInclusive, upper, upperInclusive);
  }

  private static String describe(double lower, boolean lowerInclusive, double upper, boolean upperInclusive) {
    return (lowerInclusive ? "[" : "(") + end(lower) + ", " + end(upper) + (upperInclusive ? "]" : ")");
  }

  private static String end(double value) {
    if (Double.isInfinite(value)) {
      return value > 0 ? "∞" : "-∞";
    }
    return NumberText.machine(value);
  }
}
