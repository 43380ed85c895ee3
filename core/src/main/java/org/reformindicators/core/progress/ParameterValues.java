package org.reformindicators.core.progress;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The values of a progress method's parameters, one per {@link MethodParameter} in the method's order, such
 * as {@code {significantCutoff=0.95, moderateCutoff=0.6, awayCutoff=0.0, noTargetRate=0.01,
 * windowYears=5.0}} for {@link EurostatMethod#defaults()}.
 *
 * <p>Every value is checked against its parameter's kind and range when it is set; rules that tie several
 * parameters together are the method's (its factory checks them). Values are read by parameter ({@link
 * #number(MethodParameter)}, {@link #integer(MethodParameter)}) or by name, never by position. Two values
 * objects are equal when they have the same parameters and the same values. {@link #toString()} prints
 * {@link #asMap()}. Immutable and thread-safe.
 */
public final class ParameterValues implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<MethodParameter> parameters;
  private final double[] values;

  private ParameterValues(List<MethodParameter> parameters, double[] values) {
    this.parameters = parameters;
    this.values = values;
  }

  /**
   * Returns every parameter at its published default.
   *
   * @param parameters the method's parameters, in its stable order, with distinct names
   * @return the default values
   * @throws NullPointerException if the list or a parameter is null
   * @throws IllegalArgumentException if two parameters have the same name
   */
  public static ParameterValues defaults(List<MethodParameter> parameters) {
    List<MethodParameter> copy = List.copyOf(parameters);
    Set<String> names = new HashSet<>();
    double[] values = new double[copy.size()];
    for (int i = 0; i < values.length; i++) {
      MethodParameter p = copy.get(i);
      if (!names.add(p.name())) {
        throw new IllegalArgumentException("parameter names must be distinct, " + p.name() + " appears twice");
      }
      values[i] = p.defaultValue();
    }
    return new ParameterValues(copy, values);
  }

  /**
   * Returns the parameters with the given values, every parameter given by name exactly once, such as a
   * reader finds them in a document; the order of the map does not matter.
   *
   * @param parameters the method's parameters, in its stable order, with distinct names
   * @param values a value for each parameter, by name
   * @return the values
   * @throws NullPointerException if an argument or a parameter is null
   * @throws IllegalArgumentException if a name is not a parameter, a parameter is missing or has no value, or
   *     a value is not of its parameter's kind or out of its range
   */
  public static ParameterValues of(List<MethodParameter> parameters, Map<String, ? extends Number> values) {
    Objects.requireNonNull(values, "values");
    ParameterValues result = defaults(parameters);
    for (String name : values.keySet()) {
      if (result.indexOf(name) < 0) {
        throw new IllegalArgumentException(
            "parameters must be " + result.names() + ", '" + name + "' is not one of them");
      }
    }
    double[] given = new double[result.values.length];
    for (int i = 0; i < given.length; i++) {
      MethodParameter p = result.parameters.get(i);
      if (!values.containsKey(p.name())) {
        throw new IllegalArgumentException(
            "parameters must be " + result.names() + ", " + p.name() + " is missing");
      }
      Number value = values.get(p.name());
      if (value == null) {
        throw new IllegalArgumentException(p.name() + " must be a number, was null");
      }
      given[i] = p.check(value.doubleValue());
    }
    return new ParameterValues(result.parameters, given);
  }

  /**
   * Returns the parameters, in the method's stable order.
   *
   * @return an unmodifiable list
   */
  public List<MethodParameter> parameters() {
    return parameters;
  }

  /**
   * Returns the value of a parameter as a number (an {@link ParameterKind#INTEGER} one as well).
   *
   * @param parameter the parameter
   * @return its value
   * @throws NullPointerException if {@code parameter} is null
   * @throws IllegalArgumentException if it is not one of these parameters
   */
  public double number(MethodParameter parameter) {
    return values[indexOf(parameter)];
  }

  /**
   * Returns the value of a parameter by name as a number.
   *
   * @param name the parameter's name, e.g. {@code "windowYears"}
   * @return its value
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if no parameter has that name
   */
  public double number(String name) {
    return values[requireIndex(name)];
  }

  /**
   * Returns the value of an {@link ParameterKind#INTEGER} parameter.
   *
   * @param parameter the parameter
   * @return its value
   * @throws NullPointerException if {@code parameter} is null
   * @throws IllegalArgumentException if it is not one of these parameters or not of kind {@code INTEGER}
   */
  public int integer(MethodParameter parameter) {
    return integerAt(indexOf(parameter));
  }

  /**
   * Returns the value of an {@link ParameterKind#INTEGER} parameter by name.
   *
   * @param name the parameter's name, e.g. {@code "minimumObservations"}
   * @return its value
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if no parameter has that name or it is not of kind {@code INTEGER}
   */
  public int integer(String name) {
    return integerAt(requireIndex(name));
  }

  /**
   * Returns these values with one parameter set.
   *
   * @param parameter the parameter
   * @param value its new value
   * @return a copy with the value
   * @throws NullPointerException if {@code parameter} is null
   * @throws IllegalArgumentException if it is not one of these parameters, or the value is not of its kind
   *     or out of its range
   */
  public ParameterValues with(MethodParameter parameter, double value) {
    return withAt(indexOf(parameter), value);
  }

  /**
   * Returns these values with one parameter, named, set.
   *
   * @param name the parameter's name
   * @param value its new value
   * @return a copy with the value
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if no parameter has that name, or the value is not of its kind or out of
   *     its range
   */
  public ParameterValues with(String name, double value) {
    return withAt(requireIndex(name), value);
  }

  /**
   * Returns the values by name in the method's order, each boxed as its kind writes it: a {@link Double} for
   * {@link ParameterKind#NUMBER}, an {@link Integer} for {@link ParameterKind#INTEGER}.
   *
   * @return an unmodifiable map of parameter name to value
   */
  public Map<String, Number> asMap() {
    Map<String, Number> map = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      MethodParameter p = parameters.get(i);
      map.put(p.name(), p.kind().box(values[i]));
    }
    return Collections.unmodifiableMap(map);
  }

  private ParameterValues withAt(int index, double value) {
    double[] copy = values.clone();
    copy[index] = parameters.get(index).check(value);
    return new ParameterValues(parameters, copy);
  }

  private int integerAt(int index) {
    MethodParameter p = parameters.get(index);
    if (p.kind() != ParameterKind.INTEGER) {
      throw new IllegalArgumentException(p.name() + " is a parameter of kind " + p.kind() + ", not INTEGER");
    }
    return (int) values[index];
  }

  private int indexOf(MethodParameter parameter) {
    Objects.requireNonNull(parameter, "parameter");
    int index = indexOf(parameter.name());
    if (index < 0 || !parameters.get(index).equals(parameter)) {
      throw new IllegalArgumentException(
          "parameter must be one of " + names() + ", was " + parameter);
    }
    return index;
  }

  private int requireIndex(String name) {
    int index = indexOf(Objects.requireNonNull(name, "name"));
    if (index < 0) {
      throw new IllegalArgumentException("parameter must be one of " + names() + ", was '" + name + "'");
    }
    return index;
  }

  private int indexOf(String name) {
    for (int i = 0; i < parameters.size(); i++) {
      if (parameters.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private List<String> names() {
    List<String> names = new ArrayList<>();
    parameters.forEach(p -> names.add(p.name()));
    return names;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParameterValues other
        && parameters.equals(other.parameters)
        && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return 31 * parameters.hashCode() + Arrays.hashCode(values);
  }

  /**
   * Returns the values as {@code {name=value, …}}, e.g. {@code {confidenceLevel=0.95, minimumObservations=3}}.
   *
   * @return the values in the method's order
   */
  @Override
  public String toString() {
    return asMap().toString();
  }
}
