package org.reformindicators.core.target;

import java.io.Serializable;
import java.util.Objects;
import java.util.OptionalDouble;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.text.NumberText;

/**
 * The reference period a rate or a reduction is measured from, such as {@code 2020} for the PAR INDEX rank of
 * T1a (63/63 in 2020), with its value when the plan states it.
 *
 * <p>The value is usually an observation, looked up by the evaluation engine at {@link #period()}; a plan may
 * state it when the source does, and then the target can check it at construction (a ceiling below the baseline
 * value is rejected).
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param period the baseline period
 * @param value the value at the baseline period as stated by the plan, or empty when it is to be observed
 */
public record Baseline(ReportingPeriod period, OptionalDouble value) implements Serializable {

  /**
   * Validates the baseline.
   *
   * @param period the baseline period
   * @param value the stated value or empty
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the value is not finite
   */
  public Baseline {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(value, "value");
    if (value.isPresent()) {
      Checks.requireFinite("baseline value", value.getAsDouble());
    }
  }

  /**
   * Returns a baseline whose value is to be observed.
   *
   * @param period the baseline period
   * @return the baseline
   * @throws NullPointerException if {@code period} is null
   */
  public static Baseline of(ReportingPeriod period) {
    return new Baseline(period, OptionalDouble.empty());
  }

  /**
   * Returns a baseline with the value the plan states.
   *
   * @param period the baseline period
   * @param value the value at that period
   * @return the baseline
   * @throws NullPointerException if {@code period} is null
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public static Baseline of(ReportingPeriod period, double value) {
    return new Baseline(period, OptionalDouble.of(value));
  }

  /**
   * Returns the canonical text, such as {@code 2020} or {@code 2020 (63)}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return value.isPresent() ? period + " (" + NumberText.machine(value.getAsDouble()) + ")" : period.toString();
  }

  /** Replaces the baseline by its serial form (OptionalDouble is not serializable). */
  private Object writeReplace() {
    return new SerialForm(period, value.isPresent() ? value.getAsDouble() : null);
  }

  /** The serial form of a baseline, a null value when none is stated; reading it back validates it. */
  private record SerialForm(ReportingPeriod period, Double value) implements Serializable {

    private Object readResolve() {
      return new Baseline(period, value == null ? OptionalDouble.empty() : OptionalDouble.of(value));
    }
  }
}
