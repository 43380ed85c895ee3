package org.reformindicators.core.progress;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;
import org.immutables.value.Value;
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
 *
 * <p>Build with {@link #builder()}: {@code ProgressInput.builder().observations(times, values).base(0,
 * 63).target(5, 30).direction(DesiredDirection.DECREASE).build()}. An Immutables value type: the observations
 * are held in one internal holder of two arrays, read in place by {@link #time(int)} and {@link #value(int)}, so
 * that a method's pass over the series copies nothing (a hot path: one input per clause).
 */
@Value.Immutable
public abstract class ProgressInput {

  ProgressInput() {}

  /**
   * Starts a builder, with no observation, direction {@link DesiredDirection#INCREASE} and no outlook when met.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the observations, held as arrays that this input never hands out (the builder copied them in).
   *
   * @return the observations
   */
  abstract Series series();

  /**
   * Returns the base time, from which rates are measured.
   *
   * @return the base time in years
   */
  public abstract double baseTime();

  /**
   * Returns the base value.
   *
   * @return the value at the base time
   */
  public abstract double baseValue();

  /**
   * Returns the target, held as primitives read in place on the hot path (an optional attribute would be allocated
   * at every read).
   *
   * @return the target, or {@link Goal#NONE}
   */
  abstract Goal goal();

  /**
   * Returns the natural limit, held as a primitive.
   *
   * @return the natural limit, or {@link Limit#NONE}
   */
  abstract Limit limit();

  /**
   * Tells whether a quantified target is given.
   *
   * @return {@code true} when {@link #targetValue()} and {@link #targetTime()} are set
   */
  public boolean hasTarget() {
    return goal().present;
  }

  /**
   * Returns the direction in which values are better.
   *
   * @return the desired direction
   */
  public abstract DesiredDirection direction();

  private boolean hasNaturalLimit() {
    return limit().present;
  }

  private double rawTargetTime() {
    return goal().time;
  }

  private double rawTargetValue() {
    return goal().value;
  }

  private double rawNaturalLimit() {
    return limit().value;
  }

  /**
   * Returns whether the caller asked for the method's outlook even when the latest value already meets the
   * target ({@link Builder#outlookWhenMet()}): the method then projects the trend to the target time instead of
   * stopping at "target achieved".
   *
   * @return {@code true} if asked for the outlook of a met target
   */
  public abstract boolean outlookWhenMet();

  /**
   * Checks the rules of the class description.
   *
   * @throws IllegalArgumentException if a number is not finite, the arrays differ in length, the times are not
   *     strictly increasing
   */
  @Value.Check
  void check() {
    double[] times = series().times;
    double[] values = series().values;
    if (times.length != values.length) {
      throw new IllegalArgumentException(
          "times and values must have the same length, were " + times.length + " and " + values.length);
    }
    for (int i = 0; i < times.length; i++) {
      // the field's name is built only for the message, never for a valid input (a hot path: once per clause)
      if (!Double.isFinite(times[i])) {
        Validation.requireFinite("times[" + i + "]", times[i]);
      }
      if (!Double.isFinite(values[i])) {
        Validation.requireFinite("values[" + i + "]", values[i]);
      }
      if (i > 0 && !(times[i] > times[i - 1])) {
        throw new IllegalArgumentException(
            "times must be strictly increasing, was times["
                + (i - 1)
                + "] = "
                + times[i - 1]
                + " then times["
                + i
                + "] = "
                + times[i]);
      }
    }
    Validation.requireFinite("baseTime", baseTime());
    Validation.requireFinite("baseValue", baseValue());
    if (hasTarget()) {
      Validation.requireFinite("targetTime", rawTargetTime());
      Validation.requireFinite("targetValue", rawTargetValue());
    }
    if (hasNaturalLimit()) {
      Validation.requireFinite("naturalLimit", rawNaturalLimit());
    }
  }

  /**
   * Returns the number of observations.
   *
   * @return the number of (time, value) points, possibly 0
   */
  public int size() {
    return series().times.length;
  }

  /**
   * Returns a copy of the observation times.
   *
   * @return the times in years, strictly increasing
   */
  public double[] times() {
    return series().times.clone();
  }

  /**
   * Returns a copy of the observed values.
   *
   * @return the values, aligned with {@link #times()}
   */
  public double[] values() {
    return series().values.clone();
  }

  /**
   * Returns the time of observation {@code i}.
   *
   * @param i the index, {@code 0 <= i < size()}
   * @return the time in years
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public double time(int i) {
    return series().times[i];
  }

  /**
   * Returns the value of observation {@code i}.
   *
   * @param i the index, {@code 0 <= i < size()}
   * @return the observed value
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public double value(int i) {
    return series().values[i];
  }

  /**
   * Returns the target time (the deadline).
   *
   * @return the target time in years
   * @throws IllegalStateException if there is no target
   */
  public double targetTime() {
    requireTarget();
    return rawTargetTime();
  }

  /**
   * Returns the target value.
   *
   * @return the value to reach by {@link #targetTime()}
   * @throws IllegalStateException if there is no target
   */
  public double targetValue() {
    requireTarget();
    return rawTargetValue();
  }

  private void requireTarget() {
    if (!hasTarget()) {
      throw new IllegalStateException("this input has no target");
    }
  }

  /**
   * Returns the natural limit of the indicator (e.g. 100 for a percentage), if any.
   *
   * @return the natural limit, or empty
   */
  public OptionalDouble naturalLimit() {
    return hasNaturalLimit() ? OptionalDouble.of(rawNaturalLimit()) : OptionalDouble.empty();
  }

  /**
   * Returns the time of the latest observation.
   *
   * @return the last time
   * @throws IllegalStateException if there is no observation
   */
  public double latestTime() {
    double[] times = series().times;
    requireObservations(times);
    return times[times.length - 1];
  }

  /**
   * Returns the value of the latest observation.
   *
   * @return the last value
   * @throws IllegalStateException if there is no observation
   */
  public double latestValue() {
    double[] values = series().values;
    requireObservations(values);
    return values[values.length - 1];
  }

  private static void requireObservations(double[] array) {
    if (array.length == 0) {
      throw new IllegalStateException("this input has no observation");
    }
  }

  /**
   * Tells whether the latest observation meets or beats the target.
   *
   * @return {@code true} when there is a target, an observation, and the latest value meets the target
   */
  public boolean latestMeetsTarget() {
    return hasTarget() && size() > 0 && direction().meets(latestValue(), rawTargetValue());
  }

  /**
   * Tells whether a method stops at "target achieved": the latest value meets the target and the caller did not
   * ask for the outlook when met.
   *
   * @return {@code latestMeetsTarget() && !outlookWhenMet()}
   */
  public boolean stopsAtMetTarget() {
    return !outlookWhenMet() && latestMeetsTarget();
  }

  /**
   * Returns the magnitude of the series: the largest absolute value among the base value, the observed values
   * and the target value (the natural limit is not compared with anything and is left out). {@link Tolerance}
   * scales its allowance for values in the indicator's unit by it.
   *
   * @return the magnitude, non-negative and finite; 0 when every value is 0
   */
  public double valueScale() {
    double scale = Math.abs(baseValue());
    if (hasTarget()) {
      scale = Math.max(scale, Math.abs(rawTargetValue()));
    }
    for (double v : series().values) {
      scale = Math.max(scale, Math.abs(v));
    }
    return scale;
  }

  @Override
  public String toString() {
    return "ProgressInput{times="
        + Arrays.toString(series().times)
        + ", values="
        + Arrays.toString(series().values)
        + ", base="
        + baseValue()
        + "@"
        + baseTime()
        + (hasTarget() ? ", target=" + targetValue() + "@" + targetTime() : ", no target")
        + ", direction="
        + direction()
        + (hasNaturalLimit() ? ", naturalLimit=" + rawNaturalLimit() : "")
        + (outlookWhenMet() ? ", outlookWhenMet" : "")
        + "}";
  }

  /**
   * The observation times and values of an input, two arrays of the same length that no one writes after the
   * builder copied them in; equal when both arrays are.
   */
  static final class Series {
    private static final Series EMPTY = new Series(new double[0], new double[0]);

    final double[] times;
    final double[] values;

    private Series(double[] times, double[] values) {
      this.times = times;
      this.values = values;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Series
          && Arrays.equals(times, ((Series) o).times)
          && Arrays.equals(values, ((Series) o).values);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(times) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
      return "times=" + Arrays.toString(times) + ", values=" + Arrays.toString(values);
    }
  }

  /** The target of an input, a time and a value, or none (figures 0, so that equal inputs compare equal). */
  static final class Goal {
    static final Goal NONE = new Goal(false, 0, 0);

    final boolean present;
    final double time;
    final double value;

    private Goal(boolean present, double time, double value) {
      this.present = present;
      this.time = time;
      this.value = value;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Goal
          && present == ((Goal) o).present
          && Double.compare(time, ((Goal) o).time) == 0
          && Double.compare(value, ((Goal) o).value) == 0;
    }

    @Override
    public int hashCode() {
      return 31 * (31 * Boolean.hashCode(present) + Double.hashCode(time)) + Double.hashCode(value);
    }

    @Override
    public String toString() {
      return present ? value + "@" + time : "none";
    }
  }

  /** The natural limit of an input, or none (figure 0, so that equal inputs compare equal). */
  static final class Limit {
    static final Limit NONE = new Limit(false, 0);

    final boolean present;
    final double value;

    private Limit(boolean present, double value) {
      this.present = present;
      this.value = value;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Limit && present == ((Limit) o).present && Double.compare(value, ((Limit) o).value) == 0;
    }

    @Override
    public int hashCode() {
      return 31 * Boolean.hashCode(present) + Double.hashCode(value);
    }

    @Override
    public String toString() {
      return present ? Double.toString(value) : "none";
    }
  }

  /**
   * Builds a {@link ProgressInput}: the generated setters ({@code baseTime}, {@code baseValue}, {@code direction},
   * {@code outlookWhenMet}, {@code from}, …) and the conveniences below, which set a pair at once;
   * validation happens in {@link #build()}. Starts with no observation, direction {@link
   * DesiredDirection#INCREASE} and no outlook when met. A builder is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableProgressInput.Builder {

    Builder() {
      series(Series.EMPTY);
      direction(DesiredDirection.INCREASE);
      outlookWhenMet(false);
      goal(Goal.NONE);
      limit(Limit.NONE);
    }

    /**
     * Asks the method for its outlook to the target time even when the latest value already meets the target, as
     * for a target met early whose trend may lose it again (Eurostat and Open SDG keep such a target achieved; the
     * outlook is reported beside it).
     *
     * @return this builder
     */
    public Builder outlookWhenMet() {
      return outlookWhenMet(true);
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
      return series(
          new Series(Objects.requireNonNull(times, "times").clone(), Objects.requireNonNull(values, "values").clone()));
    }

    /**
     * Sets the natural limit (e.g. 100 for a percentage).
     *
     * @param limit the natural limit in the indicator's unit
     * @return this builder
     */
    public Builder naturalLimit(double limit) {
      return limit(new Limit(true, limit));
    }

    /**
     * Sets the base (required).
     *
     * @param time the base time in years
     * @param value the base value
     * @return this builder
     */
    public Builder base(double time, double value) {
      return baseTime(time).baseValue(value);
    }

    /**
     * Sets the target.
     *
     * @param time the target time (deadline) in years
     * @param value the target value
     * @return this builder
     */
    public Builder target(double time, double value) {
      return goal(new Goal(true, time, value));
    }

    /**
     * Validates and builds the input.
     *
     * @return the input
     * @throws IllegalArgumentException if the base is not set, a number is not finite, the arrays differ
     *     in length or the times are not strictly increasing
     */
    @Override
    public ProgressInput build() {
      if (!baseTimeIsSet() || !baseValueIsSet()) {
        throw new IllegalArgumentException("base must be set (base(time, value))");
      }
      return super.build();
    }
  }
}
