package org.reformindicators.core.target;

/**
 * How a value is compared with a target value, such as {@link #AT_LEAST} for "tối thiểu 80%" (at least 80 %).
 *
 * <p>This type is immutable and thread-safe.
 */
public enum Comparison {
  /** The value must be greater than or equal to the target value ("tối thiểu", "đạt từ … trở lên"). */
  AT_LEAST("≥"),
  /** The value must be less than or equal to the target value ("tối đa", "không quá"). */
  AT_MOST("≤"),
  /** The value must equal the target value exactly, as for "100%" of a share that cannot exceed 100. */
  EXACTLY("=");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  /**
   * Returns the mathematical symbol, {@code ≥}, {@code ≤} or {@code =}.
   *
   * @return the symbol
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Returns whether {@code value} satisfies this comparison with {@code target}.
   *
   * @param value the value
   * @param target the target value
   * @return {@code true} if {@code value ≥ target}, {@code value ≤ target} or {@code value == target} as this
   *     comparison says; {@code false} if either is NaN
   */
  public boolean test(double value, double target) {
    switch (this) {
      case AT_LEAST:
        return value >= target;
      case AT_MOST:
        return value <= target;
      default:
        return value == target;
    }
  }

  /**
   * Returns whether {@code value} is strictly better than {@code target} in the direction of this comparison:
   * above it for {@link #AT_LEAST}, below it for {@link #AT_MOST}, never for {@link #EXACTLY}.
   *
   * @param value the value
   * @param target the target value
   * @return {@code true} if the value beats the target
   */
  public boolean beats(double value, double target) {
    switch (this) {
      case AT_LEAST:
        return value > target;
      case AT_MOST:
        return value < target;
      default:
        return false;
    }
  }
}
