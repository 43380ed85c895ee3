package org.reformindicators.core.derivation;

/**
 * How a rule turns the matching dossiers of a group into a value, such as {@link #RATIO}: numerator dossiers ÷
 * population dossiers × scale.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Aggregation {
  /**
   * The share of the population that also meets the numerator condition: value = scale × n ÷ d, where d counts the
   * dossiers of the group that meet the population condition and n those that also meet the numerator condition
   * (Decision 766/QĐ-TTg: "tỷ lệ = tử số ÷ mẫu số × 100%"); the observation carries n and d.
   */
  RATIO,
  /** The number of dossiers that meet the population condition; the observation has no numerator or denominator. */
  COUNT,
  /**
   * The mean of a {@link MeanOf quantity} over the population dossiers that have it: value = s ÷ c, where s is the
   * sum and c the count; the observation carries s as numerator and c as denominator.
   */
  MEAN
}
