package org.reformindicators.core.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * The first months of a calendar year taken together (lũy kế từ đầu năm), such as {@code 2025-YTD09} for
 * January–September 2025 ("9 tháng đầu năm 2025").
 *
 * <p>Vietnamese reports use these cumulative periods ("6 tháng đầu năm", "9 tháng đầu năm"). A
 * year-to-date of 1, 3, 6 or 12 months is the month January, the quarter Q1, the half-year S1 or the whole
 * year, and is represented by that type (one period, one text); this class holds the other lengths, 2, 4,
 * 5, 7, 8, 9, 10 and 11 months. Use {@link ReportingPeriod#yearToDate(int, int)} to get the right type for
 * any length.
 *
 * <p>Canonical text: {@code 2025-YTD09}, the year, {@code -YTD} and the number of months in two digits.
 * This is this library's own form: SDMX and DHIS2 have no year-to-date period. Display names: "9 tháng đầu
 * năm 2025" in Vietnamese, "January–September 2025" in English.
 *
 * <p>{@link #next()} and {@link #previous()} step by whole years to the same months of the adjacent year,
 * the comparison Vietnamese reports call "cùng kỳ" (the same period of the previous year).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class YearToDate implements ReportingPeriod {

  private static final long serialVersionUID = 1L;

  private final int year;
  private final int months;

  private YearToDate(int year, int months) {
    this.year = year;
    this.months = months;
  }

  /**
   * Returns the first {@code months} months of {@code year}, such as {@code 2025-YTD09} for {@code of(2025,
   * 9)}.
   *
   * @param year the year, 1900–2100
   * @param months the number of months from January: 2, 4, 5, 7, 8, 9, 10 or 11
   * @return the year-to-date period
   * @throws IllegalArgumentException if {@code year} is outside 1900–2100, {@code months} is outside 1–12,
   *     or {@code months} is 1, 3, 6 or 12 (the message names the period to use instead, which {@link
   *     ReportingPeriod#yearToDate(int, int)} returns)
   */
  public static YearToDate of(int year, int months) {
    Checks.year(year);
    Checks.range("months", months, 1, 12);
    if (months == 1 || months % 3 == 0 && months != 9) {
      ReportingPeriod same = ReportingPeriod.yearToDate(year, months);
      throw new IllegalArgumentException(
          "months must not be 1, 3, 6 or 12, was " + months + ": "
              + (months == 1
                  ? "the first month of " + year + " is"
                  : "the first " + months + " months of " + year + " are")
              + " the " + describe(same) + " " + same + "; use ReportingPeriod.yearToDate(" + year + ", " + months
              + ")");
    }
    return new YearToDate(year, months);
  }

  /** The English name of the kind a year-to-date of 1, 3, 6 or 12 months reduces to. */
  static String describe(ReportingPeriod period) {
    return switch (period.kind()) {
      case MONTH -> "month";
      case QUARTER -> "quarter";
      case HALF_YEAR -> "half-year";
      case YEAR -> "year";
      default -> throw new AssertionError(period);
    };
  }

  /**
   * Returns the year, such as 2025 for {@code 2025-YTD09}.
   *
   * @return the year, 1900–2100
   */
  public int year() {
    return year;
  }

  /**
   * Returns the number of months from January, such as 9 for {@code 2025-YTD09}.
   *
   * @return 2, 4, 5, 7, 8, 9, 10 or 11
   */
  public int months() {
    return months;
  }

  /**
   * Returns {@link PeriodKind#YEAR_TO_DATE}.
   *
   * @return {@link PeriodKind#YEAR_TO_DATE}
   */
  @Override
  public PeriodKind kind() {
    return PeriodKind.YEAR_TO_DATE;
  }

  /**
   * Returns 1 January of the year, such as 2025-01-01.
   *
   * @return the first day, inclusive
   */
  @Override
  public LocalDate startDate() {
    return LocalDate.of(year, 1, 1);
  }

  /**
   * Returns the last day of the last month, such as 2025-09-30 for {@code 2025-YTD09}.
   *
   * @return the last day, inclusive
   */
  @Override
  public LocalDate endDate() {
    return YearMonth.of(year, months).atEndOfMonth();
  }

  /**
   * Returns the same months {@code steps} years later, such as {@code 2027-YTD09} for {@code 2025-YTD09}
   * plus 2.
   *
   * @param steps the number of years, may be negative
   * @return the shifted year-to-date period
   * @throws IllegalArgumentException if the result is outside 1900–2100
   */
  @Override
  public YearToDate plus(long steps) {
    Checks.steps(this, steps);
    return new YearToDate(Checks.shiftedYear(this, steps, year + steps), months);
  }

  /**
   * Returns the same months of the next year, such as {@code 2026-YTD09} after {@code 2025-YTD09}.
   *
   * @return the same months one year later
   * @throws IllegalArgumentException if this lies in 2100
   */
  @Override
  public YearToDate next() {
    return plus(1);
  }

  /**
   * Returns the same months of the previous year ("cùng kỳ năm trước"), such as {@code 2024-YTD09} before
   * {@code 2025-YTD09}.
   *
   * @return the same months one year earlier
   * @throws IllegalArgumentException if this lies in 1900
   */
  @Override
  public YearToDate previous() {
    return plus(-1);
  }

  /**
   * Returns "9 tháng đầu năm 2025" in Vietnamese or "January–September 2025" in English.
   *
   * @param locale the reader's locale; Vietnamese for language {@code vi}, English otherwise
   * @return the display name
   * @throws NullPointerException if {@code locale} is null
   */
  @Override
  public String displayName(Locale locale) {
    return Names.vietnamese(locale)
        ? months + " tháng đầu năm " + year
        : "January–" + Names.englishMonth(months) + " " + year;
  }

  /**
   * Returns whether {@code other} is the same year-to-date period.
   *
   * @param other the object to compare with
   * @return whether {@code other} is a {@code YearToDate} with the same year and months
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof YearToDate that && year == that.year && months == that.months;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return year * 12 + months;
  }

  /**
   * Returns the canonical text, such as {@code 2025-YTD09}.
   *
   * @return the year, {@code -YTD} and the two-digit number of months
   */
  @Override
  public String toString() {
    return year + "-YTD" + Names.twoDigits(months);
  }
}
