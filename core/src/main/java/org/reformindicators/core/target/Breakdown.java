package org.reformindicators.core.target;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reformindicators.core.indicator.BreakdownKey;

/**
 * One indicator with a threshold for each value of a breakdown dimension, such as
 * {@code Breakdown.uniform("SECTOR", Threshold.atLeast(85), "LAND", "CONSTRUCTION", "INVESTMENT")} for T14b
 * (satisfaction with land, construction and investment procedures at least 85 %).
 *
 * <p>The target is met when the value for every breakdown value meets its threshold; the engine reads one
 * observation per breakdown value (the {@code breakdown} column {@code SECTOR=LAND} of the observation CSV). The
 * thresholds may differ per value (90 / 80 / 60 % by level); the Quảng Ngãi plan splits that one (T9) into three
 * clauses so that the district clause can lapse on its own.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param dimension the dimension key, such as {@code SECTOR} or {@code LEVEL}
 * @param thresholds the threshold for each breakdown value, at least one, in the order given
 */
public record Breakdown(String dimension, Map<String, Threshold> thresholds) implements TargetKind {

  /**
   * Validates the kind and keeps an unmodifiable copy of the thresholds in their order.
   *
   * @param dimension the dimension key
   * @param thresholds the thresholds by breakdown value
   * @throws NullPointerException if an argument, a key or a threshold is null
   * @throws IllegalArgumentException if the dimension or a value breaks the syntax of {@link BreakdownKey}, or there are
   *     no values
   */
  public Breakdown {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(thresholds, "thresholds");
    requireDimension(dimension);
    if (thresholds.isEmpty()) {
      throw new IllegalArgumentException("breakdown " + dimension + " needs at least one value, was none");
    }
    LinkedHashMap<String, Threshold> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Threshold> entry : thresholds.entrySet()) {
      String value = Objects.requireNonNull(entry.getKey(), "breakdown value");
      BreakdownKey.of(dimension, value);
      copy.put(value, Objects.requireNonNull(entry.getValue(), "threshold of " + dimension + "=" + value));
    }
    thresholds = Collections.unmodifiableMap(copy);
  }

  /**
   * Returns a breakdown with its own threshold for each value.
   *
   * @param dimension the dimension key
   * @param thresholds the thresholds by breakdown value, in the order to report them
   * @return the kind
   * @throws NullPointerException if an argument, a key or a threshold is null
   * @throws IllegalArgumentException as the constructor
   */
  public static Breakdown of(String dimension, Map<String, Threshold> thresholds) {
    return new Breakdown(dimension, thresholds);
  }

  /**
   * Returns a breakdown with the same threshold for each value.
   *
   * @param dimension the dimension key
   * @param threshold the threshold for every value
   * @param values the breakdown values, at least one, distinct
   * @return the kind
   * @throws NullPointerException if an argument or a value is null
   * @throws IllegalArgumentException if a code breaks the syntax, there are no values, or a value repeats
   */
  public static Breakdown uniform(String dimension, Threshold threshold, String... values) {
    Objects.requireNonNull(threshold, "threshold");
    LinkedHashMap<String, Threshold> map = new LinkedHashMap<>();
    for (String value : values) {
      if (map.put(Objects.requireNonNull(value, "value"), threshold) != null) {
        throw new IllegalArgumentException(
            "breakdown values of " + dimension + " must be distinct, was " + value + " twice");
      }
    }
    return new Breakdown(dimension, map);
  }

  /**
   * Returns the breakdown key of one value, such as {@code SECTOR=LAND}: where the engine reads its observation.
   *
   * @param value the breakdown value, such as {@code LAND}
   * @return the key {@code dimension=value}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the breakdown has no such value
   */
  public BreakdownKey keyFor(String value) {
    thresholdFor(value);
    return BreakdownKey.of(dimension, value);
  }

  /**
   * Returns the breakdown values, in order.
   *
   * @return the values
   */
  public List<String> values() {
    return List.copyOf(thresholds.keySet());
  }

  /**
   * Returns the threshold for a breakdown value.
   *
   * @param value the breakdown value, such as {@code LAND}
   * @return the threshold
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the breakdown has no such value
   */
  public Threshold thresholdFor(String value) {
    Threshold threshold = thresholds.get(Objects.requireNonNull(value, "value"));
    if (threshold == null) {
      throw new IllegalArgumentException(
          "breakdown " + dimension + " has no threshold for " + value + "; its values are " + thresholds.keySet());
    }
    return threshold;
  }

  /**
   * Returns whether the value observed for one breakdown value meets its threshold.
   *
   * @param value the breakdown value
   * @param observed the observed value for it
   * @return {@code thresholdFor(value).isMet(observed)}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the breakdown has no such value
   */
  public boolean isMet(String value, double observed) {
    return thresholdFor(value).isMet(observed);
  }

  /**
   * Returns whether the value observed for one breakdown value beats its threshold.
   *
   * @param value the breakdown value
   * @param observed the observed value for it
   * @return {@code thresholdFor(value).isExceeded(observed)}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the breakdown has no such value
   */
  public boolean isExceeded(String value, double observed) {
    return thresholdFor(value).isExceeded(observed);
  }

  private static void requireDimension(String dimension) {
    if (!BreakdownKey.isValidDimension(dimension)) {
      throw new IllegalArgumentException(
          "breakdown dimension must be upper-case ASCII letters, digits and underscores starting with a letter,"
              + " was '" + dimension + "'");
    }
  }

  @Override
  public double[] levels() {
    return thresholds.values().stream().mapToDouble(Threshold::value).toArray();
  }

  @Override
  public String kindName() {
    return "breakdown";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * Returns the kind as text, such as {@code SECTOR: LAND ≥ 85, CONSTRUCTION ≥ 85}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(dimension).append(':');
    String separator = " ";
    for (Map.Entry<String, Threshold> entry : thresholds.entrySet()) {
      text.append(separator).append(entry.getKey()).append(' ').append(entry.getValue());
      separator = ", ";
    }
    return text.toString();
  }
}
