package org.reformindicators.core.observation;

import org.reformindicators.core.text.NumberText;

/**
 * The inclusive bounds of a value that was published only as a range, such as a rank "worse than 30 of 63":
 * {@code [31, 63]}.
 *
 * <p>From PCI 2023, VCCI publishes scores and ranks only for the 30 best provinces (pcivietnam.vn: "Từ PCI 2023,
 * VCCI không tiến hành công bố điểm số và xếp hạng của nhóm tỉnh, thành phố ngoài nhóm 30 tỉnh, thành phố đứng
 * đầu."), so for every other province all that is known is such a bound. An {@link Observation} carries a bound
 * instead of a value; the observation CSV states it in its optional {@code lower} and {@code upper} columns.
 *
 * <p>Both ends are finite and {@code lowerInclusive <= upperInclusive}; a bound whose ends are equal is allowed
 * (it says no more than a value, but it is what was published). Negative zero is normalised to zero.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param lower the smallest value possible, inclusive
 * @param upper the largest value possible, inclusive
 */
public record Bound(double lower, double upper) {

  /**
   * Checks the ends.
   *
   * @param lower the smallest value possible, inclusive
   * @param upper the largest value possible, inclusive
   * @throws IllegalArgumentException if an end is not finite or {@code lower} exceeds {@code upper}
   */
  public Bound {
    if (!Double.isFinite(lower)) {
      throw new IllegalArgumentException("bound: lower must be finite, was " + lower);
    }
    if (!Double.isFinite(upper)) {
      throw new IllegalArgumentException("bound: upper must be finite, was " + upper);
    }
    if (lower > upper) {
      throw new IllegalArgumentException(
          "bound: lower must not exceed upper, was lower " + NumberText.machine(lower) + " and upper "
              + NumberText.machine(upper));
    }
    lower = lower == 0.0 ? 0.0 : lower;
    upper = upper == 0.0 ? 0.0 : upper;
  }

  /**
   * Returns the bound {@code [lowerInclusive, upperInclusive]}, such as {@code Bound.ofClosed(31, 63)} for a rank
   * "worse than 30 of 63".
   *
   * @param lowerInclusive the smallest value possible
   * @param upperInclusive the largest value possible
   * @return the bound
   * @throws IllegalArgumentException if an end is not finite or {@code lowerInclusive} exceeds {@code upperInclusive}
   */
  public static Bound ofClosed(double lowerInclusive, double upperInclusive) {
    return new Bound(lowerInclusive, upperInclusive);
  }

  /**
   * Tells whether a value lies within the bound, ends included.
   *
   * @param value the value
   * @return {@code true} if {@code lower <= value <= upper}
   */
  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }

  /**
   * Tells whether the bound states a single value (its ends are equal).
   *
   * @return {@code true} if {@code lower == upper}
   */
  public boolean isSingleValue() {
    return lower == upper;
  }

  /**
   * Returns the bound as text, such as {@code 31–63} (with an en dash).
   *
   * @return the ends in machine form joined by an en dash
   */
  @Override
  public String toString() {
    return NumberText.machine(lower) + "–" + NumberText.machine(upper);
  }
}
