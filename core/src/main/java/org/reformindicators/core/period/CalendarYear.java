package org.reformindicators.core.period;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A calendar year (năm), such as {@code 2025}, running from 1 January to 31 December inclusive.
 *
 * <p>Canonical text: the four-digit year, {@code 2025}; SDMX {@code 2025-A1} is read as the same period.
 * Display names: "Năm 2025" in Vietnamese, "2025" in English.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CalendarYear implements ReportingPeriod {

  private static final long serialVersionUID = 1L;

  /**
   * The last day of every year 1900–2100, made once: the engine asks a year for its last day several times per
   * clause and unit, and {@code LocalDate.of} checks its three fields each time. A {@code LocalDate} is an
   * immutable value, so sharing one changes nothing a caller can see.
   */
  private static final LocalDate[] END_DATES = new LocalDate[ReportingPeriod.MAX_YEAR - ReportingPeriod.MIN_YEAR + 1];

  static {
    for (int y = ReportingPeriod.MIN_YEAR; y <= ReportingPeriod.MAX_YEAR; y++) {
      END_DATES[y - ReportingPeriod.MIN_YEAR] = LocalDate.of(y, 12, 31);
    }
  }

  private final int year;

  private CalendarYear(int year) {
    this.year = year;
  }

  /**
   * Returns the year {@code year}, such as {@code 2025}.
   *
   * @param year the year, 1900–2100
   * @return the calendar year
   * @throws IllegalArgumentException if {@code year} is outside 1900–2100
   */
  public static CalendarYear of(int year) {
    return new CalendarYear(Checks.year(year));
  }

  /**
   * Returns the year containing a day, such as {@code 2025} for 2025-03-31.
   *
   * @param date the day
   * @return the calendar year containing {@code date}
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalArgumentException if the year is outside 1900–2100
   */
  public static CalendarYear containing(LocalDate date) {
    return of(requireNonNull(date, "date").getYear());
  }

  /**
   * Returns the year number, such as 2025.
   *
   * @return the year, 1900–2100
   */
  public int year() {
    return year;
  }

  /**
   * Returns {@link PeriodKind#YEAR}.
   *
   * @return {@link PeriodKind#YEAR}
   */
  @Override
  public PeriodKind kind() {
    return PeriodKind.YEAR;
  }

  /**
   * Returns 1 January of this year, such as 2025-01-01.
   *
   * @return the first day, inclusive
   */
  @Override
  public LocalDate startDate() {
    return LocalDate.of(year, 1, 1);
  }

  /**
   * Returns 31 December of this year, such as 2025-12-31.
   *
   * @return the last day, inclusive
   */
  @Override
  public LocalDate endDate() {
    int i = year - ReportingPeriod.MIN_YEAR;
    return i >= 0 && i < END_DATES.length ? END_DATES[i] : LocalDate.of(year, 12, 31);
  }

  /**
   * Returns the year {@code steps} years later, such as {@code 2027} for {@code 2025} plus 2.
   *
   * @param steps the number of years, may be negative
   * @return the shifted year
   * @throws IllegalArgumentException if the result is outside 1900–2100
   */
  @Override
  public CalendarYear plus(long steps) {
    Checks.steps(this, steps);
    return new CalendarYear(Checks.shiftedYear(this, steps, year + steps));
  }

  /**
   * Returns the next year, such as {@code 2026} after {@code 2025}.
   *
   * @return the next year
   * @throws IllegalArgumentException if this is 2100
   */
  @Override
  public CalendarYear next() {
    return plus(1);
  }

  /**
   * Returns the previous year, such as {@code 2024} before {@code 2025}.
   *
   * @return the previous year
   * @throws IllegalArgumentException if this is 1900
   */
  @Override
  public CalendarYear previous() {
    return plus(-1);
  }

  /**
   * Returns "Năm 2025" in Vietnamese or "2025" in English.
   *
   * @param locale the reader's locale; Vietnamese for language {@code vi}, English otherwise
   * @return the display name
   * @throws NullPointerException if {@code locale} is null
   */
  @Override
  public String displayName(Locale locale) {
    return Names.vietnamese(locale) ? "Năm " + year : Integer.toString(year);
  }

  /**
   * Returns whether {@code other} is the same year.
   *
   * @param other the object to compare with
   * @return whether {@code other} is a {@code CalendarYear} with the same year
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CalendarYear that && year == that.year;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return year;
  }

  /**
   * Returns the canonical text, such as {@code 2025}.
   *
   * @return the four-digit year
   */
  @Override
  public String toString() {
    return Integer.toString(year);
  }
}
