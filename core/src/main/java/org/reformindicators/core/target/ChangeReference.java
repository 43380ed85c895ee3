package org.reformindicators.core.target;

/**
 * What a change per year is measured against, such as {@link #TRAJECTORY} for "from the 2021 value".
 *
 * <p>"Mỗi năm tăng" (each year rises) can be read against the previous year's actual value or as a path from a
 * stated base period; a plan states which (the readings of Decision 1256/QĐ-UBND in {@code docs/plan-1256-model.md}).
 *
 * <p>This type is immutable and thread-safe.
 */
public enum ChangeReference {
  /** Each year against the previous year's actual value: a bad year lowers the next year's requirement. */
  YEAR_ON_YEAR,
  /** Against a path from the value at a stated base period: year {@code t} must reach the path at {@code t}. */
  TRAJECTORY
}
