package org.reformindicators.core.composite.normalisation;

import java.util.Objects;
import org.reformindicators.core.composite.ScoreDirection;
import org.reformindicators.core.internal.MethodologyLimits;

/** Helpers shared by the normalisations: present values, signs and scattering back. Not part of the API. */
final class Columns {

  private Columns() {}

  /**
   * Copies the present values of {@code column}, multiplied by the direction's sign, into a compact array.
   *
   * @throws IllegalArgumentException if a value is infinite
   */
  static double[] signedPresent(double[] column, ScoreDirection direction) {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(direction, "direction");
    double sign = direction.sign();
    int count = 0;
    for (int i = 0; i < column.length; i++) {
      double v = column[i];
      if (Double.isInfinite(v)) {
        throw new IllegalArgumentException("column[" + i + "] must be finite or NaN (missing), was " + v);
      }
      if (!Double.isNaN(v)) {
        count++;
      }
    }
    double[] present = new double[count];
    int k = 0;
    for (double v : column) {
      if (!Double.isNaN(v)) {
        present[k++] = sign * v + 0.0;
      }
    }
    return present;
  }

  /** Writes {@code values} back at the present positions of {@code column}, NaN elsewhere. */
  static double[] scatter(double[] column, double[] values) {
    double[] out = new double[column.length];
    int k = 0;
    for (int i = 0; i < column.length; i++) {
      out[i] = Double.isNaN(column[i]) ? Double.NaN : values[k++];
    }
    return out;
  }

  static double min(double[] values) {
    double m = Double.POSITIVE_INFINITY;
    for (double v : values) {
      m = Math.min(m, v);
    }
    return m;
  }

  static double max(double[] values) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      m = Math.max(m, v);
    }
    return m;
  }

  static void requireAtLeast(int needed, double[] present, String kind) {
    if (present.length < needed) {
      throw new IllegalArgumentException(
          kind + " needs at least " + needed + " present values, was " + present.length);
    }
  }

  /** Checks a parameter of a normalisation: finite and within ±1e15 ({@link MethodologyLimits}). */
  static void requireParameter(double value, String field) {
    MethodologyLimits.requireParameter(field, value);
  }
}
