package org.reformindicators.core.composite.scoring;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A rule that gives a single criterion its points from its value, such as {@code
 * ProportionalToThreshold.of("80", "20")} (20 points at 80 % or more).
 *
 * <p>Points are computed in {@link BigDecimal}; a division that does not terminate is rounded to {@link
 * #CONTEXT} (34 significant digits, far below any published precision). Implementations are immutable and
 * thread-safe.
 */
public sealed interface ScoringRule extends Serializable permits ProportionalToThreshold, StepTable, LinearBetween {

  /** The precision of a non-terminating division: IEEE 754 decimal128, 34 significant digits, half-even. */
  MathContext CONTEXT = MathContext.DECIMAL128;

  /**
   * Returns the points a value earns.
   *
   * @param value the criterion's value, e.g. a ratio in percent
   * @return the points, between the rule's least points and {@link #maxPoints()}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the rule is undefined for the value (each implementation states
   *     when)
   */
  BigDecimal points(BigDecimal value);

  /**
   * Returns the most points the rule can give.
   *
   * @return the maximum points
   */
  BigDecimal maxPoints();

  /**
   * Returns the short name used in the methodology format, e.g. {@code proportional-to-threshold}.
   *
   * @return the kind's name
   */
  String kind();
}
