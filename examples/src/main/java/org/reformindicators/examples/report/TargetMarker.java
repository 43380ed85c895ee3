package org.reformindicators.examples.report;

import java.util.Objects;
import org.reformindicators.core.target.ClauseId;

/**
 * A clause's target drawn on an indicator chart, such as the band {@code 25–30} ending at the
 * deadline {@code 2025}; a band whose ends are equal is drawn as a line.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param clauseId the clause id, such as {@code T1b}
 * @param low the lower end of the target band (for a one-sided target, the threshold)
 * @param high the upper end of the target band ({@code low} for a line)
 * @param fromX where the target starts on the time axis, in fractional years
 * @param deadlineX the deadline on the time axis, in fractional years (the end of the deadline
 *     period)
 * @param deadlineLabel the deadline as text, such as {@code 2025}
 */
public record TargetMarker(
    ClauseId clauseId, double low, double high, double fromX, double deadlineX, String deadlineLabel) {

  /**
   * Validates the components.
   *
   * @param clauseId the clause id, such as {@code T1b}
   * @param low the lower end of the target band (for a one-sided target, the threshold)
   * @param high the upper end of the target band ({@code low} for a line)
   * @param fromX where the target starts on the time axis, in fractional years
   * @param deadlineX the deadline on the time axis, in fractional years (the end of the deadline period)
   * @param deadlineLabel the deadline as text, such as {@code 2025}
   * @throws NullPointerException if a text component is {@code null}
   * @throws IllegalArgumentException if a number is not finite, {@code low > high} or {@code fromX >
   *     deadlineX}
   */
  public TargetMarker {
    Objects.requireNonNull(clauseId, "clauseId");
    Objects.requireNonNull(deadlineLabel, "deadlineLabel");
    if (!(Double.isFinite(low) && Double.isFinite(high) && low <= high)) {
      throw new IllegalArgumentException(
          "target band of " + clauseId + " must have finite low <= high, was " + low + ".." + high);
    }
    if (!(Double.isFinite(fromX) && Double.isFinite(deadlineX) && fromX <= deadlineX)) {
      throw new IllegalArgumentException(
          "target of " + clauseId + " must start no later than its deadline, was "
              + fromX + ".." + deadlineX);
    }
  }

  /**
   * Returns whether the target is a single value (drawn as a line) rather than a band.
   *
   * @return whether {@code low == high}
   */
  public boolean isLine() {
    return low == high;
  }
}
