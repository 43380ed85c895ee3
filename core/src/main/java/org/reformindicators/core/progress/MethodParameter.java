package org.reformindicators.core.progress;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;
import org.reformindicators.core.text.NumberText;

/**
 * One parameter of a progress method: its name, kind, published default and documented bounds, such as
 * Eurostat's {@code windowYears}, a {@link ParameterKind#NUMBER} with default {@code 5.0} in {@code (0, ∞)}.
 *
 * <p>The name is how documents write the parameter: a lower camel-case word ({@code [a-z][A-Za-z0-9]*}).
 * The default is of the kind and within the range. Immutable and thread-safe.
 *
 * @param name the parameter's name, e.g. {@code "significantCutoff"}
 * @param kind the kind of value it takes
 * @param defaultValue the published default
 * @param range the documented bounds of a single value
 */
public record MethodParameter(String name, ParameterKind kind, double defaultValue, ParameterRange range) implements Serializable {

  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

  /**
   * Validates the parameter.
   *
   * @param name the parameter's name
   * @param kind the kind of value
   * @param defaultValue the published default
   * @param range the documented bounds
   * @throws NullPointerException if {@code name}, {@code kind} or {@code range} is null
   * @throws IllegalArgumentException if the name is not lower camel case or the default is not a valid value
   */
  public MethodParameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(range, "range");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "parameter name must be a lower camel-case word ([a-z][A-Za-z0-9]*), was '" + name + "'");
    }
    check(name, kind, range, defaultValue);
  }

  /**
   * Returns a parameter that takes a finite real number.
   *
   * @param name the parameter's name, e.g. {@code "confidenceLevel"}
   * @param defaultValue the published default, e.g. {@code 0.95}
   * @param range the documented bounds, e.g. {@code ParameterRange.open(0, 1)}
   * @return the parameter
   * @throws NullPointerException if {@code name} or {@code range} is null
   * @throws IllegalArgumentException if the name is not lower camel case or the default is out of range
   */
  public static MethodParameter number(String name, double defaultValue, ParameterRange range) {
    return new MethodParameter(name, ParameterKind.NUMBER, defaultValue, range);
  }

  /**
   * Returns a parameter that takes a whole number.
   *
   * @param name the parameter's name, e.g. {@code "minimumObservations"}
   * @param defaultValue the published default, e.g. {@code 3}
   * @param range the documented bounds, e.g. {@code ParameterRange.atLeast(3)}
   * @return the parameter
   * @throws NullPointerException if {@code name} or {@code range} is null
   * @throws IllegalArgumentException if the name is not lower camel case or the default is out of range
   */
  public static MethodParameter integer(String name, int defaultValue, ParameterRange range) {
    return new MethodParameter(name, ParameterKind.INTEGER, defaultValue, range);
  }

  /**
   * Checks that a value is of this parameter's kind and within its range.
   *
   * @param value the value
   * @return {@code value}
   * @throws IllegalArgumentException naming the parameter, the rule and the value if the value is not finite,
   *     not whole for an {@link ParameterKind#INTEGER} parameter, or out of range
   */
  public double check(double value) {
    return check(name, kind, range, value);
  }

  private static double check(String name, ParameterKind kind, ParameterRange range, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite, was " + value);
    }
    if (!kind.admits(value)) {
      throw new IllegalArgumentException(name + " must be a whole number, was " + NumberText.machine(value));
    }
    if (!range.contains(value)) {
      throw new IllegalArgumentException(
          name + " must be in " + range + ", was " + NumberText.machine(value));
    }
    return value;
  }
}
