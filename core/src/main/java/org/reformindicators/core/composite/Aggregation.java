package org.reformindicators.core.composite;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import org.reformindicators.core.internal.MethodologyLimits;

/**
 * An aggregation method with its scale factor, such as {@code Aggregation.weightedArithmetic(new
 * BigDecimal("10"))} for the PCI (0–10 sub-indices → 0–100 total).
 *
 * <p>The formulas are documented on {@link AggregationMethod}. Immutable and thread-safe.
 *
 * @param method the aggregation method
 * @param scale the positive factor the aggregate is multiplied by (1 for a plain mean or sum, 100 for a
 *     points share in percent), at most 1000000 with at most 20 decimals
 */
public record Aggregation(AggregationMethod method, BigDecimal scale) implements Serializable {

  /**
   * Validates the components.
   *
   * @param method the aggregation method
   * @param scale the positive scale factor
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code scale} is not positive, exceeds 1000000 or has more than 10
   *     decimals
   */
  public Aggregation {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(scale, "scale");
    MethodologyLimits.requireFactor("scale", scale);
  }

  /**
   * Returns the weighted arithmetic mean with scale 1.
   *
   * @return the aggregation
   */
  public static Aggregation weightedArithmetic() {
    return new Aggregation(AggregationMethod.WEIGHTED_ARITHMETIC, BigDecimal.ONE);
  }

  /**
   * Returns the weighted arithmetic mean times {@code scale}, e.g. 10 for the PCI.
   *
   * @param scale the positive scale factor
   * @return the aggregation
   * @throws IllegalArgumentException if {@code scale} is not positive
   */
  public static Aggregation weightedArithmetic(BigDecimal scale) {
    return new Aggregation(AggregationMethod.WEIGHTED_ARITHMETIC, scale);
  }

  /**
   * Returns the weighted geometric mean with scale 1.
   *
   * @return the aggregation
   */
  public static Aggregation weightedGeometric() {
    return new Aggregation(AggregationMethod.WEIGHTED_GEOMETRIC, BigDecimal.ONE);
  }

  /**
   * Returns the weighted harmonic mean with scale 1.
   *
   * @return the aggregation
   */
  public static Aggregation weightedHarmonic() {
    return new Aggregation(AggregationMethod.WEIGHTED_HARMONIC, BigDecimal.ONE);
  }

  /**
   * Returns the plain (weights default to 1) sum, as PAPI and the 766 index use.
   *
   * @return the aggregation
   */
  public static Aggregation sum() {
    return new Aggregation(AggregationMethod.SUM, BigDecimal.ONE);
  }

  /**
   * Returns points achieved ÷ maximum points × 100, as the PAR INDEX uses.
   *
   * @return the aggregation
   */
  public static Aggregation pointsShare() {
    return new Aggregation(AggregationMethod.POINTS_SHARE, BigDecimal.valueOf(100));
  }

  /**
   * Returns the same scale with another method, as the uncertainty analysis does for alternative
   * aggregations.
   *
   * @param other the other method
   * @return the aggregation with {@code other} and this scale
   * @throws NullPointerException if {@code other} is null
   */
  public Aggregation withMethod(AggregationMethod other) {
    return new Aggregation(other, scale);
  }
}
