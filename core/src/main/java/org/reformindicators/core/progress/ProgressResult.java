package org.reformindicators.core.progress;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

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
 */
public final class ProgressResult {

  private final ProgressMethod method;
  private final ProgressCategory category;
  private final UnassessableReason reason;
  private final RateKind rateKind;
  private final Double ratio;
  private final Double actualRate;
  private final Double requiredRate;
  private final Double projection;
  private final Double projectionLower;
  private final Double projectionUpper;
  /** The names and values of the method-specific figures, in the order computed; a map only when asked for. */
  private final String[] measureNames;

  private final double[] measureValues;

  private ProgressResult(Builder b) {
    this.method = Objects.requireNonNull(b.method, "method");
    this.category = Objects.requireNonNull(b.category, "category");
    this.rateKind = Objects.requireNonNull(b.rateKind, "rateKind");
    this.measureNames = Arrays.copyOf(b.measureNames, b.measureCount);
    this.measureValues = Arrays.copyOf(b.measureValues, b.measureCount);
    for (int i = 0; i < measureValues.length; i++) {
      if (!Double.isFinite(measureValues[i])) {
        throw new IllegalArgumentException(
            "measures must be finite, " + measureNames[i] + " was " + measureValues[i]);
      }
    }
    this.reason = b.reason;
    boolean unassessable = category.outlook() == ProgressOutlook.NOT_ASSESSABLE;
    if (unassessable != (reason != null)) {
      throw new IllegalArgumentException(
          "reason must be given exactly when the category is not assessable, category was "
              + category.code()
              + " and reason "
              + reason);
    }
    this.ratio = finiteOrNull("ratio", b.ratio);
    this.actualRate = finiteOrNull("actualRate", b.actualRate);
    this.requiredRate = finiteOrNull("requiredRate", b.requiredRate);
    this.projection = finiteOrNull("projection", b.projection);
    this.projectionLower = finiteOrNull("projectionLower", b.projectionLower);
    this.projectionUpper = finiteOrNull("projectionUpper", b.projectionUpper);
    if ((projectionLower == null) != (projectionUpper == null)) {
      throw new IllegalArgumentException("projectionLower and projectionUpper must be given together");
    }
    if (projectionLower != null) {
      if (projection == null) {
        throw new IllegalArgumentException("a projection interval needs a projection");
      }
      if (!(projectionLower <= projection && projection <= projectionUpper)) {
        throw new IllegalArgumentException(
            "projection interval must contain the projection, was ["
                + projectionLower
                + ", "
                + projectionUpper
                + "] around "
                + projection);
      }
    }
  }

  private static Double finiteOrNull(String field, Double value) {
    if (value != null && !Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be finite when present, was " + value);
    }
    return value;
  }

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
    return new Builder(
        Objects.requireNonNull(method, "method"), Objects.requireNonNull(category, "category"));
  }

  /**
   * Returns the method that produced the result.
   *
   * @return the method
   */
  public ProgressMethod method() {
    return method;
  }

  /**
   * Returns the id of the method, e.g. {@code "eurostat"}.
   *
   * @return the method id, {@code method().id()}
   */
  public String methodId() {
    return method.id();
  }

  /**
   * Returns the method's parameters, in the method's order.
   *
   * @return the typed parameter values, {@code method().parameters()}
   */
  public ParameterValues parameters() {
    return method.parameters();
  }

  /**
   * Returns the method's own category.
   *
   * @return the category
   */
  public ProgressCategory category() {
    return category;
  }

  /**
   * Returns the common outlook, {@code category().outlook()}.
   *
   * @return the outlook
   */
  public ProgressOutlook outlook() {
    return category.outlook();
  }

  /**
   * Returns why the method could not assess, present exactly when the outlook is {@link
   * ProgressOutlook#NOT_ASSESSABLE}.
   *
   * @return the reason, or empty
   */
  public Optional<UnassessableReason> reason() {
    return Optional.ofNullable(reason);
  }

  /**
   * Returns how the annual rates are expressed.
   *
   * @return the rate kind
   */
  public RateKind rateKind() {
    return rateKind;
  }

  /**
   * Returns the method's ratio of actual to required progress (Eurostat's and Open SDG's R, SDSN's trend
   * ratio), sign-adjusted so that positive is good.
   *
   * @return the ratio as a fraction ({@code 0.95} is 95 %), or empty
   */
  public OptionalDouble ratio() {
    return of(ratio);
  }

  /**
   * Returns the actual annual rate, sign-adjusted so that positive is movement in the desired direction.
   *
   * @return the actual rate in {@link #rateKind()} terms, or empty
   */
  public OptionalDouble actualRate() {
    return of(actualRate);
  }

  /**
   * Returns the annual rate required to reach the target on time, sign-adjusted like {@link
   * #actualRate()}.
   *
   * @return the required rate in {@link #rateKind()} terms, or empty
   */
  public OptionalDouble requiredRate() {
    return of(requiredRate);
  }

  /**
   * Returns the value projected (forecast) at the target time.
   *
   * @return the projection, or empty when the method does not project
   */
  public OptionalDouble projection() {
    return of(projection);
  }

  /**
   * Returns the lower end of the projection's prediction interval.
   *
   * @return the lower bound, or empty when the method gives no interval
   */
  public OptionalDouble projectionLower() {
    return of(projectionLower);
  }

  /**
   * Returns the upper end of the projection's prediction interval.
   *
   * @return the upper bound, or empty when the method gives no interval
   */
  public OptionalDouble projectionUpper() {
    return of(projectionUpper);
  }

  /**
   * Returns method-specific figures (e.g. {@code "currentStatus"} and {@code "progressGap"} for ESCAP,
   * {@code "limitFactor"} for Open SDG), in the order the method computed them.
   *
   * @return an unmodifiable map of figure name to value
   */
  public Map<String, Double> measures() {
    // Built when asked for: the engine makes a result per clause and rarely reads its measures.
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < measureNames.length; i++) {
      map.put(measureNames[i], measureValues[i]);
    }
    return Collections.unmodifiableMap(map);
  }

  private static OptionalDouble of(Double value) {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
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
        && category.equals(other.category)
        && Objects.equals(reason, other.reason)
        && rateKind == other.rateKind
        && Objects.equals(ratio, other.ratio)
        && Objects.equals(actualRate, other.actualRate)
        && Objects.equals(requiredRate, other.requiredRate)
        && Objects.equals(projection, other.projection)
        && Objects.equals(projectionLower, other.projectionLower)
        && Objects.equals(projectionUpper, other.projectionUpper)
        && measures().equals(other.measures());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        methodId(),
        parameters(),
        category,
        reason,
        rateKind,
        ratio,
        actualRate,
        requiredRate,
        projection,
        projectionLower,
        projectionUpper,
        measures());
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ProgressResult{").append(methodId()).append(": ");
    s.append(category.code()).append(" -> ").append(outlook());
    if (reason != null) {
      s.append(", reason=").append(reason);
    }
    append(s, "ratio", ratio);
    append(s, "actualRate", actualRate);
    append(s, "requiredRate", requiredRate);
    append(s, "projection", projection);
    if (projectionLower != null) {
      s.append(", interval=[").append(projectionLower).append(", ").append(projectionUpper).append(']');
    }
    if (measureNames.length > 0) {
      s.append(", measures=").append(measures());
    }
    return s.append('}').toString();
  }

  private static void append(StringBuilder s, String name, Double value) {
    if (value != null) {
      s.append(", ").append(name).append('=').append(value);
    }
  }

  /**
   * Builds a {@link ProgressResult}; validation happens in {@link #build()}. Mutable and not thread-safe.
   */
  public static final class Builder {
    private final ProgressMethod method;
    private final ProgressCategory category;
    private String[] measureNames = new String[4];
    private double[] measureValues = new double[4];
    private int measureCount;
    private UnassessableReason reason;
    private RateKind rateKind = RateKind.COMPOUND;
    private Double ratio;
    private Double actualRate;
    private Double requiredRate;
    private Double projection;
    private Double projectionLower;
    private Double projectionUpper;

    private Builder(ProgressMethod method, ProgressCategory category) {
      this.method = method;
      this.category = category;
    }

    /**
     * Sets the reason the method could not assess.
     *
     * @param reason the reason
     * @return this builder
     * @throws NullPointerException if {@code reason} is null
     */
    public Builder reason(UnassessableReason reason) {
      this.reason = Objects.requireNonNull(reason, "reason");
      return this;
    }

    /**
     * Sets how the rates are expressed ({@link RateKind#COMPOUND} unless set).
     *
     * @param rateKind the rate kind
     * @return this builder
     * @throws NullPointerException if {@code rateKind} is null
     */
    public Builder rateKind(RateKind rateKind) {
      this.rateKind = Objects.requireNonNull(rateKind, "rateKind");
      return this;
    }

    /**
     * Sets the ratio of actual to required progress.
     *
     * @param ratio the ratio, finite
     * @return this builder
     */
    public Builder ratio(double ratio) {
      this.ratio = ratio;
      return this;
    }

    /**
     * Sets the actual and required annual rates.
     *
     * @param actual the sign-adjusted actual rate, finite
     * @param required the sign-adjusted required rate, finite
     * @return this builder
     */
    public Builder rates(double actual, double required) {
      this.actualRate = actual;
      this.requiredRate = required;
      return this;
    }

    /**
     * Sets the actual annual rate only (methods without a target).
     *
     * @param actual the sign-adjusted actual rate, finite
     * @return this builder
     */
    public Builder actualRate(double actual) {
      this.actualRate = actual;
      return this;
    }

    /**
     * Sets the projection at the target time, without an interval.
     *
     * @param value the projected value, finite
     * @return this builder
     */
    public Builder projection(double value) {
      this.projection = value;
      return this;
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
      this.projection = value;
      this.projectionLower = lower;
      this.projectionUpper = upper;
      return this;
    }

    /**
     * Adds a method-specific figure.
     *
     * @param name the figure's name, e.g. {@code "currentStatus"}
     * @param value the figure, finite
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder measure(String name, double value) {
      Objects.requireNonNull(name, "name");
      for (int i = 0; i < measureCount; i++) {
        if (measureNames[i].equals(name)) {
          // a figure set again keeps its place, as in a map
          measureValues[i] = value;
          return this;
        }
      }
      if (measureCount == measureNames.length) {
        measureNames = Arrays.copyOf(measureNames, measureCount * 2);
        measureValues = Arrays.copyOf(measureValues, measureCount * 2);
      }
      measureNames[measureCount] = name;
      measureValues[measureCount] = value;
      measureCount++;
      return this;
    }

    /**
     * Validates and builds the result.
     *
     * @return the result
     * @throws IllegalArgumentException if a figure is not finite, a reason is missing or superfluous, or
     *     the projection interval does not contain the projection
     */
    public ProgressResult build() {
      return new ProgressResult(this);
    }
  }
}
