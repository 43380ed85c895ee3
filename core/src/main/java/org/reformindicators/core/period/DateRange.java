package org.reformindicators.core.period;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A closed range of days that is not necessarily a calendar unit, such as {@code 2024-12-15/2025-06-14},
 * the statutory six-month reporting window of Decree 09/2019/NĐ-CP (15 December to 14 June).
 *
 * <p>Both dates are <em>inclusive</em>, unlike ThreeTen-Extra's {@code LocalDateRange}, so that the text
 * reads like a phase ({@code 2021/2025}). A date range is a kind of its own: {@code
 * DateRange.ofClosed(2025-01-01, 2025-03-31)} covers the same days as {@code 2025-Q1} but is not equal to
 * it, and sorts after it (see {@link PeriodKind}). Use {@link ReportingPeriod#ofClosed(LocalDate,
 * LocalDate)} to get the named period when there is one.
 *
 * <p>Canonical text: {@code 2024-12-15/2025-06-14}, the two ISO dates joined by a slash, which {@link
 * ReportingPeriod#parse(CharSequence)} always reads back as a date range. (An SDMX time range such as
 * {@code 2025-01-01/P3M} is read as the named period it covers, here {@code 2025-Q1}.) Display names:
 * "Từ ngày 15/12/2024 đến ngày 14/06/2025" in Vietnamese, "15 December 2024 – 14 June 2025" in English.
 * {@link #next()} is the adjacent range of the same number of days.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DateRange implements ReportingPeriod {

  private static final long serialVersionUID = 1L;

  private final LocalDate start;
  private final LocalDate end;

  private DateRange(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Returns the range from {@code startInclusive} to {@code endInclusive}, such as {@code
   * 2024-12-15/2025-06-14}.
   *
   * @param startInclusive the first day
   * @param endInclusive the last day, not before {@code startInclusive}
   * @return the date range, always of kind {@link PeriodKind#DATE_RANGE}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a day lies outside the years 1900–2100 or {@code endInclusive}
   *     precedes {@code startInclusive}
   */
  public static DateRange ofClosed(LocalDate startInclusive, LocalDate endInclusive) {
    Checks.date("startInclusive", startInclusive);
    Checks.date("endInclusive", endInclusive);
    if (endInclusive.isBefore(startInclusive)) {
      throw new IllegalArgumentException(
          "endInclusive must not precede startInclusive " + startInclusive + ", was " + endInclusive);
    }
    return new DateRange(startInclusive, endInclusive);
  }

  /**
   * Returns {@link PeriodKind#DATE_RANGE}.
   *
   * @return {@link PeriodKind#DATE_RANGE}
   */
  @Override
  public PeriodKind kind() {
    return PeriodKind.DATE_RANGE;
  }

  /**
   * Returns the first day, such as 2024-12-15.
   *
   * @return the first day, inclusive
   */
  @Override
  public LocalDate startDate() {
    return start;
  }

  /**
   * Returns the last day, such as 2025-06-14.
   *
   * @return the last day, inclusive
   */
  @Override
  public LocalDate endDate() {
    return end;
  }

  /**
   * Returns the range of the same length {@code steps} lengths later, such as {@code 2025-01-03/2025-01-04}
   * for {@code 2025-01-01/2025-01-02} plus 1.
   *
   * @param steps the number of ranges to move by, may be negative
   * @return the shifted range
   * @throws IllegalArgumentException if the result is outside 1900–2100
   */
  @Override
  public DateRange plus(long steps) {
    Checks.steps(this, steps);
    long shift = steps * lengthInDays();
    return new DateRange(
        Checks.shiftedDate(this, steps, start.toEpochDay() + shift),
        Checks.shiftedDate(this, steps, end.toEpochDay() + shift));
  }

  /**
   * Returns the adjacent later range of the same length, such as {@code 2025-06-15/2025-12-14} after
   * {@code 2024-12-15/2025-06-14} (183 days each).
   *
   * @return the next range
   * @throws IllegalArgumentException if it would end after 2100
   */
  @Override
  public DateRange next() {
    return plus(1);
  }

  /**
   * Returns the adjacent earlier range of the same length.
   *
   * @return the previous range
   * @throws IllegalArgumentException if it would start before 1900
   */
  @Override
  public DateRange previous() {
    return plus(-1);
  }

  /**
   * Returns "Từ ngày 15/12/2024 đến ngày 14/06/2025" in Vietnamese or "15 December 2024 – 14 June 2025" in
   * English.
   *
   * @param locale the reader's locale; Vietnamese for language {@code vi}, English otherwise
   * @return the display name
   * @throws NullPointerException if {@code locale} is null
   */
  @Override
  public String displayName(Locale locale) {
    return Names.vietnamese(locale)
        ? "Từ ngày " + Names.vietnameseDate(start) + " đến ngày " + Names.vietnameseDate(end)
        : Names.englishDate(start) + " – " + Names.englishDate(end);
  }

  /**
   * Returns whether {@code other} is the same range; a range is never equal to a named period.
   *
   * @param other the object to compare with
   * @return whether {@code other} is a {@code DateRange} with the same start and end
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof DateRange that && start.equals(that.start) && end.equals(that.end);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return start.hashCode() * 31 + end.hashCode();
  }

  /**
   * Returns the canonical text, such as {@code 2024-12-15/2025-06-14}.
   *
   * @return the two ISO dates joined by a slash
   */
  @Override
  public String toString() {
    return start + "/" + end;
  }
}
