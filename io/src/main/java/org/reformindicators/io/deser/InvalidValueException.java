package org.reformindicators.io.deser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Thrown when a value is well-formed JSON or YAML but core refuses it, such as an indicator with {@code
 * "decimals": 12} ("decimals of PCI must be within 0..10, was 12").
 *
 * <p>The location is where the refused value starts (not where the parser stopped), and the JSON path is
 * filled in as the exception travels up through the enclosing deserializers. The message is core's own
 * message, which names the field, the value and the rule. Not thread-safe, like every exception.
 */
public final class InvalidValueException extends MismatchedInputException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param parser the parser reading the value
   * @param message the rule broken, as core stated it
   * @param start where the refused value starts
   * @param targetType the type that could not be built
   */
  public InvalidValueException(JsonParser parser, String message, JsonLocation start, Class<?> targetType) {
    super(parser, message, start);
    _targetType = targetType;
  }
}
