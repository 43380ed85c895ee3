package org.reformindicators.core.composite;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What one component adds to its parent's score, such as PCI Transparency for Quảng Ngãi 2019: score 6.96,
 * contribution 10 × 0.20 × 6.96 = 13.92 points of a possible 20, so 6.08 points lost.
 *
 * <p>Part of a {@link ScoreBreakdown}. Immutable and thread-safe.
 *
 * @param code the component's code
 * @param score the component's exact score, empty when it is missing for the unit
 * @param points the points it contributes to the parent's score (0 when missing)
 * @param maxPoints the points it would contribute at its maximum, empty when its maximum is unknown or it is
 *     missing
 */
public record Contribution(
    ComponentCode code, Optional<BigDecimal> score, BigDecimal points, Optional<BigDecimal> maxPoints) {

  /**
   * Validates the components.
   *
   * @param code the component's code
   * @param score the component's score
   * @param points the contributed points
   * @param maxPoints the points at the component's maximum
   * @throws NullPointerException if an argument is null
   */
  public Contribution {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(maxPoints, "maxPoints");
  }

  /**
   * Returns the points lost against the maximum: {@code maxPoints − points}, where the province can act.
   *
   * @return the points lost, empty when the maximum is unknown
   */
  public Optional<BigDecimal> pointsLost() {
    return maxPoints.map(max -> max.subtract(points));
  }
}
