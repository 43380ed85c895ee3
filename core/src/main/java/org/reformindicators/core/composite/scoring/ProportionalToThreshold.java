package org.reformindicators.core.composite.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import org.reformindicators.core.internal.MethodologyLimits;

/**
 * Full points at or above a threshold, otherwise points proportional to the value, such as {@code
 * ProportionalToThreshold.of("80", "20")}: 85 % → 20 points, 60 % → 60 × 20 ÷ 80 = 15 points.
 *
 * <p>{@code points = maxPoints} when {@code value ≥ threshold}, else {@code value × maxPoints ÷ threshold}.
 * This is the scoring pattern seen in implementations of the real-time index of Decision 766/QĐ-TTg, with
 * thresholds of 80 %, 50 % or 90 % depending on the indicator (the decision itself does not state it, so it is unverified). Values are ratios, so a
 * negative value is rejected. Immutable and thread-safe.
 *
 * @param threshold the value from which full points are given, positive
 * @param maxPoints the full points, positive
 */
public record ProportionalToThreshold(BigDecimal threshold, BigDecimal maxPoints) implements ScoringRule {

  /**
   * Validates the parameters.
   *
   * @param threshold the value from which full points are given
   * @param maxPoints the full points
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument is not positive, the threshold exceeds 1000000000, the
   *     maximum exceeds 1000000, or a value has more than 20 decimals
   */
  public ProportionalToThreshold {
    MethodologyLimits.requireBounded("threshold", threshold);
    MethodologyLimits.requireFactor("maxPoints", maxPoints);
    if (threshold.signum() <= 0) {
      throw new IllegalArgumentException("threshold must be positive, was " + threshold.toPlainString());
    }
  }

  /**
   * Creates the rule from decimal strings, e.g. {@code of("80", "20")}.
   *
   * @param threshold the threshold, a decimal string
   * @param maxPoints the full points, a decimal string
   * @return the rule
   * @throws NullPointerException if an argument is null
   * @throws NumberFormatException if an argument is not a decimal number
   * @throws IllegalArgumentException if an argument is not positive
   */
  public static ProportionalToThreshold of(String threshold, String maxPoints) {
    return new ProportionalToThreshold(new BigDecimal(threshold), new BigDecimal(maxPoints));
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if {@code value} is negative
   */
  @Override
  public BigDecimal points(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (value.signum() < 0) {
      throw new IllegalArgumentException("value must not be negative, was " + value.toPlainString());
    }
    if (value.compareTo(threshold) >= 0) {
      return maxPoints;
    }
    return value.multiply(maxPoints).divide(threshold, CONTEXT);
  }

  @Override
  public String kind() {
    return "proportional-to-threshold";
  }
}
