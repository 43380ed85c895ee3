package org.reformindicators.core.progress;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;
import org.reformindicators.core.internal.Validation;

/**
 * The primitive data a progress method reads, such as observations {@code 63, 39} at times {@code 0, 1}
 * with base {@code 63} at time {@code 0}, target {@code 30} at time {@code 5}, direction {@code DECREASE}.
 *
 * <p>Times are years as {@code double} (typically counted from the base year, so the base is at {@code
 * 0}); they must be finite and strictly increasing. The series normally includes the base observation
 * itself; the base value and time are still given separately because a plan may fix a baseline that the
 * methods measure from. The target (value and time) and the natural limit are optional. The arrays are
 * copied in and out, so an instance is immutable and thread-safe.
 */
public final class ProgressInput {

  private final double[] times;
  private final double[] values;
  private final double baseTime;
  private final double baseValue;
  private final boolean hasTarget;
  private final double targetTime;
  private final double targetValue;
  private final DesiredDirection direction;
  private final boolean hasNaturalLimit;
  private final double naturalLimit;
  private final boolean outlookWhenMet;

  private ProgressInput(Builder b) {
    Objects.requireNonNull(b.times, "times");
    Objects.requireNonNull(b.values, "values");
    Objects.requireNonNull(b.direction, "direction");
    this.outlookWhenMet = b.outlookWhenMet;
    if (b.times.length != b.values.length) {
      throw new IllegalArgumentException(
          "times and values must have the same length, were "
              + b.times.length
              + " and "
              + b.values.length);
    }
    for (int i = 0; i < b.times.length; i++) {
      // the field's name is built only for the message, never for a valid input (a hot path: once per clause)
      if (!Double.isFinite(b.times[i])) {
        requireFinite("times[" + i + "]", b.times[i]);
      }
      if (!Double.isFinite(b.values[i])) {
        requireFinite("values[" + i + "]", b.values[i]);
      }
      if (i > 0 && !(b.times[i] > b.times[i - 1])) {
        throw new IllegalArgumentException(
            "times must be strictly increasing, was times["
                + (i - 1)
                + "] = "
                + b.times[i - 1]
                + " then times["
                + i
                + "] = "
                + b.times[i]);
      }
    }
    if (!b.baseSet) {
      throw new IllegalArgumentException("base must be set (base(time, value))");
    }
    requireFinite("baseTime", b.baseTime);
    requireFinite("baseValue", b.baseValue);
    if (b.hasTarget) {
      requireFinite("targetTime", b.targetTime);
      requireFinite("targetValue", b.targetValue);
    }
    if (b.hasNaturalLimit) {
      requireFinite("naturalLimit", b.naturalLimit);
    }
    // The builder's arrays are its own copies, replaced and never written by it: no second copy is needed.
    this.times = b.times;
    this.values = b.values;
    this.baseTime = b.baseTime;
    this.baseValue = b.baseValue;
    this.hasTarget = b.hasTarget;
    this.targetTime = b.targetTime;
    this.targetValue = b.targetValue;
    this.direction = b.direction;
    this.hasNaturalLimit = b.hasNaturalLimit;
    this.naturalLimit = b.naturalLimit;
  }

  private static void requireFinite(String field, double value) {
    Validation.requireFinite(field, value);
  }

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the number of observations.
   *
   * @return the number of (time, value) points, possibly 0
   */
  public int size() {
    return times.length;
  }

  /**
   * Returns a copy of the observation times.
   *
   * @return the times in years, strictly increasing
   */
  public double[] times() {
    return times.clone();
  }

  /**
   * Returns a copy of the observed values.
   *
   * @return the values, aligned with {@link #times()}
   */
  public double[] values() {
    return values.clone();
  }

  /**
   * Returns the time of observation {@code i}.
   *
   * @param i the index, {@code 0 <= i < size()}
   * @return the time in years
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public double time(int i) {
    return times[i];
  }

  /**
   * Returns the value of observation {@code i}.
   *
   * @param i the index, {@code 0 <= i < size()}
   * @return the observed value
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public double value(int i) {
    return values[i];
  }

  /**
   * Returns the base time, from which rates are measured.
   *
   * @return the base time in years
   */
  public double baseTime() {
    return baseTime;
  }

  /**
   * Returns the base value.
   *
   * @return the value at the base time
   */
  public double baseValue() {
    return baseValue;
  }

  /**
   * Tells whether a quantified target is given.
   *
   * @return {@code true} when {@link #targetValue()} and {@link #targetTime()} are set
   */
  public boolean hasTarget() {
    return hasTarget;
  }

  /**
   * Returns the target time (the deadline).
   *
   * @return the target time in years
   * @throws IllegalStateException if there is no target
   */
  public double targetTime() {
    requireTarget();
    return targetTime;
  }

  /**
   * Returns the target value.
   *
   * @return the value to reach by {@link #targetTime()}
   * @throws IllegalStateException if there is no target
   */
  public double targetValue() {
    requireTarget();
    return targetValue;
  }

  private void requireTarget() {
    if (!hasTarget) {
      throw new IllegalStateException("this input has no target");
    }
  }

  /**
   * Returns the direction in which values are better.
   *
   * @return the desired direction
   */
  public DesiredDirection direction() {
    return direction;
  }

  /**
   * Returns the natural limit of the indicator (e.g. 100 for a percentage), if any.
   *
   * @return the natural limit, or empty
   */
  public OptionalDouble naturalLimit() {
    return hasNaturalLimit ? OptionalDouble.of(naturalLimit) : OptionalDouble.empty();
  }

  /**
   * Returns the time of the latest observation.
   *
   * @return the last time
   * @throws IllegalStateException if there is no observation
   */
  public double latestTime() {
    requireObservations();
    return times[times.length - 1];
  }

  /**
   * Returns the value of the latest observation.
   *
   * @return the last value
   * @throws IllegalStateException if there is no observation
   */
  public double latestValue() {
    requireObservations();
    return values[values.length - 1];
  }

  private void requireObservations() {
    if (times.length == 0) {
      throw new IllegalStateException("this input has no observation");
    }
  }

  /**
   * Tells whether the latest observation meets or beats the target.
   *
   * @return {@code true} when there is a target, an observation, and the latest value meets the target
   */
  public boolean latestMeetsTarget() {
    return hasTarget && times.length > 0 && direction.meets(latestValue(), targetValue);
  }

  /**
   * Returns whether the caller asked for the method's outlook even when the latest value already meets the
   * target ({@link Builder#outlookWhenMet()}): the method then projects the trend to the target time instead of
   * stopping at "target achieved".
   *
   * @return {@code true} if asked for the outlook of a met target
   */
  public boolean outlookWhenMet() {
    return outlookWhenMet;
  }

  /**
   * Tells whether a method stops at "target achieved": the latest value meets the target and the caller did not
   * ask for the outlook when met.
   *
   * @return {@code latestMeetsTarget() && !outlookWhenMet()}
   */
  public boolean stopsAtMetTarget() {
    return !outlookWhenMet && latestMeetsTarget();
  }

  /**
   * Returns the magnitude of the series: the largest absolute value among the base value, the observed values
   * and the target value (the natural limit is not compared with anything and is left out). {@link Tolerance}
   * scales its allowance for values in the indicator's unit by it.
   *
   * @return the magnitude, non-negative and finite; 0 when every value is 0
   */
  public double valueScale() {
    double scale = Math.abs(baseValue);
    if (hasTarget) {
      scale = Math.max(scale, Math.abs(targetValue));
    }
    for (double v : values) {
      scale = Math.max(scale, Math.abs(v));
    }
    return scale;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ProgressInput)) {
      return false;
    }
    ProgressInput other = (ProgressInput) o;
    return Arrays.equals(times, other.times)
        && Arrays.equals(values, other.values)
        && Double.compare(baseTime, other.baseTime) == 0
        && Double.compare(baseValue, other.baseValue) == 0
        && hasTarget == other.hasTarget
        && Double.compare(targetTime, other.targetTime) == 0
        && Double.compare(targetValue, other.targetValue) == 0
        && direction == other.direction
        && hasNaturalLimit == other.hasNaturalLimit
        && Double.compare(naturalLimit, other.naturalLimit) == 0
        && outlookWhenMet == other.outlookWhenMet;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        Arrays.hashCode(times),
        Arrays.hashCode(values),
        baseTime,
        baseValue,
        hasTarget,
        targetTime,
        targetValue,
        direction,
        hasNaturalLimit,
        naturalLimit,
        outlookWhenMet);
  }

  @Override
  public String toString() {
    return "ProgressInput{times="
        + Arrays.toString(times)
        + ", values="
        + Arrays.toString(values)
        + ", base="
        + baseValue
        + "@"
        + baseTime
        + (hasTarget ? ", target=" + targetValue + "@" + targetTime : ", no target")
        + ", direction="
        + direction
        + (hasNaturalLimit ? ", naturalLimit=" + naturalLimit : "")
        + (outlookWhenMet ? ", outlookWhenMet" : "")
        + "}";
  }

  /**
   * Builds a {@link ProgressInput}; validation happens in {@link #build()}. A builder is mutable and not
   * thread-safe.
   */
  public static final class Builder {
    private double[] times = new double[0];
    private double[] values = new double[0];
    private boolean baseSet;
    private double baseTime;
    private double baseValue;
    private boolean hasTarget;
    private double targetTime;
    private double targetValue;
    private DesiredDirection direction = DesiredDirection.INCREASE;
    private boolean hasNaturalLimit;
    private double naturalLimit;
    private boolean outlookWhenMet;

    private Builder() {}

    /**
     * Asks the method for its outlook to the target time even when the latest value already meets the target, as
     * for a target met early whose trend may lose it again (Eurostat and Open SDG keep such a target achieved; the
     * outlook is reported beside it).
     *
     * @return this builder
     */
    public Builder outlookWhenMet() {
      this.outlookWhenMet = true;
      return this;
    }

    /**
     * Sets the observations (copied).
     *
     * @param times the times in years, finite and strictly increasing
     * @param values the values, finite, aligned with {@code times}
     * @return this builder
     * @throws NullPointerException if an array is null
     */
    public Builder observations(double[] times, double[] values) {
      this.times = Objects.requireNonNull(times, "times").clone();
      this.values = Objects.requireNonNull(values, "values").clone();
      return this;
    }

    /**
     * Sets the base (required).
     *
     * @param time the base time in years
     * @param value the base value
     * @return this builder
     */
    public Builder base(double time, double value) {
      this.baseSet = true;
      this.baseTime = time;
      this.baseValue = value;
      return this;
    }

    /**
     * Sets the target.
     *
     * @param time the target time (deadline) in years
     * @param value the target value
     * @return this builder
     */
    public Builder target(double time, double value) {
      this.hasTarget = true;
      this.targetTime = time;
      this.targetValue = value;
      return this;
    }

    /**
     * Sets the desired direction ({@link DesiredDirection#INCREASE} unless set).
     *
     * @param direction the direction in which values are better
     * @return this builder
     * @throws NullPointerException if {@code direction} is null
     */
    public Builder direction(DesiredDirection direction) {
      this.direction = Objects.requireNonNull(direction, "direction");
      return this;
    }

    /**
     * Sets the natural limit (e.g. 100 for a percentage).
     *
     * @param limit the natural limit in the indicator's unit
     * @return this builder
     */
    public Builder naturalLimit(double limit) {
      this.hasNaturalLimit = true;
      this.naturalLimit = limit;
      return this;
    }

    /**
     * Validates and builds the input.
     *
     * @return the input
     * @throws IllegalArgumentException if the base is not set, a number is not finite, the arrays differ
     *     in length or the times are not strictly increasing
     */
    public ProgressInput build() {
      return new ProgressInput(this);
    }
  }
}
