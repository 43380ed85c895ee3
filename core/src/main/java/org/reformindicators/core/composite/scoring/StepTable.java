package org.reformindicators.core.composite.scoring;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.reformindicators.core.internal.MethodologyLimits;

/**
 * Points read from a table of steps, the first matching step winning, such as "≥ 90 → 10, ≥ 80 → 8, ≥ 70 → 5,
 * otherwise 0".
 *
 * <p>With {@link Comparison#AT_LEAST} a step matches when {@code value ≥ bound} and the bounds must strictly
 * decrease; with {@link Comparison#AT_MOST} it matches when {@code value ≤ bound} (for lower-is-better
 * criteria such as days of delay) and the bounds must strictly increase. A value matching no step gets
 * {@code otherwisePoints}. Point tables of this kind are how the PAR INDEX methodologies score many of their
 * sub-criteria (Ministry of Home Affairs, Decision 2948/QĐ-BNV of 28 Dec 2017). Immutable and thread-safe.
 *
 * @param comparison how a value is compared with a step's bound
 * @param steps the steps, at least one, in matching order
 * @param otherwisePoints the points of a value that matches no step
 */
public record StepTable(Comparison comparison, List<Step> steps, BigDecimal otherwisePoints)
    implements ScoringRule {

  /** How a value is compared with a step's bound. */
  public enum Comparison {
    /** The step matches when the value is at least the bound. */
    AT_LEAST,
    /** The step matches when the value is at most the bound. */
    AT_MOST
  }

  /**
   * One row of a step table: the bound and the points of a value that reaches it.
   *
   * @param bound the bound, inclusive
   * @param points the points given, not negative
   */
  public record Step(BigDecimal bound, BigDecimal points) implements Serializable {

    /**
     * Validates the step.
     *
     * @param bound the inclusive bound
     * @param points the points, not negative
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code points} is negative, or a value lies beyond ±1000000000 or
     *     has more than 20 decimals
     */
    public Step {
      MethodologyLimits.requireBounded("bound", bound);
      MethodologyLimits.requireBounded("points", points);
      if (points.signum() < 0) {
        throw new IllegalArgumentException("points must not be negative, was " + points.toPlainString());
      }
    }

    /**
     * Creates a step from decimal strings, e.g. {@code Step.of("90", "10")}.
     *
     * @param bound the inclusive bound
     * @param points the points
     * @return the step
     * @throws NumberFormatException if an argument is not a decimal number
     * @throws IllegalArgumentException if {@code points} is negative
     */
    public static Step of(String bound, String points) {
      return new Step(new BigDecimal(bound), new BigDecimal(points));
    }
  }

  /**
   * Validates the table.
   *
   * @param comparison how a value is compared with a bound
   * @param steps the steps in matching order
   * @param otherwisePoints the points of a value that matches no step
   * @throws NullPointerException if an argument or a step is null
   * @throws IllegalArgumentException if there is no step, the bounds are not strictly monotone in the
   *     direction the comparison requires, or {@code otherwisePoints} is negative or lies beyond
   *     ±1000000000 or has more than 20 decimals
   */
  public StepTable {
    Objects.requireNonNull(comparison, "comparison");
    MethodologyLimits.requireBounded("otherwisePoints", otherwisePoints);
    steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("steps must not be empty");
    }
    if (otherwisePoints.signum() < 0) {
      throw new IllegalArgumentException(
          "otherwisePoints must not be negative, was " + otherwisePoints.toPlainString());
    }
    for (int i = 1; i < steps.size(); i++) {
      int order = steps.get(i).bound().compareTo(steps.get(i - 1).bound());
      boolean ok = comparison == Comparison.AT_LEAST ? order < 0 : order > 0;
      if (!ok) {
        throw new IllegalArgumentException(
            "steps["
                + i
                + "].bound must be strictly "
                + (comparison == Comparison.AT_LEAST ? "less" : "greater")
                + " than the previous bound "
                + steps.get(i - 1).bound().toPlainString()
                + " for "
                + comparison
                + ", was "
                + steps.get(i).bound().toPlainString());
      }
    }
  }

  @Override
  public BigDecimal points(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    for (Step step : steps) {
      int order = value.compareTo(step.bound());
      if (comparison == Comparison.AT_LEAST ? order >= 0 : order <= 0) {
        return step.points();
      }
    }
    return otherwisePoints;
  }

  @Override
  public BigDecimal maxPoints() {
    BigDecimal max = otherwisePoints;
    for (Step step : steps) {
      max = max.max(step.points());
    }
    return max;
  }

  @Override
  public String kind() {
    return "step-table";
  }
}
