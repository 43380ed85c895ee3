package org.reformindicators.core.target;

import org.reformindicators.core.text.NumberText;
/**
 * A two-sided target, such as {@code Band.of(40, 60)}: the value must lie within {@code [min, max]}, for
 * indicators where too much is as bad as too little.
 *
 * <p>Unlike a {@link RankBand}, which is a one-sided commitment at its weaker end, both ends bind here, so a
 * value outside the band fails on either side and no value exceeds the target.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param min the smallest acceptable value, inclusive
 * @param max the largest acceptable value, inclusive, not below {@code min}
 */
public record Band(double min, double max) implements TargetKind {

  /**
   * Validates the band.
   *
   * @param min the smallest acceptable value
   * @param max the largest acceptable value
   * @throws IllegalArgumentException if a bound is not finite or {@code min > max}
   */
  public Band {
    Checks.requireFinite("band min", min);
    Checks.requireFinite("band max", max);
    if (min > max) {
      throw new IllegalArgumentException(
          "band min must not exceed max, was min " + NumberText.machine(min) + " > max " + NumberText.machine(max));
    }
  }

  /**
   * Returns the band {@code [min, max]}.
   *
   * @param min the smallest acceptable value
   * @param max the largest acceptable value
   * @return the band
   * @throws IllegalArgumentException if a bound is not finite or {@code min > max}
   */
  public static Band of(double min, double max) {
    return new Band(min, max);
  }

  /**
   * Returns whether a value lies within the band.
   *
   * @param observed the observed value
   * @return {@code true} if {@code min ≤ observed ≤ max}
   */
  public boolean isMet(double observed) {
    return observed >= min && observed <= max;
  }

  /**
   * Returns {@code false}: a two-sided band cannot be exceeded, a value outside it misses it.
   *
   * @param observed the observed value
   * @return {@code false}
   */
  public boolean isExceeded(double observed) {
    return false;
  }

  @Override
  public String kindName() {
    return "band";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public double[] levels() {
    return new double[] {min, max};
  }

  /**
   * Returns the band as text, such as {@code [40, 60]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "[" + NumberText.machine(min) + ", " + NumberText.machine(max) + "]";
  }
}
