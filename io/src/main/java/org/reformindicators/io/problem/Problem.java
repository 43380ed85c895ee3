package org.reformindicators.io.problem;

import java.util.Objects;

/**
 * One defect found while reading a file, such as {@code line 7, column 'value': '6,29' is not a decimal
 * number with '.' as the decimal mark}.
 *
 * <p>A problem names where it is ({@link #location()}), the field concerned ({@link #field()}, empty for a
 * defect of the whole record or document), the offending value as it was read ({@link #value()}, empty when
 * there is none, e.g. a missing column) and the rule it breaks ({@link #message()}). Immutable and
 * thread-safe.
 *
 * @param location where the problem is
 * @param field the name of the field or column concerned, or the empty string
 * @param value the offending value as read, or the empty string
 * @param message the rule that the value breaks, in a full sentence without trailing period
 */
public record Problem(ProblemLocation location, String field, String value, String message) {

  /** Longest offending value kept in a problem; longer values are cut and marked with an ellipsis. */
  public static final int MAX_VALUE_LENGTH = 200;

  /**
   * Validates the components and shortens an overlong offending value to {@value #MAX_VALUE_LENGTH}
   * characters followed by {@code …}.
   *
   * @param location where the problem is
   * @param field the field or column, or empty
   * @param value the offending value, or empty
   * @param message the rule broken
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if the message is blank
   */
  public Problem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(message, "message");
    if (message.isBlank()) {
      throw new IllegalArgumentException("message must not be blank");
    }
    if (value.length() > MAX_VALUE_LENGTH) {
      value = value.substring(0, MAX_VALUE_LENGTH) + "…";
    }
  }

  /**
   * Returns the problem as one line: location, then the message.
   *
   * @return e.g. {@code line 7, column 'value': '6,29' is not a decimal number}
   */
  @Override
  public String toString() {
    return location.describe() + ": " + message;
  }
}
