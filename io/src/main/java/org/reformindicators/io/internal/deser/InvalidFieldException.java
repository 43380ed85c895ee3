package org.reformindicators.io.internal.deser;

import java.util.Objects;

/**
 * A refusal of one property of a plain form, such as {@code formatVersion} 2 in a version-1 reader; the
 * {@link CoreValueDeserializer} adds the property to the JSON path of the resulting exception.
 *
 * <p>Not thread-safe, like every exception.
 */
public final class InvalidFieldException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The property refused. */
  private final String field;

  /**
   * Creates the exception.
   *
   * @param field the property refused
   * @param message the rule broken
   * @throws NullPointerException if {@code field} is null
   */
  public InvalidFieldException(String field, String message) {
    super(message);
    this.field = Objects.requireNonNull(field, "field");
  }

  /**
   * Returns the property refused.
   *
   * @return the property name
   */
  public String field() {
    return field;
  }
}
