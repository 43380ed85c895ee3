package org.reformindicators.core.progress;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.reformindicators.core.indicator.MeasureKind;

/**
 * What a registry knows of one progress method, such as {@link EurostatMethod#descriptor()}: its id, its
 * typed parameters with their published defaults and bounds, its own categories, and how to create the
 * method from parameter values.
 *
 * <p>An application registers its own method by giving a descriptor to {@link
 * ProgressMethodRegistry#with(ProgressMethodDescriptor)}; a document that names the method by id is then
 * read back through {@link #create(Map)} and {@link #category(String)}. The id is a lower-case word or
 * words joined by hyphens ({@code [a-z][a-z0-9]*(-[a-z0-9]+)*}, e.g. {@code open-sdg}). Contract for the
 * factory: given valid values it returns a method whose {@link ProgressMethod#id()} is this id and whose
 * {@link ProgressMethod#parameters()} equal the values (which {@link #create(ParameterValues)} checks), and
 * it throws {@link IllegalArgumentException} for values its own rules refuse. Descriptors are equal only to
 * themselves. Immutable and thread-safe when the factory is.
 */
public final class ProgressMethodDescriptor {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final String id;
  private final List<MethodParameter> parameters;
  private final List<ProgressCategory> categories;
  private final ParameterValues defaultValues;
  private final Function<? super ParameterValues, ? extends ProgressMethod> factory;
  private final RateKind rateKind;

  private ProgressMethodDescriptor(
      String id,
      List<MethodParameter> parameters,
      List<? extends ProgressCategory> categories,
      RateKind rateKind,
      Function<? super ParameterValues, ? extends ProgressMethod> factory) {
    this.id = Objects.requireNonNull(id, "id");
    this.rateKind = Objects.requireNonNull(rateKind, "rateKind");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "progress method id must be lower-case words joined by hyphens ([a-z][a-z0-9]*(-[a-z0-9]+)*), was '"
              + id + "'");
    }
    this.defaultValues = ParameterValues.defaults(parameters);
    this.parameters = defaultValues.parameters();
    this.categories = List.copyOf(categories);
    if (this.categories.isEmpty()) {
      throw new IllegalArgumentException("progress method " + id + " must have at least one category");
    }
    Set<String> codes = new HashSet<>();
    for (ProgressCategory c : this.categories) {
      if (!codes.add(c.code())) {
        throw new IllegalArgumentException(
            "category codes of progress method " + id + " must be distinct, " + c.code() + " appears twice");
      }
    }
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  /**
   * Describes a progress method whose rates are linear ({@link RateKind#LINEAR}), so that it fits every measured
   * kind.
   *
   * @param id the method's id, e.g. {@code "fixed-ratio"}
   * @param parameters its parameters in its stable order, with distinct names (may be empty)
   * @param categories its own categories, with distinct codes, e.g. {@code List.of(MyCategory.values())}
   * @param factory creates the method from parameter values, e.g. {@code v -> new MyMethod(v.number(RATIO))}
   * @return the descriptor
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if the id is malformed, parameter names or category codes repeat, or
   *     there is no category
   */
  public static ProgressMethodDescriptor of(
      String id,
      List<MethodParameter> parameters,
      List<? extends ProgressCategory> categories,
      Function<? super ParameterValues, ? extends ProgressMethod> factory) {
    return new ProgressMethodDescriptor(id, parameters, categories, RateKind.LINEAR, factory);
  }

  /**
   * Returns a descriptor of a method whose rates are of the given kind, such as {@link RateKind#COMPOUND} for
   * Eurostat's compound annual growth rate.
   *
   * @param id the method id, lower-case words joined by hyphens
   * @param parameters the parameters, names unique
   * @param categories the categories, codes unique, at least one
   * @param rateKind the kind of rate the method computes, which decides the measures it {@linkplain
   *     #fits(MeasureKind) fits}
   * @param factory makes the method from checked parameter values
   * @return the descriptor
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id, the parameters or the categories are invalid
   */
  public static ProgressMethodDescriptor of(
      String id,
      List<MethodParameter> parameters,
      List<? extends ProgressCategory> categories,
      RateKind rateKind,
      Function<? super ParameterValues, ? extends ProgressMethod> factory) {
    return new ProgressMethodDescriptor(id, parameters, categories, rateKind, factory);
  }

  /**
   * Returns the kind of rate the method computes: {@link RateKind#LINEAR} unless the descriptor says otherwise.
   *
   * @return the rate kind
   */
  public RateKind rateKind() {
    return rateKind;
  }

  /**
   * Returns whether the method has a meaning for a measure of the given kind: a method of linear rates fits every
   * measured kind; one of compound rates (a growth rate {@code (x_t / x_0)^(1/t) − 1}, Eurostat 2023, §3.2) only
   * a kind on a {@linkplain MeasureKind#isRatioScale() ratio scale}, so not a rank or a completion.
   *
   * @param kind the kind of the clause's measure
   * @return {@code true} if the method fits
   * @throws NullPointerException if {@code kind} is null
   */
  public boolean fits(MeasureKind kind) {
    Objects.requireNonNull(kind, "kind");
    return kind != MeasureKind.QUALITATIVE && (rateKind == RateKind.LINEAR || kind.isRatioScale());
  }

  /**
   * Returns the method's id, e.g. {@code "eurostat"}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the method's parameters with their kinds, defaults and bounds, in the method's stable order.
   *
   * @return an unmodifiable list
   */
  public List<MethodParameter> parameters() {
    return parameters;
  }

  /**
   * Returns the method's own categories, in the order of the method's documentation.
   *
   * @return an unmodifiable list
   */
  public List<ProgressCategory> categories() {
    return categories;
  }

  /**
   * Returns every parameter at its published default.
   *
   * @return the default values
   */
  public ParameterValues defaultValues() {
    return defaultValues;
  }

  /**
   * Returns the method with its published defaults.
   *
   * @return the method
   * @throws IllegalStateException if the factory breaks its contract
   */
  public ProgressMethod defaults() {
    return create(defaultValues);
  }

  /**
   * Creates the method from parameter values.
   *
   * @param values values of exactly this method's parameters
   * @return the method
   * @throws NullPointerException if {@code values} is null
   * @throws IllegalArgumentException if the values are of other parameters or the method's rules refuse them
   * @throws IllegalStateException if the factory breaks its contract
   */
  public ProgressMethod create(ParameterValues values) {
    Objects.requireNonNull(values, "values");
    if (!values.parameters().equals(parameters)) {
      throw new IllegalArgumentException(
          "progress method " + id + " takes the parameters " + parameters + ", was given " + values.parameters());
    }
    ProgressMethod method = factory.apply(values);
    if (method == null || !id.equals(method.id()) || !values.equals(method.parameters())) {
      throw new IllegalStateException(
          "the factory of progress method " + id + " must return a method with id " + id + " and parameters "
              + values + ", returned " + (method == null ? "null" : method.id() + " " + method.parameters()));
    }
    return method;
  }

  /**
   * Creates the method from values given by name, as a reader finds them in a document.
   *
   * @param values a value for each of the method's parameters, by name, in any order
   * @return the method
   * @throws NullPointerException if {@code values} is null
   * @throws IllegalArgumentException if a name is unknown, a parameter is missing, a value is not of its
   *     parameter's kind or out of its range, or the method's rules refuse the values
   * @throws IllegalStateException if the factory breaks its contract
   */
  public ProgressMethod create(Map<String, ? extends Number> values) {
    return create(ParameterValues.of(parameters, values));
  }

  /**
   * Returns the method's category with a code, e.g. {@code "MODERATE_PROGRESS"}, so a recorded result can be
   * read back.
   *
   * @param code the category's {@link ProgressCategory#code()}
   * @return the category
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if no category of this method has the code
   */
  public ProgressCategory category(String code) {
    Objects.requireNonNull(code, "code");
    List<String> codes = new ArrayList<>();
    for (ProgressCategory c : categories) {
      if (c.code().equals(code)) {
        return c;
      }
      codes.add(c.code());
    }
    throw new IllegalArgumentException(
        "category of progress method " + id + " must be one of " + codes + ", was '" + code + "'");
  }

  /**
   * Returns the id and the parameters with their defaults, e.g. {@code sdsn[onTrackRatio=1.0, …]}.
   *
   * @return a description for logs
   */
  @Override
  public String toString() {
    return id + defaultValues.asMap().toString().replace('{', '[').replace('}', ']');
  }
}
