package org.reformindicators.core.indicator;

/**
 * The desired direction of an indicator, such as {@link #LOWER_IS_BETTER} for a rank where place 1 is best.
 *
 * <p>This type is immutable and thread-safe.
 */
public enum Direction {
  /** Larger values are better, as for a PCI score or the share of dossiers handled on time. */
  HIGHER_IS_BETTER,
  /** Smaller values are better, as for a rank (1 = best) or the number of overdue dossiers. */
  LOWER_IS_BETTER,
  /**
   * Values inside a target range are best and values outside it are worse on either side; the range itself
   * belongs to the target, not to the indicator.
   */
  TARGET_RANGE
}
