package org.reformindicators.core.observation;

import java.util.Objects;

/**
 * One rule that an observation breaks, with the part of the observation it concerns, such as {@link
 * ObservationField#VALUE}: {@code rank must be within 1..63 (universe), was 64}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param field the part of the observation the rule concerns
 * @param message the rule and the offending value, in plain words without a trailing period
 */
public record ObservationViolation(ObservationField field, String message) {

  /**
   * Checks the components.
   *
   * @param field the part of the observation the rule concerns
   * @param message the rule and the offending value
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code message} is blank
   */
  public ObservationViolation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
    if (message.isBlank()) {
      throw new IllegalArgumentException("message must not be blank");
    }
  }

  /**
   * Returns the violation as text.
   *
   * @return the field and the message, such as {@code VALUE: rank must be within 1..63 (universe), was 64}
   */
  @Override
  public String toString() {
    return field + ": " + message;
  }
}
