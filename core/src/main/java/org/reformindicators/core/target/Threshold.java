package org.reformindicators.core.target;

import java.util.Objects;
import org.reformindicators.core.text.NumberText;

/**
 * A one-sided or exact target value, such as {@code Threshold.atLeast(80)} for "tối thiểu 80%" (T5) or
 * {@code Threshold.exactly(100)} for "100% văn bản …" (T8a).
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param comparison how a value is compared with {@code value}
 * @param value the target value, in the indicator's unit (percentages on 0–100)
 */
public record Threshold(Comparison comparison, double value) implements TargetKind {

  /**
   * Validates the threshold.
   *
   * @param comparison the comparison
   * @param value the target value
   * @throws NullPointerException if {@code comparison} is null
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public Threshold {
    Objects.requireNonNull(comparison, "comparison");
    Checks.requireFinite("threshold value", value);
  }

  /**
   * Returns the threshold "at least {@code value}".
   *
   * @param value the target value
   * @return the threshold
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public static Threshold atLeast(double value) {
    return new Threshold(Comparison.AT_LEAST, value);
  }

  /**
   * Returns the threshold "at most {@code value}".
   *
   * @param value the target value
   * @return the threshold
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public static Threshold atMost(double value) {
    return new Threshold(Comparison.AT_MOST, value);
  }

  /**
   * Returns the threshold "exactly {@code value}".
   *
   * @param value the target value
   * @return the threshold
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public static Threshold exactly(double value) {
    return new Threshold(Comparison.EXACTLY, value);
  }

  /**
   * Returns whether a value meets the threshold.
   *
   * @param observed the observed value
   * @return {@code true} if {@code observed} satisfies {@link #comparison()} with {@link #value()}
   */
  public boolean isMet(double observed) {
    return comparison.test(observed, value);
  }

  /**
   * Returns whether a value is strictly better than the threshold (above an "at least", below an "at most"); an
   * exact threshold is never exceeded.
   *
   * @param observed the observed value
   * @return {@code true} if {@code observed} beats {@link #value()}
   */
  public boolean isExceeded(double observed) {
    return comparison.beats(observed, value);
  }

  @Override
  public String kindName() {
    return "threshold";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public double[] levels() {
    return new double[] {value};
  }

  /**
   * Returns the threshold as text, such as {@code ≥ 80}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return comparison.symbol() + " " + NumberText.machine(value);
  }
}
