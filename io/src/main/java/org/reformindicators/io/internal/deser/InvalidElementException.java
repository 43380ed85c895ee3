package org.reformindicators.io.internal.deser;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.List;
import java.util.Objects;

/**
 * A refusal of one part of a plain form, found only when the whole value is built, located at that part,
 * such as the target at {@code targets/4} (line 31, column 5) of a plan whose percentage target value 160
 * lies outside 0..100; the {@link CoreValueDeserializer} reports it at that part instead of at the start of
 * the whole value.
 *
 * <p>Not thread-safe, like every exception.
 */
public final class InvalidElementException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The path from the form to the part: property names ({@link String}) and list indexes ({@link Integer}). */
  private final transient List<Object> path;

  /** Where the part starts in the file. */
  private final transient JsonLocation start;

  /**
   * Creates the exception.
   *
   * @param path the path from the form to the refused part, each step a property name ({@link String}) or a
   *     list index ({@link Integer}), e.g. {@code ["targets", 4]}
   * @param start where the refused part starts in the file
   * @param message the rule broken, as core stated it
   * @throws NullPointerException if an argument or a step is null
   * @throws IllegalArgumentException if the path is empty or a step is neither a name nor an index
   */
  public InvalidElementException(List<Object> path, JsonLocation start, String message) {
    super(message);
    this.path = List.copyOf(Objects.requireNonNull(path, "path"));
    this.start = Objects.requireNonNull(start, "start");
    if (this.path.isEmpty()) {
      throw new IllegalArgumentException("path must name at least one step, was empty");
    }
    for (Object step : this.path) {
      if (!(step instanceof String) && !(step instanceof Integer)) {
        throw new IllegalArgumentException(
            "path steps must be property names (String) or list indexes (Integer), was " + step.getClass().getName());
      }
    }
  }

  /**
   * Returns the path from the form to the refused part.
   *
   * @return property names ({@link String}) and list indexes ({@link Integer}), never empty
   */
  public List<Object> path() {
    return path;
  }

  /**
   * Returns where the refused part starts in the file.
   *
   * @return the location
   */
  public JsonLocation start() {
    return start;
  }
}
