package org.reformindicators.core.progress;

/**
 * The kind of value a progress method's parameter takes, such as {@link #NUMBER} for Eurostat's cut-off
 * {@code 0.95} or {@link #INTEGER} for the linear projection's minimum of {@code 3} observations.
 *
 * <p>The names follow JSON Schema's {@code number} and {@code integer}, which is how a plan-assessment
 * document writes them. Immutable and thread-safe.
 */
public enum ParameterKind {
  /** A finite real number, held as a {@code double} and written with a fraction, e.g. {@code 0.95}, {@code 5.0}. */
  NUMBER,
  /** A whole number within the range of {@code int}, written without a fraction, e.g. {@code 3}. */
  INTEGER;

  /**
   * Tells whether a value is of this kind: finite, and for {@link #INTEGER} whole and within the range of
   * {@code int}.
   *
   * @param value the value
   * @return whether the value is of this kind
   */
  public boolean admits(double value) {
    if (!Double.isFinite(value)) {
      return false;
    }
    return this == NUMBER
        || (value == Math.rint(value) && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE);
  }

  /**
   * Returns a value of this kind as the Java number it is written as: a {@link Double} for {@link #NUMBER},
   * an {@link Integer} for {@link #INTEGER}.
   *
   * @param value a value this kind {@linkplain #admits(double) admits}
   * @return the boxed value
   * @throws IllegalArgumentException if this kind does not admit the value
   */
  public Number box(double value) {
    if (!admits(value)) {
      throw new IllegalArgumentException(
          "a parameter of kind " + this + " must be " + (this == NUMBER ? "finite" : "a whole number")
              + ", was " + value);
    }
    return this == NUMBER ? (Number) value : (Number) (int) value;
  }
}
