package org.reformindicators.core.progress;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * What one progress method concluded about one series, such as Eurostat's "moderate progress" with ratio
 * {@code 0.80}, actual rate {@code 0.04} and required rate {@code 0.05} a year.
 *
 * <p>Carries the method with its id and parameters (so a report can be reproduced), the method's own {@link
 * ProgressCategory} and the {@link ProgressOutlook} it maps to, the figures the method computed (ratio,
 * actual and required annual rates, a projection to the target time with its interval) and, when the
 * method could not assess, the {@link UnassessableReason}. Absent figures are empty optionals; a present
 * figure is always finite (never {@code NaN}), which the constructor enforces. Method-specific figures
 * (e.g. ESCAP's current status) are in {@link #measures()}. Two results are equal when their methods have the
 * same id and parameters and every other part is equal. Immutable and thread-safe.
 *
 * <p>Build with {@link #builder(ProgressMethod, ProgressCategory)}. An Immutables value type: the
 * method-specific figures are held as two arrays in an internal holder, and {@link #measures()} is a map built
 * from them when asked for, so that the engine, which makes a result per clause and rarely reads its measures,
 * copies no map.
 */
@Value.Immutable
public abstract class ProgressResult {

  ProgressResult() {}

  /**
   * Starts a builder for a result of the given method and category.
   *
   * @param method the method that produced the result, e.g. one read back from a report through a {@link
   *     ProgressMethodRegistry}
   * @param category the method's category
   * @return a new builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(ProgressMethod method, ProgressCategory category) {
    return new Builder().method(method).category(category);
  }

  /**
   * Returns the method that produced the result.
   *
   * @return the method
   */
  public abstract ProgressMethod method();

  /**
   * Returns the method's own category.
   *
   * @return the category
   */
  public abstract ProgressCategory category();

  /**
   * Returns why the method could not assess, present exactly when the outlook is {@link
   * ProgressOutlook#NOT_ASSESSABLE}.
   *
   * @return the reason, or empty
   */
  public abstract Optional<UnassessableReason> reason();

  /**
   * Returns how the annual rates are expressed ({@link RateKind#COMPOUND} unless set).
   *
   * @return the rate kind
   */
  public abstract RateKind rateKind();

  /**
   * Returns the method's ratio of actual to required progress (Eurostat's and Open SDG's R, SDSN's trend
   * ratio), sign-adjusted so that positive is good.
   *
   * @return the ratio as a fraction ({@code 0.95} is 95 %), or empty
   */
  public abstract OptionalDouble ratio();

  /**
   * Returns the actual annual rate, sign-adjusted so that positive is movement in the desired direction.
   *
   * @return the actual rate in {@link #rateKind()} terms, or empty
   */
  public abstract OptionalDouble actualRate();

  /**
   * Returns the annual rate required to reach the target on time, sign-adjusted like {@link
   * #actualRate()}.
   *
   * @return the required rate in {@link #rateKind()} terms, or empty
   */
  public abstract OptionalDouble requiredRate();

  /**
   * Returns the value projected (forecast) at the target time.
   *
   * @return the projection, or empty when the method does not project
   */
  public abstract OptionalDouble projection();

  /**
   * Returns the lower end of the projection's prediction interval.
   *
   * @return the lower bound, or empty when the method gives no interval
   */
  public abstract OptionalDouble projectionLower();

  /**
   * Returns the upper end of the projection's prediction interval.
   *
   * @return the upper bound, or empty when the method gives no interval
   */
  public abstract OptionalDouble projectionUpper();

  /**
   * Returns the method-specific figures as two arrays, in the order computed (set by {@link Builder#measure}).
   *
   * @return the figures
   */
  abstract Measures measureArrays();

  /**
   * Returns method-specific figures (e.g. {@code "currentStatus"} and {@code "progressGap"} for ESCAP,
   * {@code "limitFactor"} for Open SDG), in the order the method computed them.
   *
   * @return an unmodifiable map of figure name to value
   */
  public Map<String, Double> measures() {
    // Built when asked for, not kept: the engine makes a result per clause and rarely reads its measures, and a
    // cached map (@Value.Lazy) would add two fields to every result.
    Measures m = measureArrays();
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < m.count; i++) {
      map.put(m.names[i], m.values[i]);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the id of the method, e.g. {@code "eurostat"}.
   *
   * @return the method id, {@code method().id()}
   */
  public String methodId() {
    return method().id();
  }

  /**
   * Returns the method's parameters, in the method's order.
   *
   * @return the typed parameter values, {@code method().parameters()}
   */
  public ParameterValues parameters() {
    return method().parameters();
  }

  /**
   * Returns the common outlook, {@code category().outlook()}.
   *
   * @return the outlook
   */
  public ProgressOutlook outlook() {
    return category().outlook();
  }

  /**
   * Checks the rules of the class description.
   *
   * @throws IllegalArgumentException if a figure is not finite, a reason is missing or superfluous, or the
   *     projection interval does not contain the projection
   */
  @Value.Check
  void check() {
    Measures m = measureArrays();
    for (int i = 0; i < m.count; i++) {
      if (!Double.isFinite(m.values[i])) {
        throw new IllegalArgumentException("measures must be finite, " + m.names[i] + " was " + m.values[i]);
      }
    }
    boolean unassessable = category().outlook() == ProgressOutlook.NOT_ASSESSABLE;
    if (unassessable != reason().isPresent()) {
      throw new IllegalArgumentException(
          "reason must be given exactly when the category is not assessable, category was "
              + category().code()
              + " and reason "
              + reason().orElse(null));
    }
    requireFinite("ratio", ratio());
    requireFinite("actualRate", actualRate());
    requireFinite("requiredRate", requiredRate());
    // each optional read once: the generated accessor makes a new OptionalDouble at every read (one result per clause)
    OptionalDouble projection = projection();
    OptionalDouble lower = projectionLower();
    OptionalDouble upper = projectionUpper();
    requireFinite("projection", projection);
    requireFinite("projectionLower", lower);
    requireFinite("projectionUpper", upper);
    if (lower.isPresent() != upper.isPresent()) {
      throw new IllegalArgumentException("projectionLower and projectionUpper must be given together");
    }
    if (lower.isPresent()) {
      if (projection.isEmpty()) {
        throw new IllegalArgumentException("a projection interval needs a projection");
      }
      double low = lower.getAsDouble();
      double value = projection.getAsDouble();
      double high = upper.getAsDouble();
      if (!(low <= value && value <= high)) {
        throw new IllegalArgumentException(
            "projection interval must contain the projection, was [" + low + ", " + high + "] around " + value);
      }
    }
  }

  private static void requireFinite(String field, OptionalDouble value) {
    if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
      throw new IllegalArgumentException(field + " must be finite when present, was " + value.getAsDouble());
    }
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ProgressResult)) {
      return false;
    }
    ProgressResult other = (ProgressResult) o;
    return methodId().equals(other.methodId())
        && parameters().equals(other.parameters())
        && category().equals(other.category())
        && reason().equals(other.reason())
        && rateKind() == other.rateKind()
        && ratio().equals(other.ratio())
        && actualRate().equals(other.actualRate())
        && requiredRate().equals(other.requiredRate())
        && projection().equals(other.projection())
        && projectionLower().equals(other.projectionLower())
        && projectionUpper().equals(other.projectionUpper())
        && measures().equals(other.measures());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        methodId(),
        parameters(),
        category(),
        reason(),
        rateKind(),
        ratio(),
        actualRate(),
        requiredRate(),
        projection(),
        projectionLower(),
        projectionUpper(),
        measures());
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ProgressResult{").append(methodId()).append(": ");
    s.append(category().code()).append(" -> ").append(outlook());
    reason().ifPresent(r -> s.append(", reason=").append(r));
    append(s, "ratio", ratio());
    append(s, "actualRate", actualRate());
    append(s, "requiredRate", requiredRate());
    append(s, "projection", projection());
    if (projectionLower().isPresent()) {
      s.append(", interval=[")
          .append(projectionLower().getAsDouble())
          .append(", ")
          .append(projectionUpper().getAsDouble())
          .append(']');
    }
    if (measureArrays().count > 0) {
      s.append(", measures=").append(measures());
    }
    return s.append('}').toString();
  }

  private static void append(StringBuilder s, String name, OptionalDouble value) {
    if (value.isPresent()) {
      s.append(", ").append(name).append('=').append(value.getAsDouble());
    }
  }

  /**
   * The names and values of the method-specific figures, in the order computed: the first {@code count} entries of
   * two arrays. A builder fills one while figures are added and hands it to the result it builds as it is, without
   * a copy; from then on no one writes it (a later figure on the same builder goes to a copy).
   */
  static final class Measures {
    private static final Measures EMPTY = new Measures(new String[0], new double[0], 0);

    private String[] names;
    private double[] values;
    private int count;

    private Measures(String[] names, double[] values, int count) {
      this.names = names;
      this.values = values;
      this.count = count;
    }

    private Measures copy() {
      return new Measures(names.clone(), values.clone(), count);
    }

    private void put(String name, double value) {
      for (int i = 0; i < count; i++) {
        if (names[i].equals(name)) {
          // a figure set again keeps its place, as in a map
          values[i] = value;
          return;
        }
      }
      if (count == names.length) {
        names = Arrays.copyOf(names, count * 2);
        values = Arrays.copyOf(values, count * 2);
      }
      names[count] = name;
      values[count] = value;
      count++;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Measures)) {
        return false;
      }
      Measures other = (Measures) o;
      return Arrays.equals(names, 0, count, other.names, 0, other.count)
          && Arrays.equals(values, 0, count, other.values, 0, other.count);
    }

    @Override
    public int hashCode() {
      int h = 1;
      for (int i = 0; i < count; i++) {
        h = 31 * (31 * h + names[i].hashCode()) + Double.hashCode(values[i]);
      }
      return h;
    }

    @Override
    public String toString() {
      return Arrays.toString(Arrays.copyOf(names, count)) + "=" + Arrays.toString(Arrays.copyOf(values, count));
    }
  }

  /**
   * Builds a {@link ProgressResult}: the generated setters ({@code reason}, {@code rateKind}, {@code ratio},
   * {@code actualRate}, {@code projection}, {@code from}, …) and the conveniences below, which set a pair or a
   * triple at once or add a figure; validation happens in {@link #build()}. The rate kind is {@link
   * RateKind#COMPOUND} unless set. Mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableProgressResult.Builder {
    // The figures added so far, made at the first one; once handed to a built result they are shared, and a later
    // figure goes to a copy.
    private Measures measures;
    private boolean measuresShared;

    Builder() {
      rateKind(RateKind.COMPOUND);
    }

    /**
     * Sets the actual and required annual rates.
     *
     * @param actual the sign-adjusted actual rate, finite
     * @param required the sign-adjusted required rate, finite
     * @return this builder
     */
    public Builder rates(double actual, double required) {
      return actualRate(actual).requiredRate(required);
    }

    /**
     * Sets the projection at the target time with its prediction interval.
     *
     * @param value the projected value, finite
     * @param lower the lower bound of the interval
     * @param upper the upper bound of the interval
     * @return this builder
     */
    public Builder projection(double value, double lower, double upper) {
      return projection(value).projectionLower(lower).projectionUpper(upper);
    }

    /**
     * Adds a method-specific figure; a figure set again keeps its place, as in a map.
     *
     * @param name the figure's name, e.g. {@code "currentStatus"}
     * @param value the figure, finite
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder measure(String name, double value) {
      Objects.requireNonNull(name, "name");
      if (measures == null) {
        measures = new Measures(new String[4], new double[4], 0);
      } else if (measuresShared) {
        measures = measures.copy();
        measuresShared = false;
      }
      measures.put(name, value);
      return this;
    }

    /**
     * Validates and builds the result. The figures added with {@link #measure} replace those copied by {@code
     * from}, if any were added.
     *
     * @return the result
     * @throws IllegalArgumentException if a figure is not finite, a reason is missing or superfluous, or
     *     the projection interval does not contain the projection
     */
    @Override
    public ProgressResult build() {
      if (measures != null) {
        measureArrays(measures);
        measuresShared = true;
      } else if (!measureArraysIsSet()) {
        measureArrays(Measures.EMPTY);
      }
      return super.build();
    }
  }
}
