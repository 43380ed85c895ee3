package org.reformindicators.core.composite;

/**
 * Which way a component of a composite index points, such as {@code HIGHER_IS_BETTER} for a PCI sub-index.
 *
 * <p>A lower-is-better component (for instance the number of days a dossier is late) is turned around by
 * the normalisations and scoring rules so that, after them, a higher score is always better (OECD/JRC
 * Handbook on Constructing Composite Indicators, 2008, §1.5; COINr's {@code direction} column, where
 * {@code -1} means the same as {@link #LOWER_IS_BETTER}). This enum is immutable and thread-safe.
 */
public enum ScoreDirection {
  /** A higher value is better (COINr direction {@code 1}). */
  HIGHER_IS_BETTER,
  /** A lower value is better (COINr direction {@code -1}). */
  LOWER_IS_BETTER;

  /**
   * Returns {@code +1} for {@link #HIGHER_IS_BETTER} and {@code -1} for {@link #LOWER_IS_BETTER}.
   *
   * @return the sign that multiplies a raw value so that a higher product is better
   */
  public double sign() {
    return this == HIGHER_IS_BETTER ? 1.0 : -1.0;
  }
}
