package org.reformindicators.core.composite;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The exact-decimal arithmetic of the {@link AggregationMethod}s, shared by the calculator and the breakdown.
 * Arrays hold one entry per child; a {@code null} score marks a missing child. The calculator has checked that
 * every score, weight and scale is 0 or within {@link CompositeCalculator#MIN_MAGNITUDE}–{@link
 * CompositeCalculator#MAX_MAGNITUDE} in magnitude, so the exact sums stay a few hundred digits long and the
 * {@code double} logarithms and exponential of the geometric mean stay finite and positive. Not part of the API.
 */
final class DecimalAggregator {

  /** Precision of a non-terminating division: decimal128, 34 significant digits. */
  static final MathContext CONTEXT = MathContext.DECIMAL128;

  private DecimalAggregator() {}

  /**
   * Aggregates the present children; the caller has checked that at least one is present and, for the
   * geometric and harmonic means, that every present score is positive.
   */
  static BigDecimal aggregate(Aggregation aggregation, BigDecimal[] x, BigDecimal[] w, BigDecimal[] m) {
    BigDecimal scale = aggregation.scale();
    switch (aggregation.method()) {
      case WEIGHTED_GEOMETRIC -> {
        // exp and ln have no exact decimal form: computed in double, then converted (documented on the
        // calculator).
        double logSum = 0;
        double den = 0;
        for (int i = 0; i < x.length; i++) {
          if (x[i] != null) {
            logSum += w[i].doubleValue() * Math.log(x[i].doubleValue());
            den += w[i].doubleValue();
          }
        }
        return BigDecimal.valueOf(Math.exp(logSum / den)).multiply(scale);
      }
      case WEIGHTED_HARMONIC -> {
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        for (int i = 0; i < x.length; i++) {
          if (x[i] != null) {
            num = num.add(w[i]);
            den = den.add(w[i].divide(x[i], CONTEXT));
          }
        }
        return num.multiply(scale).divide(den, CONTEXT);
      }
      default -> {
        Sums sums = Sums.of(x, w, m);
        return sums.share(aggregation.method(), sums.weightedScores().multiply(scale));
      }
    }
  }

  /**
   * Returns each child's contribution to an additive aggregate (or, with {@code maxima}, the contribution it
   * would make at its maximum points), {@code null} for a missing child or an unknown maximum. Each term gets
   * the same normalising factor as the aggregate, so the contributions add up to it.
   */
  static BigDecimal[] contributions(
      Aggregation aggregation, BigDecimal[] x, BigDecimal[] w, BigDecimal[] m, boolean maxima) {
    AggregationMethod method = aggregation.method();
    if (!method.isAdditive()) {
      throw new IllegalStateException("contributions exist only for additive aggregations, not " + method);
    }
    Sums sums = Sums.of(x, w, m);
    BigDecimal[] out = new BigDecimal[x.length];
    for (int i = 0; i < x.length; i++) {
      BigDecimal value = maxima ? m[i] : x[i];
      if (x[i] != null && value != null) {
        out[i] = sums.share(method, w[i].multiply(value).multiply(aggregation.scale()));
      }
    }
    return out;
  }

  /**
   * The sums an additive aggregation divides by, over the present children ({@code allWeight} over all):
   * {@code Σ w·x}, {@code Σ w}, {@code Σ w·m}.
   */
  private record Sums(
      BigDecimal weightedScores, BigDecimal presentWeight, BigDecimal allWeight, BigDecimal presentMax) {

    static Sums of(BigDecimal[] x, BigDecimal[] w, BigDecimal[] m) {
      BigDecimal weightedScores = BigDecimal.ZERO;
      BigDecimal presentWeight = BigDecimal.ZERO;
      BigDecimal allWeight = BigDecimal.ZERO;
      BigDecimal presentMax = BigDecimal.ZERO;
      for (int i = 0; i < x.length; i++) {
        allWeight = allWeight.add(w[i]);
        if (x[i] != null) {
          weightedScores = weightedScores.add(w[i].multiply(x[i]));
          presentWeight = presentWeight.add(w[i]);
          if (m[i] != null) {
            presentMax = presentMax.add(w[i].multiply(m[i]));
          }
        }
      }
      return new Sums(weightedScores, presentWeight, allWeight, presentMax);
    }

    /** Divides a scaled weighted score by what the method normalises by. */
    BigDecimal share(AggregationMethod method, BigDecimal scaledWeighted) {
      return switch (method) {
        case WEIGHTED_ARITHMETIC -> scaledWeighted.divide(presentWeight, CONTEXT);
        case SUM ->
            presentWeight.compareTo(allWeight) == 0
                ? scaledWeighted
                : scaledWeighted.multiply(allWeight).divide(presentWeight, CONTEXT);
        case POINTS_SHARE -> scaledWeighted.divide(presentMax, CONTEXT);
        default -> throw new AssertionError(method);
      };
    }
  }
}
