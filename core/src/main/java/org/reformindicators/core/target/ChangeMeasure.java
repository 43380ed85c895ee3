package org.reformindicators.core.target;

/**
 * How a change per year is measured, such as {@link #ABSOLUTE} for "+20 percentage points a year".
 *
 * <p>"Tăng tối thiểu 20%" (T7) can mean either; a plan states which (the readings of Decision 1256/QĐ-UBND in {@code docs/plan-1256-model.md}).
 *
 * <p>This type is immutable and thread-safe.
 */
public enum ChangeMeasure {
  /** In the indicator's own unit: percentage points for a share ({@code 40 % → 60 %} is +20). */
  ABSOLUTE,
  /** In percent of the reference value ({@code 40 % → 48 %} is +20 %). */
  RELATIVE
}
