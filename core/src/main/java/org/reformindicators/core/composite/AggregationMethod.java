package org.reformindicators.core.composite;

/**
 * How a node combines the scores of its components, such as {@code WEIGHTED_ARITHMETIC} for the PCI.
 *
 * <p>With component scores {@code x_i}, weights {@code w_i} (1 when a component has none), maximum points
 * {@code m_i}, the scale {@code s} of the {@link Aggregation}, and the sums taken over the components present
 * for the unit (see {@link MissingDataPolicy}):
 *
 * <ul>
 *   <li>{@link #WEIGHTED_ARITHMETIC}: {@code s · Σ w_i x_i / Σ w_i} (OECD/JRC Handbook 2008 §1.6; COINr
 *       {@code a_amean}); PCI = 10 · Σ weight × sub-index (VCCI, PCI 2016 handbook).
 *   <li>{@link #WEIGHTED_GEOMETRIC}: {@code s · exp(Σ w_i ln x_i / Σ w_i)}, every {@code x_i > 0} (COINr
 *       {@code a_gmean}).
 *   <li>{@link #WEIGHTED_HARMONIC}: {@code s · Σ w_i / Σ (w_i / x_i)}, every {@code x_i > 0} (COINr
 *       {@code a_hmean}).
 *   <li>{@link #SUM}: {@code s · Σ w_i x_i · (W / W_present)}, where {@code W} sums the weights of every
 *       component and {@code W_present} those present (so a complete row gives the plain weighted sum); PAPI =
 *       the unweighted sum of its dimensions (UNDP and CECODES, PAPI reports); the 766 index = the sum of its groups' points.
 *   <li>{@link #POINTS_SHARE}: {@code s · Σ w_i x_i / Σ w_i m_i}, with {@code s = 100}: points achieved ÷
 *       maximum points × 100 (Ministry of Home Affairs, Decision 2948/QĐ-BNV of 28 Dec 2017); every component needs maximum points.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public enum AggregationMethod {
  /** Weighted arithmetic mean, times the scale. */
  WEIGHTED_ARITHMETIC,
  /** Weighted geometric mean, times the scale. */
  WEIGHTED_GEOMETRIC,
  /** Weighted harmonic mean, times the scale. */
  WEIGHTED_HARMONIC,
  /** Weighted sum (weights default to 1), times the scale. */
  SUM,
  /** Points achieved over maximum points, times the scale (100 for a percentage). */
  POINTS_SHARE;

  /**
   * Tells whether the score is a sum of per-component contributions, so that a breakdown into points
   * contributed and points lost exists.
   *
   * @return {@code true} for the arithmetic mean, the sum and the points share
   */
  public boolean isAdditive() {
    return this == WEIGHTED_ARITHMETIC || this == SUM || this == POINTS_SHARE;
  }

  /**
   * Tells whether every component score must be strictly positive.
   *
   * @return {@code true} for the geometric and harmonic means
   */
  public boolean requiresPositiveScores() {
    return this == WEIGHTED_GEOMETRIC || this == WEIGHTED_HARMONIC;
  }
}
