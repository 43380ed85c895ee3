package org.reformindicators.core.period;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * A calendar month (tháng), such as {@code 2025-03} ("Tháng 3/2025", "March 2025").
 *
 * <p>Canonical text: {@code 2025-03}; SDMX {@code 2025-M03} and DHIS2 {@code 202503} are read as the same
 * period. Display names: "Tháng 3/2025" in Vietnamese, "March 2025" in English.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CalendarMonth implements ReportingPeriod {

  private static final long serialVersionUID = 1L;

  private final int year;
  private final int month;

  private CalendarMonth(int year, int month) {
    this.year = year;
    this.month = month;
  }

  /**
   * Returns the month {@code month} of {@code year}, such as {@code 2025-03} for {@code of(2025, 3)}.
   *
   * @param year the year, 1900–2100
   * @param month the month of the year, 1–12
   * @return the month
   * @throws IllegalArgumentException if {@code year} is outside 1900–2100 or {@code month} outside 1–12
   */
  public static CalendarMonth of(int year, int month) {
    return new CalendarMonth(Checks.year(year), Checks.range("month", month, 1, 12));
  }

  /**
   * Returns the month containing a day, such as {@code 2025-03} for 2025-03-31.
   *
   * @param date the day
   * @return the month containing {@code date}
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalArgumentException if the year is outside 1900–2100
   */
  public static CalendarMonth containing(LocalDate date) {
    requireNonNull(date, "date");
    return of(date.getYear(), date.getMonthValue());
  }

  /**
   * Returns the year, such as 2025 for {@code 2025-03}.
   *
   * @return the year, 1900–2100
   */
  public int year() {
    return year;
  }

  /**
   * Returns the month of the year, such as 3 for {@code 2025-03}.
   *
   * @return 1–12
   */
  public int month() {
    return month;
  }

  /**
   * Returns {@link PeriodKind#MONTH}.
   *
   * @return {@link PeriodKind#MONTH}
   */
  @Override
  public PeriodKind kind() {
    return PeriodKind.MONTH;
  }

  /**
   * Returns the first day of the month, such as 2025-03-01 for {@code 2025-03}.
   *
   * @return the first day, inclusive
   */
  @Override
  public LocalDate startDate() {
    return LocalDate.of(year, month, 1);
  }

  /**
   * Returns the last day of the month, such as 2025-02-28 for {@code 2025-02}.
   *
   * @return the last day, inclusive
   */
  @Override
  public LocalDate endDate() {
    return YearMonth.of(year, month).atEndOfMonth();
  }

  /**
   * Returns the month {@code steps} months later, such as {@code 2026-01} for {@code 2025-11} plus 2.
   *
   * @param steps the number of months, may be negative
   * @return the shifted month
   * @throws IllegalArgumentException if the result is outside 1900–2100
   */
  @Override
  public CalendarMonth plus(long steps) {
    Checks.steps(this, steps);
    long index = year * 12L + (month - 1) + steps;
    int newYear = Checks.shiftedYear(this, steps, Math.floorDiv(index, 12));
    return new CalendarMonth(newYear, Math.floorMod(index, 12) + 1);
  }

  /**
   * Returns the next month, such as {@code 2026-01} after {@code 2025-12}.
   *
   * @return the next month
   * @throws IllegalArgumentException if this is {@code 2100-12}
   */
  @Override
  public CalendarMonth next() {
    return plus(1);
  }

  /**
   * Returns the previous month, such as {@code 2024-12} before {@code 2025-01}.
   *
   * @return the previous month
   * @throws IllegalArgumentException if this is {@code 1900-01}
   */
  @Override
  public CalendarMonth previous() {
    return plus(-1);
  }

  /**
   * Returns "Tháng 3/2025" in Vietnamese or "March 2025" in English.
   *
   * @param locale the reader's locale; Vietnamese for language {@code vi}, English otherwise
   * @return the display name
   * @throws NullPointerException if {@code locale} is null
   */
  @Override
  public String displayName(Locale locale) {
    return Names.vietnamese(locale)
        ? "Tháng " + month + "/" + year
        : Names.englishMonth(month) + " " + year;
  }

  /**
   * Returns whether {@code other} is the same month.
   *
   * @param other the object to compare with
   * @return whether {@code other} is a {@code CalendarMonth} with the same year and month
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CalendarMonth that && year == that.year && month == that.month;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return year * 12 + month;
  }

  /**
   * Returns the canonical text, such as {@code 2025-03}.
   *
   * @return the year, a hyphen and the two-digit month
   */
  @Override
  public String toString() {
    return year + "-" + Names.twoDigits(month);
  }
}
