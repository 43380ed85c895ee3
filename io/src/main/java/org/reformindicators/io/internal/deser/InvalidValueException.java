package org.reformindicators.io.internal.deser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Objects;

/**
 * Thrown when a value is well-formed JSON or YAML but is refused, by core or by the reader, such as an
 * indicator with {@code "decimals": 12} ("decimals of PCI must be within 0..10, was 12") or {@code value:
 * 010} ("write 10, not 010: YAML readers disagree").
 *
 * <p>The location is where the refused value starts (not where the parser stopped), and the JSON path is
 * filled in as the exception travels up through the enclosing deserializers. The message is already in plain
 * words (core's own message, or the reader's) and is reported as it is; {@link #value()} is the offending
 * value as written, when there is one. Not thread-safe, like every exception.
 */
public final class InvalidValueException extends MismatchedInputException {

  private static final long serialVersionUID = 1L;

  /** The offending value as written, or the empty string. */
  private final String value;

  /**
   * Creates the exception for a refused value without quoting it.
   *
   * @param parser the parser reading the value
   * @param message the rule broken, in plain words
   * @param start where the refused value starts
   * @param targetType the type that could not be built
   */
  public InvalidValueException(JsonParser parser, String message, JsonLocation start, Class<?> targetType) {
    this(parser, message, start, targetType, "");
  }

  /**
   * Creates the exception for a refused value.
   *
   * @param parser the parser reading the value
   * @param message the rule broken, in plain words
   * @param start where the refused value starts
   * @param targetType the type that could not be built
   * @param value the offending value as written, or the empty string
   * @throws NullPointerException if {@code value} is null
   */
  public InvalidValueException(
      JsonParser parser, String message, JsonLocation start, Class<?> targetType, String value) {
    super(parser, message, start);
    _targetType = targetType;
    this.value = Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the offending value as written.
   *
   * @return the value, or the empty string when the problem quotes none
   */
  public String value() {
    return value;
  }
}
