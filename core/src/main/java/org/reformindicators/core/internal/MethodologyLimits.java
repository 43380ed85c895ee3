package org.reformindicators.core.internal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The ranges of the numbers of a composite-index methodology, such as a weight in (0, 1000000] with at most
 * 20 decimals, so that every definition that can be built can also be computed exactly.
 *
 * <p>The exact decimal totals of a composite index multiply weights, scales and maximum points, and add
 * thresholds, bounds and points; a weight of {@code 1E+999999999} or {@code 1E-999999999} would overflow the
 * exponent of {@link BigDecimal} or need millions of digits. The official methodologies use weights of 0.05
 * to 0.20, scales of 10 and 100 and maxima up to 1000 points; the limits leave orders of magnitude of room:
 *
 * <ul>
 *   <li>a weight, an aggregation scale and maximum points are positive and at most {@value #MAX_FACTOR_TEXT};
 *   <li>a scoring threshold, bound or points and a band's lower bound lie within ±{@value
 *       #MAX_MAGNITUDE_TEXT};
 *   <li>each of these decimals has at most {@value #MAX_DECIMALS} digits after the decimal point;
 *   <li>a normalisation parameter (a {@code double}) is finite and within ±1e15, and a goalposts scale is
 *       positive and at most {@value #MAX_FACTOR_TEXT}.
 * </ul>
 *
 * <p>Not part of the public API; it may change in any release. Stateless and thread-safe.
 */
public final class MethodologyLimits {

  /** The largest weight, aggregation scale and maximum points, as text. */
  public static final String MAX_FACTOR_TEXT = "1000000";

  /** The largest weight, aggregation scale and maximum points: one million. */
  public static final BigDecimal MAX_FACTOR = new BigDecimal(MAX_FACTOR_TEXT);

  /** The largest magnitude of a threshold, bound or points, as text. */
  public static final String MAX_MAGNITUDE_TEXT = "1000000000";

  /** The largest magnitude of a threshold, bound or points: one thousand million. */
  public static final BigDecimal MAX_MAGNITUDE = new BigDecimal(MAX_MAGNITUDE_TEXT);

  /** The most digits after the decimal point of a methodology decimal. */
  public static final int MAX_DECIMALS = 20;

  /** The largest magnitude of a normalisation parameter. */
  public static final double MAX_PARAMETER = 1e15;

  /** Longest plain rendering of a decimal in a message; longer ones are written in scientific notation. */
  private static final int MAX_PLAIN = 30;

  private MethodologyLimits() {}

  /**
   * Checks a weight, an aggregation scale or maximum points.
   *
   * @param field the field, for the message, e.g. {@code PCI_ENTRY_COSTS: weight}
   * @param value the value
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not positive, exceeds {@value #MAX_FACTOR_TEXT} or has
   *     more than {@value #MAX_DECIMALS} decimals
   */
  public static BigDecimal requireFactor(String field, BigDecimal value) {
    Objects.requireNonNull(value, field);
    if (value.signum() <= 0 || value.compareTo(MAX_FACTOR) > 0) {
      throw new IllegalArgumentException(
          field + " must be positive and at most " + MAX_FACTOR_TEXT + ", was " + describe(value));
    }
    return requireDecimals(field, value);
  }

  /**
   * Checks a threshold, a bound, points or a band's lower bound.
   *
   * @param field the field, for the message
   * @param value the value
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} lies outside ±{@value #MAX_MAGNITUDE_TEXT} or has more
   *     than {@value #MAX_DECIMALS} decimals
   */
  public static BigDecimal requireBounded(String field, BigDecimal value) {
    Objects.requireNonNull(value, field);
    if (value.abs().compareTo(MAX_MAGNITUDE) > 0) {
      throw new IllegalArgumentException(
          field + " must lie within -" + MAX_MAGNITUDE_TEXT + ".." + MAX_MAGNITUDE_TEXT + ", was " + describe(value));
    }
    return requireDecimals(field, value);
  }

  /**
   * Checks a normalisation parameter.
   *
   * @param field the field, for the message
   * @param value the value
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is NaN, infinite or beyond ±1e15
   */
  public static double requireParameter(String field, double value) {
    if (!Double.isFinite(value) || Math.abs(value) > MAX_PARAMETER) {
      throw new IllegalArgumentException(field + " must be finite and within ±1e15, was " + value);
    }
    return value;
  }

  /**
   * Checks a positive normalisation scale, such as the goalposts' 100.
   *
   * @param field the field, for the message
   * @param value the value
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is not positive or exceeds {@value #MAX_FACTOR_TEXT}
   */
  public static double requireScale(String field, double value) {
    if (!(value > 0) || value > MAX_FACTOR.doubleValue()) {
      throw new IllegalArgumentException(
          field + " must be positive and at most " + MAX_FACTOR_TEXT + ", was " + value);
    }
    return value;
  }

  private static BigDecimal requireDecimals(String field, BigDecimal value) {
    if (value.scale() > MAX_DECIMALS && value.stripTrailingZeros().scale() > MAX_DECIMALS) {
      throw new IllegalArgumentException(
          field + " must have at most " + MAX_DECIMALS + " digits after the decimal point, was " + describe(value));
    }
    return value;
  }

  /**
   * Writes a decimal for a message: plain when short, in scientific notation otherwise, so that a message
   * about {@code 1E+999999999} stays short.
   *
   * @param value the value
   * @return e.g. {@code 14.50} or {@code 1.0E+309}
   */
  public static String describe(BigDecimal value) {
    long digits = (long) value.precision() + Math.abs((long) value.scale());
    return digits <= MAX_PLAIN ? value.toPlainString() : value.toString();
  }
}
