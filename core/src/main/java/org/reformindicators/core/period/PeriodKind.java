package org.reformindicators.core.period;

/**
 * The kind of a reporting period, such as {@link #QUARTER} for {@code 2025-Q3}.
 *
 * <p>The declaration order (finest calendar unit first, then the cumulative and multi-year kinds, then
 * general date ranges) is the last tie-breaker of the natural order of {@link ReportingPeriod}; it only
 * decides between a {@link DateRange} and a named period that cover the same days.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PeriodKind {
  /** One calendar day, such as {@code 2025-03-31} ({@link CalendarDay}). */
  DAY(true),
  /** One calendar month, such as {@code 2025-03} ({@link CalendarMonth}). */
  MONTH(true),
  /** One calendar quarter, such as {@code 2025-Q3} ({@link Quarter}). */
  QUARTER(true),
  /** One half of a calendar year, such as {@code 2025-S1} ({@link HalfYear}). */
  HALF_YEAR(true),
  /** The first months of a year other than 1, 3, 6 or 12, such as {@code 2025-YTD09} ({@link YearToDate}). */
  YEAR_TO_DATE(false),
  /** One calendar year, such as {@code 2025} ({@link CalendarYear}). */
  YEAR(true),
  /** Two or more consecutive calendar years, such as {@code 2021/2025} ({@link Phase}). */
  PHASE(false),
  /** Any closed range of days, such as {@code 2024-12-15/2025-06-14} ({@link DateRange}). */
  DATE_RANGE(false);

  private final boolean tilesCalendar;

  PeriodKind(boolean tilesCalendar) {
    this.tilesCalendar = tilesCalendar;
  }

  /**
   * Whether the periods of this kind tile the calendar without gaps or overlaps, such as {@code true} for
   * {@link #QUARTER}: every day lies in exactly one period of the kind. True for days, months, quarters,
   * half-years and years; these are the kinds accepted by {@link ReportingPeriod#enclosing(PeriodKind)} and
   * {@link ReportingPeriod#subdivide(PeriodKind)}.
   *
   * @return whether this kind tiles the calendar
   */
  public boolean tilesCalendar() {
    return tilesCalendar;
  }
}
