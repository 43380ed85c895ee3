package org.reformindicators.core.composite.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import org.reformindicators.core.internal.MethodologyLimits;

/**
 * Points interpolated linearly between two bounds and held constant beyond them, such as {@code
 * LinearBetween.of("0", "0", "80", "10")}: 0 % → 0 points, 40 % → 5 points, 80 % or more → 10 points.
 *
 * <p>{@code points = fromPoints + (value − from) / (to − from) × (toPoints − fromPoints)} for a value between
 * {@code from} and {@code to}; a value on the far side of {@code from} gets {@code fromPoints} and one beyond
 * {@code to} gets {@code toPoints} (the "linear between goalposts" rule of OECD/JRC Handbook 2008 §1.5 applied
 * to points). {@code from} may exceed {@code to}, which scores a lower-is-better criterion (5 days → 10
 * points, 30 days → 0). Immutable and thread-safe.
 *
 * @param from the first bound
 * @param fromPoints the points at and beyond {@code from}, not negative
 * @param to the second bound, different from {@code from}
 * @param toPoints the points at and beyond {@code to}, not negative
 */
public record LinearBetween(BigDecimal from, BigDecimal fromPoints, BigDecimal to, BigDecimal toPoints)
    implements ScoringRule {

  /**
   * Validates the bounds.
   *
   * @param from the first bound
   * @param fromPoints the points at {@code from}
   * @param to the second bound
   * @param toPoints the points at {@code to}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code from} equals {@code to}, points are negative, or a value lies
   *     beyond ±1000000000 or has more than 20 decimals
   */
  public LinearBetween {
    MethodologyLimits.requireBounded("from", from);
    MethodologyLimits.requireBounded("fromPoints", fromPoints);
    MethodologyLimits.requireBounded("to", to);
    MethodologyLimits.requireBounded("toPoints", toPoints);
    if (from.compareTo(to) == 0) {
      throw new IllegalArgumentException("to must differ from from, both were " + from.toPlainString());
    }
    if (fromPoints.signum() < 0 || toPoints.signum() < 0) {
      throw new IllegalArgumentException(
          "fromPoints and toPoints must not be negative, were "
              + fromPoints.toPlainString()
              + " and "
              + toPoints.toPlainString());
    }
  }

  /**
   * Creates the rule from decimal strings.
   *
   * @param from the first bound
   * @param fromPoints the points at {@code from}
   * @param to the second bound
   * @param toPoints the points at {@code to}
   * @return the rule
   * @throws NumberFormatException if an argument is not a decimal number
   * @throws IllegalArgumentException if {@code from} equals {@code to} or points are negative
   */
  public static LinearBetween of(String from, String fromPoints, String to, String toPoints) {
    return new LinearBetween(
        new BigDecimal(from), new BigDecimal(fromPoints), new BigDecimal(to), new BigDecimal(toPoints));
  }

  @Override
  public BigDecimal points(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    BigDecimal span = to.subtract(from);
    BigDecimal share = value.subtract(from).divide(span, CONTEXT);
    if (share.signum() <= 0) {
      return fromPoints;
    }
    if (share.compareTo(BigDecimal.ONE) >= 0) {
      return toPoints;
    }
    return fromPoints.add(share.multiply(toPoints.subtract(fromPoints)), CONTEXT);
  }

  @Override
  public BigDecimal maxPoints() {
    return fromPoints.max(toPoints);
  }

  @Override
  public String kind() {
    return "linear-between";
  }
}
