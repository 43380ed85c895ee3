package org.reformindicators.core.period;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A reporting period (kỳ báo cáo) to which an observation or a target is tied, such as {@code 2025-Q3} or
 * the phase {@code 2021/2025}.
 *
 * <p>Every period is a closed range of whole days: {@link #startDate()} and {@link #endDate()} are both
 * <em>inclusive</em>, so the year {@code 2025} runs from 2025-01-01 to 2025-12-31 and the phase {@code
 * 2021/2025} from 2021-01-01 to 2025-12-31. All its days lie within the years {@value #MIN_YEAR}–{@value
 * #MAX_YEAR}.
 *
 * <h2>Canonical text</h2>
 *
 * {@link #toString()} prints the canonical form of the observation CSV ({@code docs/formats/observations.md}), which every writer emits
 * and {@link #parse(CharSequence)} reads back to an equal period:
 *
 * <table>
 *   <caption>Canonical forms</caption>
 *   <tr><th>kind</th><th>type</th><th>example</th></tr>
 *   <tr><td>year</td><td>{@link CalendarYear}</td><td>{@code 2025}</td></tr>
 *   <tr><td>half-year</td><td>{@link HalfYear}</td><td>{@code 2025-S1}</td></tr>
 *   <tr><td>quarter</td><td>{@link Quarter}</td><td>{@code 2025-Q3}</td></tr>
 *   <tr><td>month</td><td>{@link CalendarMonth}</td><td>{@code 2025-03}</td></tr>
 *   <tr><td>day</td><td>{@link CalendarDay}</td><td>{@code 2025-03-31}</td></tr>
 *   <tr><td>year-to-date</td><td>{@link YearToDate}</td><td>{@code 2025-YTD09} (this library's own
 *       form: SDMX has none)</td></tr>
 *   <tr><td>phase</td><td>{@link Phase}</td><td>{@code 2021/2025} (both years inclusive)</td></tr>
 *   <tr><td>date range</td><td>{@link DateRange}</td><td>{@code 2024-12-15/2025-06-14} (both days
 *       inclusive)</td></tr>
 * </table>
 *
 * <p>One period has one text: a year-to-date of 1, 3, 6 or 12 months <em>is</em> the month {@code
 * 2025-01}, the quarter {@code 2025-Q1}, the half-year {@code 2025-S1} or the year {@code 2025}, and a
 * phase spans at least two years. {@link #yearToDate(int, int)}, {@link #ofYears(int, int)} and {@link
 * #ofClosed(LocalDate, LocalDate)} return the right kind. A {@link DateRange} is the one exception: it is a
 * kind of its own and is never equal to a named period, even one covering the same days.
 *
 * <h2>Order</h2>
 *
 * The natural order is total and consistent with {@code equals}: periods are ordered by start date, then
 * by end date, then by {@link PeriodKind} in declaration order. So {@code 2021/2025 < 2025-01-01 < 2025-01
 * < 2025-Q1 < 2025-S1 < 2025 < 2025-Q2}: of the periods starting on the same day, the shorter comes first.
 *
 * <p>Implementations are immutable and thread-safe; the set of implementations is closed ({@code sealed}).
 */
public sealed interface ReportingPeriod extends Comparable<ReportingPeriod>, Serializable
    permits CalendarYear, HalfYear, Quarter, CalendarMonth, CalendarDay, YearToDate, Phase, DateRange {

  /** The earliest year a period may touch, {@value}. */
  int MIN_YEAR = 1900;

  /** The latest year a period may touch, {@value}. */
  int MAX_YEAR = 2100;

  /**
   * Reads a period, such as {@code 2025-Q3}, from its canonical text or from an SDMX or DHIS2 reporting
   * period.
   *
   * <p>Accepted forms (letters are upper case, no surrounding white space):
   *
   * <ul>
   *   <li>canonical: {@code 2025}, {@code 2025-S1}, {@code 2025-Q3}, {@code 2025-03}, {@code 2025-03-31},
   *       {@code 2025-YTD09}, {@code 2021/2025}, {@code 2024-12-15/2025-06-14};
   *   <li>SDMX reporting periods: {@code 2025-A1} (year), {@code 2025-S1}, {@code 2025-Q1}, {@code
   *       2025-M03} (month), {@code 2025-D090} (day of year);
   *   <li>SDMX time ranges of a start day and an ISO 8601 duration in years, months and days: {@code
   *       2025-01-01/P1Y} is the year {@code 2025}, {@code 2025-07-01/P3M} the quarter {@code 2025-Q3},
   *       {@code 2024-12-15/P6M} the date range {@code 2024-12-15/2025-06-14}; the result is the named
   *       period covering those days when there is one, as {@link #ofClosed(LocalDate, LocalDate)} gives;
   *   <li>DHIS2 period identifiers: {@code 2025Q1}, {@code 2025S1}, {@code 202503} (month), {@code
   *       20250331} (day).
   * </ul>
   *
   * SDMX four-month ({@code 2025-T1}) and week ({@code 2025-W05}, DHIS2 {@code 2025W5}) periods are
   * rejected with a message saying so.
   *
   * @param text the text to read
   * @return the period
   * @throws NullPointerException if {@code text} is null
   * @throws PeriodParseException if {@code text} is not one of the accepted forms; the message quotes the
   *     input, says what was expected and, for a syntax error, the index of the offending character (e.g.
   *     {@code "2025-Q5": quarter must be 1–4})
   */
  static ReportingPeriod parse(CharSequence text) {
    return PeriodParser.parse(text);
  }

  /**
   * Returns the named period covering exactly the given days, such as {@code 2025-Q1} for 2025-01-01 to
   * 2025-03-31, or a {@link DateRange} when no named period does.
   *
   * <p>Named periods are tried in the order of {@link PeriodKind} (day, month, quarter, half-year,
   * year-to-date, year, phase).
   *
   * @param startInclusive the first day
   * @param endInclusive the last day, not before {@code startInclusive}
   * @return the most specific period covering exactly these days
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code endInclusive} precedes {@code startInclusive} or a day lies
   *     outside the years 1900–2100
   */
  static ReportingPeriod ofClosed(LocalDate startInclusive, LocalDate endInclusive) {
    return Grid.named(DateRange.ofClosed(startInclusive, endInclusive));
  }

  /**
   * Returns the first {@code months} months of {@code year} as one period, such as {@code 2025-YTD09} for
   * 9 months or the half-year {@code 2025-S1} for 6.
   *
   * <p>1 month gives the {@link CalendarMonth} January, 3 the {@link Quarter} Q1, 6 the {@link HalfYear}
   * S1, 12 the {@link CalendarYear}; any other length gives a {@link YearToDate}.
   *
   * @param year the year, 1900–2100
   * @param months the number of months from January, 1–12
   * @return the period
   * @throws IllegalArgumentException if {@code year} or {@code months} is out of range
   */
  static ReportingPeriod yearToDate(int year, int months) {
    Checks.year(year);
    return switch (Checks.range("months", months, 1, 12)) {
      case 1 -> CalendarMonth.of(year, 1);
      case 3 -> Quarter.of(year, 1);
      case 6 -> HalfYear.of(year, 1);
      case 12 -> CalendarYear.of(year);
      default -> YearToDate.of(year, months);
    };
  }

  /**
   * Returns the years {@code firstYear} to {@code lastYear}, both inclusive, as one period, such as the
   * phase {@code 2021/2025}, or the year {@code 2025} when both are 2025.
   *
   * @param firstYear the first year, 1900–2100
   * @param lastYear the last year, not before {@code firstYear}, 1900–2100
   * @return a {@link CalendarYear} when the years are equal, otherwise a {@link Phase}
   * @throws IllegalArgumentException if a year is out of range or {@code lastYear} precedes {@code
   *     firstYear}
   */
  static ReportingPeriod ofYears(int firstYear, int lastYear) {
    return firstYear == lastYear ? CalendarYear.of(firstYear) : Phase.of(firstYear, lastYear);
  }

  /**
   * Returns the number of years from the end of {@code from} to the end of {@code to}, such as {@code 5.0}
   * from {@code 2020} to {@code 2025}, for annual rates of change.
   *
   * <p>When both end dates are the last day of a month, the result is exact: the number of whole months
   * between them divided by 12 ({@code 2025-Q1} to {@code 2025-Q3} is 6 / 12 = 0.5; {@code 2020} to {@code
   * 2025-S1} is 54 / 12 = 4.5). Otherwise it is the number of days between them divided by 365.25, the
   * mean length of a Julian year ({@code 2025-03-15} to {@code 2026-03-15} is 365 / 365.25 ≈ 0.99932). The
   * result is negative when {@code to} ends before {@code from}, and zero when both end on the same day.
   *
   * @param from the earlier period, typically the baseline
   * @param to the later period, typically the period assessed
   * @return the signed number of years between the two end dates
   * @throws NullPointerException if an argument is null
   */
  static double yearsBetween(ReportingPeriod from, ReportingPeriod to) {
    if (from instanceof CalendarYear fromYear && to instanceof CalendarYear toYear) {
      // Both end on 31 December: 12 × (the difference of the years) months, divided by 12, is that difference
      // exactly; no date is made (the engine asks this some ten times per clause).
      return (double) toYear.year() - fromYear.year();
    }
    LocalDate fromEnd = requireNonNull(from, "from").endDate();
    LocalDate toEnd = requireNonNull(to, "to").endDate();
    if (isMonthEnd(fromEnd) && isMonthEnd(toEnd)) {
      long months =
          (toEnd.getYear() * 12L + toEnd.getMonthValue()) - (fromEnd.getYear() * 12L + fromEnd.getMonthValue());
      return months / 12.0;
    }
    return ChronoUnit.DAYS.between(fromEnd, toEnd) / 365.25;
  }

  private static boolean isMonthEnd(LocalDate date) {
    return date.getDayOfMonth() == date.lengthOfMonth();
  }

  /**
   * Returns the greatest of the given periods in the natural order, such as {@code 2025-Q2} among {@code
   * 2025-Q1} and {@code 2025-Q2}: the one that starts last, and of those the one that ends last.
   *
   * @param <P> the type of the periods
   * @param periods the periods, not empty
   * @return the latest period
   * @throws NullPointerException if {@code periods} or one of its elements is null
   * @throws IllegalArgumentException if {@code periods} is empty
   */
  static <P extends ReportingPeriod> P latest(Collection<? extends P> periods) {
    requireNonNull(periods, "periods");
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("periods must not be empty");
    }
    P latest = null;
    for (P period : periods) {
      requireNonNull(period, "periods element");
      if (latest == null || period.compareTo(latest) > 0) {
        latest = period;
      }
    }
    return latest;
  }

  /**
   * Returns the kind of this period, such as {@link PeriodKind#QUARTER} for {@code 2025-Q3}.
   *
   * @return the kind
   */
  PeriodKind kind();

  /**
   * Returns the first day of this period, inclusive, such as 2025-07-01 for {@code 2025-Q3}.
   *
   * @return the first day
   */
  LocalDate startDate();

  /**
   * Returns the last day of this period, inclusive, such as 2025-09-30 for {@code 2025-Q3}.
   *
   * @return the last day
   */
  LocalDate endDate();

  /**
   * Returns the number of days in this period, such as 92 for {@code 2025-Q3}.
   *
   * @return the number of days, at least 1
   */
  default long lengthInDays() {
    return endDate().toEpochDay() - startDate().toEpochDay() + 1;
  }

  /**
   * Returns whether a day lies in this period, such as 2025-09-30 in {@code 2025-Q3}; both ends count.
   *
   * @param date the day
   * @return whether {@code startDate() <= date <= endDate()}
   * @throws NullPointerException if {@code date} is null
   */
  default boolean contains(LocalDate date) {
    requireNonNull(date, "date");
    return !date.isBefore(startDate()) && !date.isAfter(endDate());
  }

  /**
   * Returns whether every day of another period lies in this one, such as {@code 2025-08} in {@code
   * 2025-Q3}; the same as {@link #encloses(ReportingPeriod)}, under the name reporting code reads best.
   *
   * @param other the other period
   * @return whether this period encloses {@code other}
   * @throws NullPointerException if {@code other} is null
   */
  default boolean contains(ReportingPeriod other) {
    return encloses(other);
  }

  /**
   * Returns whether every day of another period lies in this one, such as {@code 2025-Q3} in {@code
   * 2025}; a period encloses itself.
   *
   * @param other the other period
   * @return whether {@code startDate() <= other.startDate()} and {@code other.endDate() <= endDate()}
   * @throws NullPointerException if {@code other} is null
   */
  default boolean encloses(ReportingPeriod other) {
    requireNonNull(other, "other");
    return !other.startDate().isBefore(startDate()) && !other.endDate().isAfter(endDate());
  }

  /**
   * Returns whether this period and another share at least one day, such as {@code 2025-YTD09} and {@code
   * 2025-Q3}.
   *
   * @param other the other period
   * @return whether the two periods have a day in common
   * @throws NullPointerException if {@code other} is null
   */
  default boolean overlaps(ReportingPeriod other) {
    requireNonNull(other, "other");
    return !other.endDate().isBefore(startDate()) && !other.startDate().isAfter(endDate());
  }

  /**
   * Returns whether this period ends before a day, such as {@code 2025-Q3} before 2025-10-01.
   *
   * @param date the day
   * @return whether {@code endDate() < date}
   * @throws NullPointerException if {@code date} is null
   */
  default boolean isBefore(LocalDate date) {
    requireNonNull(date, "date");
    return endDate().isBefore(date);
  }

  /**
   * Returns whether this period ends before another starts, such as {@code 2025-Q3} before {@code
   * 2025-Q4}.
   *
   * @param other the other period
   * @return whether {@code endDate() < other.startDate()}
   * @throws NullPointerException if {@code other} is null
   */
  default boolean isBefore(ReportingPeriod other) {
    requireNonNull(other, "other");
    return endDate().isBefore(other.startDate());
  }

  /**
   * Returns whether this period starts after a day, such as {@code 2025-Q3} after 2025-06-30.
   *
   * @param date the day
   * @return whether {@code startDate() > date}
   * @throws NullPointerException if {@code date} is null
   */
  default boolean isAfter(LocalDate date) {
    requireNonNull(date, "date");
    return startDate().isAfter(date);
  }

  /**
   * Returns whether this period starts after another ends, such as {@code 2025-Q3} after {@code 2025-Q2}.
   *
   * @param other the other period
   * @return whether {@code startDate() > other.endDate()}
   * @throws NullPointerException if {@code other} is null
   */
  default boolean isAfter(ReportingPeriod other) {
    requireNonNull(other, "other");
    return startDate().isAfter(other.endDate());
  }

  /**
   * Returns the period {@code steps} periods of the same kind later, such as {@code 2026-Q1} for {@code
   * 2025-Q3} plus 2; negative steps go back.
   *
   * <p>Years, half-years, quarters, months and days step to the adjacent period. A {@link YearToDate} steps
   * by whole years to the same months of another year ("cùng kỳ"), a {@link Phase} to the adjacent phase
   * of the same number of years, a {@link DateRange} to the adjacent range of the same number of days.
   *
   * @param steps the number of periods to move, may be negative
   * @return the period of the same kind, {@code steps} periods away
   * @throws IllegalArgumentException if the result would fall outside the years 1900–2100
   */
  ReportingPeriod plus(long steps);

  /**
   * Returns the next period of the same kind, such as {@code 2025-Q4} after {@code 2025-Q3}; the same as
   * {@code plus(1)}.
   *
   * @return the next period, which never overlaps this one
   * @throws IllegalArgumentException if the result would fall outside the years 1900–2100
   */
  default ReportingPeriod next() {
    return plus(1);
  }

  /**
   * Returns the previous period of the same kind, such as {@code 2025-Q2} before {@code 2025-Q3}; the same
   * as {@code plus(-1)}.
   *
   * @return the previous period, which never overlaps this one
   * @throws IllegalArgumentException if the result would fall outside the years 1900–2100
   */
  default ReportingPeriod previous() {
    return plus(-1);
  }

  /**
   * Returns the period of a kind that tiles the calendar and encloses this one, such as {@code 2025-Q3}
   * for the month {@code 2025-08} and kind {@link PeriodKind#QUARTER}.
   *
   * <p>A period encloses itself, so {@code 2025-Q3.enclosing(QUARTER)} is {@code 2025-Q3}. The result is
   * empty when no single period of the kind encloses this one: {@code 2025-YTD09} lies in the year {@code
   * 2025} but in no quarter or half-year, and the month {@code 2025-08} lies in no single day.
   *
   * @param kind a kind that {@linkplain PeriodKind#tilesCalendar() tiles the calendar}
   * @return the enclosing period of that kind, if there is one
   * @throws NullPointerException if {@code kind} is null
   * @throws IllegalArgumentException if {@code kind} does not tile the calendar
   */
  default Optional<ReportingPeriod> enclosing(PeriodKind kind) {
    return Grid.enclosing(this, kind);
  }

  /**
   * Divides this period into consecutive periods of a kind that tiles the calendar, such as {@code 2025-Q1,
   * 2025-Q2, 2025-Q3} for {@code 2025-YTD09} and kind {@link PeriodKind#QUARTER}.
   *
   * <p>The parts are in order, the first starts on {@link #startDate()}, the last ends on {@link
   * #endDate()}, and each starts the day after the previous one ends: together they cover exactly this
   * period. A period divided into its own kind gives itself.
   *
   * @param kind a kind that {@linkplain PeriodKind#tilesCalendar() tiles the calendar}
   * @return the parts, an unmodifiable list with at least one element
   * @throws NullPointerException if {@code kind} is null
   * @throws IllegalArgumentException if {@code kind} does not tile the calendar, or this period is not a
   *     whole number of periods of that kind (e.g. {@code 2025-YTD08} into quarters, or {@code 2025-Q1}
   *     into years)
   */
  default List<ReportingPeriod> subdivide(PeriodKind kind) {
    return Grid.subdivide(this, kind);
  }

  /**
   * Returns the name of this period for people to read, such as "Quý III/2025" in Vietnamese or "Q3 2025"
   * in English.
   *
   * <p>The name is Vietnamese when the locale's language is Vietnamese ({@code vi}, e.g. {@code
   * Locale.forLanguageTag("vi-VN")}) and English for every other locale. Vietnamese names follow the usage
   * of provincial reports and are in Unicode NFC:
   *
   * <table>
   *   <caption>Display names</caption>
   *   <tr><th>period</th><th>Vietnamese</th><th>English</th></tr>
   *   <tr><td>{@code 2025}</td><td>Năm 2025</td><td>2025</td></tr>
   *   <tr><td>{@code 2025-S1}</td><td>6 tháng đầu năm 2025</td><td>first half of 2025</td></tr>
   *   <tr><td>{@code 2025-S2}</td><td>6 tháng cuối năm 2025</td><td>second half of 2025</td></tr>
   *   <tr><td>{@code 2025-Q3}</td><td>Quý III/2025</td><td>Q3 2025</td></tr>
   *   <tr><td>{@code 2025-03}</td><td>Tháng 3/2025</td><td>March 2025</td></tr>
   *   <tr><td>{@code 2025-03-31}</td><td>Ngày 31/03/2025</td><td>31 March 2025</td></tr>
   *   <tr><td>{@code 2025-YTD09}</td><td>9 tháng đầu năm 2025</td><td>January–September 2025</td></tr>
   *   <tr><td>{@code 2021/2025}</td><td>Giai đoạn 2021–2025</td><td>2021–2025 phase</td></tr>
   *   <tr><td>{@code 2024-12-15/2025-06-14}</td><td>Từ ngày 15/12/2024 đến ngày 14/06/2025</td>
   *       <td>15 December 2024 – 14 June 2025</td></tr>
   * </table>
   *
   * @param locale the locale of the reader
   * @return the display name
   * @throws NullPointerException if {@code locale} is null
   */
  String displayName(Locale locale);

  /**
   * Returns the canonical text of this period, such as {@code 2025-Q3}, which {@link #parse(CharSequence)}
   * reads back to an equal period (see the table above).
   *
   * @return the canonical text
   */
  @Override
  String toString();

  /**
   * Compares this period with another by start date, then end date, then {@link PeriodKind} declaration
   * order; consistent with {@code equals}.
   *
   * @param other the other period
   * @return a negative number, zero or a positive number as this period is before, equal to or after
   *     {@code other}
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  default int compareTo(ReportingPeriod other) {
    requireNonNull(other, "other");
    int byStart = startDate().compareTo(other.startDate());
    if (byStart != 0) {
      return byStart;
    }
    int byEnd = endDate().compareTo(other.endDate());
    return byEnd != 0 ? byEnd : kind().compareTo(other.kind());
  }
}
