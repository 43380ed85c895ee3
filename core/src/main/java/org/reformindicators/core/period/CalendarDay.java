package org.reformindicators.core.period;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One calendar day (ngày) as a reporting period, such as {@code 2025-03-31} ("Ngày 31/03/2025", "31 March
 * 2025").
 *
 * <p>Canonical text: the ISO date {@code 2025-03-31}; SDMX {@code 2025-D090} (day of year) and DHIS2 {@code
 * 20250331} are read as the same period. Display names: "Ngày 31/03/2025" in Vietnamese, "31 March 2025"
 * in English.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CalendarDay implements ReportingPeriod {

  private static final long serialVersionUID = 1L;

  private final LocalDate date;

  private CalendarDay(LocalDate date) {
    this.date = date;
  }

  /**
   * Returns the day {@code date}, such as {@code 2025-03-31}.
   *
   * @param date the day
   * @return the day as a reporting period
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalArgumentException if the year is outside 1900–2100
   */
  public static CalendarDay of(LocalDate date) {
    return new CalendarDay(Checks.date("date", date));
  }

  /**
   * Returns the day of the given year, month and day of month, such as {@code 2025-03-31} for {@code
   * of(2025, 3, 31)}.
   *
   * @param year the year, 1900–2100
   * @param month the month of the year, 1–12
   * @param dayOfMonth the day of the month, 1 to the length of the month
   * @return the day as a reporting period
   * @throws IllegalArgumentException if a field is out of range
   */
  public static CalendarDay of(int year, int month, int dayOfMonth) {
    CalendarMonth calendarMonth = CalendarMonth.of(year, month);
    int length = calendarMonth.endDate().getDayOfMonth();
    if (dayOfMonth < 1 || dayOfMonth > length) {
      throw new IllegalArgumentException(
          "dayOfMonth must be 1–" + length + " for " + calendarMonth + ", was " + dayOfMonth);
    }
    return new CalendarDay(LocalDate.of(year, month, dayOfMonth));
  }

  /**
   * Returns the day as a {@link LocalDate}, such as 2025-03-31.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns {@link PeriodKind#DAY}.
   *
   * @return {@link PeriodKind#DAY}
   */
  @Override
  public PeriodKind kind() {
    return PeriodKind.DAY;
  }

  /**
   * Returns the day itself, such as 2025-03-31.
   *
   * @return the day, inclusive
   */
  @Override
  public LocalDate startDate() {
    return date;
  }

  /**
   * Returns the day itself, such as 2025-03-31.
   *
   * @return the day, inclusive
   */
  @Override
  public LocalDate endDate() {
    return date;
  }

  /**
   * Returns the day {@code steps} days later, such as {@code 2025-04-01} for {@code 2025-03-31} plus 1.
   *
   * @param steps the number of days, may be negative
   * @return the shifted day
   * @throws IllegalArgumentException if the result is outside 1900–2100
   */
  @Override
  public CalendarDay plus(long steps) {
    Checks.steps(this, steps);
    return new CalendarDay(Checks.shiftedDate(this, steps, date.toEpochDay() + steps));
  }

  /**
   * Returns the next day, such as {@code 2025-04-01} after {@code 2025-03-31}.
   *
   * @return the next day
   * @throws IllegalArgumentException if this is {@code 2100-12-31}
   */
  @Override
  public CalendarDay next() {
    return plus(1);
  }

  /**
   * Returns the previous day, such as {@code 2024-12-31} before {@code 2025-01-01}.
   *
   * @return the previous day
   * @throws IllegalArgumentException if this is {@code 1900-01-01}
   */
  @Override
  public CalendarDay previous() {
    return plus(-1);
  }

  /**
   * Returns "Ngày 31/03/2025" in Vietnamese or "31 March 2025" in English.
   *
   * @param locale the reader's locale; Vietnamese for language {@code vi}, English otherwise
   * @return the display name
   * @throws NullPointerException if {@code locale} is null
   */
  @Override
  public String displayName(Locale locale) {
    return Names.vietnamese(locale) ? "Ngày " + Names.vietnameseDate(date) : Names.englishDate(date);
  }

  /**
   * Returns whether {@code other} is the same day.
   *
   * @param other the object to compare with
   * @return whether {@code other} is a {@code CalendarDay} with the same date
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CalendarDay that && date.equals(that.date);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return date.hashCode();
  }

  /**
   * Returns the canonical text, the ISO date such as {@code 2025-03-31}.
   *
   * @return the ISO date
   */
  @Override
  public String toString() {
    return date.toString();
  }
}
