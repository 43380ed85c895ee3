package org.reformindicators.core.composite;

/**
 * Which score a ranking compares, such as {@code PUBLISHED}: 64.315 and 64.31975 both publish as 64.32 and
 * tie.
 *
 * <p>The Vietnamese indices rank on the published, rounded figures, so equal published scores share a rank
 * (as the published indices do); {@link #EXACT} ranks on the unrounded scores instead, for analysis. Immutable and
 * thread-safe.
 */
public enum RankingBasis {
  /** The score rounded to the node's published precision (the default). */
  PUBLISHED,
  /** The exact, unrounded score. */
  EXACT
}
