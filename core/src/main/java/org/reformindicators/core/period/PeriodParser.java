package org.reformindicators.core.period;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Year;

/**
 * Reads the canonical, SDMX and DHIS2 forms of {@link ReportingPeriod#parse(CharSequence)}: a hand-written
 * scanner, so that each rejection can say exactly what was expected and where.
 */
final class PeriodParser {

  private static final String EXPECTED_PERIOD =
      "expected a reporting period such as 2025, 2025-S1, 2025-Q3, 2025-03, 2025-03-31, 2025-YTD09 or"
          + " 2021/2025";

  private final String text;
  private int pos;

  private PeriodParser(String text) {
    this.text = text;
  }

  static ReportingPeriod parse(CharSequence text) {
    requireNonNull(text, "text");
    return new PeriodParser(text.toString()).period();
  }

  private ReportingPeriod period() {
    if (text.isEmpty()) {
      throw fail(0, EXPECTED_PERIOD);
    }
    int run = digitRun();
    return switch (run) {
      case 4 -> afterYear(year());
      case 6 -> dhis2Month();
      case 8 -> dhis2Day();
      default -> throw fail(0, "expected a four-digit year");
    };
  }

  /** DHIS2 {@code 202503}. */
  private ReportingPeriod dhis2Month() {
    int year = year();
    int month = field("month", 2, 1, 12, null);
    expectEnd();
    return CalendarMonth.of(year, month);
  }

  /** DHIS2 {@code 20250331}. */
  private ReportingPeriod dhis2Day() {
    int year = year();
    int month = field("month", 2, 1, 12, null);
    int day = dayOfMonth(year, month);
    expectEnd();
    return CalendarDay.of(year, month, day);
  }

  private ReportingPeriod afterYear(int year) {
    if (atEnd()) {
      return CalendarYear.of(year);
    }
    char c = text.charAt(pos);
    switch (c) {
      case '-':
        pos++;
        return afterHyphen(year);
      case '/':
        pos++;
        return phase(year);
      case 'Q':
        pos++;
        return quarter(year);
      case 'S':
        pos++;
        return half(year);
      case 'W':
        throw weeks();
      default:
        throw fail(pos, "expected end of text, '-', '/', 'Q' or 'S' after the year");
    }
  }

  private ReportingPeriod afterHyphen(int year) {
    if (atEnd()) {
      throw fail(pos, "expected S, Q, M, D, A, YTD or a two-digit month");
    }
    char c = text.charAt(pos);
    switch (c) {
      case 'A':
        pos++;
        field("annual period", 1, 1, 1, "annual period must be A1");
        expectEnd();
        return CalendarYear.of(year);
      case 'S':
        pos++;
        return half(year);
      case 'Q':
        pos++;
        return quarter(year);
      case 'M':
        pos++;
        return month(year);
      case 'D':
        pos++;
        int length = Year.of(year).length();
        int dayOfYear = field("day of year", 3, 1, length, "day of year must be 1–" + length + " for " + year);
        expectEnd();
        return CalendarDay.of(LocalDate.ofYearDay(year, dayOfYear));
      case 'T':
        throw fail(pos, "four-month periods (SDMX T) are not supported");
      case 'W':
        throw weeks();
      case 'Y':
        return yearToDate(year);
      default:
        if (isDigit(c)) {
          return monthOrDay(year);
        }
        throw fail(pos, "expected S, Q, M, D, A, YTD or a two-digit month");
    }
  }

  private ReportingPeriod half(int year) {
    int half = field("half", 1, 1, 2, null);
    expectEnd();
    return HalfYear.of(year, half);
  }

  private ReportingPeriod quarter(int year) {
    int quarter = field("quarter", 1, 1, 4, null);
    expectEnd();
    return Quarter.of(year, quarter);
  }

  /** SDMX {@code 2025-M03}. */
  private ReportingPeriod month(int year) {
    int month = field("month", 2, 1, 12, null);
    expectEnd();
    return CalendarMonth.of(year, month);
  }

  private ReportingPeriod yearToDate(int year) {
    if (!text.startsWith("YTD", pos)) {
      throw fail(pos, "expected S, Q, M, D, A, YTD or a two-digit month");
    }
    pos += 3;
    int months = field("year-to-date months", 2, 1, 12, null);
    expectEnd();
    if (months == 1 || months == 3 || months == 6 || months == 12) {
      ReportingPeriod same = ReportingPeriod.yearToDate(year, months);
      throw fail(
          -1,
          "a year-to-date of " + months + (months == 1 ? " month" : " months") + " is the "
              + YearToDate.describe(same) + " " + same + "; write " + same);
    }
    return YearToDate.of(year, months);
  }

  /** Canonical {@code 2025-03}, {@code 2025-03-31} and {@code 2024-12-15/2025-06-14}. */
  private ReportingPeriod monthOrDay(int year) {
    int month = field("month", 2, 1, 12, null);
    if (atEnd()) {
      return CalendarMonth.of(year, month);
    }
    if (text.charAt(pos) != '-') {
      throw fail(pos, "expected end of text or '-' and a day");
    }
    pos++;
    LocalDate start = LocalDate.of(year, month, dayOfMonth(year, month));
    if (atEnd()) {
      return CalendarDay.of(start);
    }
    if (text.charAt(pos) != '/') {
      throw fail(pos, "expected end of text or '/' and an end date");
    }
    pos++;
    LocalDate end = isoDate();
    expectEnd();
    if (end.isBefore(start)) {
      throw fail(-1, "end date " + end + " precedes start date " + start);
    }
    return DateRange.ofClosed(start, end);
  }

  /** The end of a date range, {@code 2025-06-14}. */
  private LocalDate isoDate() {
    if (digitRun() != 4) {
      throw fail(pos, "expected a four-digit year");
    }
    int year = year();
    expect('-');
    int month = field("month", 2, 1, 12, null);
    expect('-');
    return LocalDate.of(year, month, dayOfMonth(year, month));
  }

  private ReportingPeriod phase(int firstYear) {
    if (digitRun() != 4) {
      throw fail(pos, "expected a four-digit year");
    }
    int lastYear = year();
    expectEnd();
    if (lastYear < firstYear) {
      throw fail(-1, "phase end year " + lastYear + " precedes start year " + firstYear);
    }
    if (lastYear == firstYear) {
      throw fail(-1, "a phase spans at least two years; write " + firstYear);
    }
    return Phase.of(firstYear, lastYear);
  }

  private int dayOfMonth(int year, int month) {
    int length = LocalDate.of(year, month, 1).lengthOfMonth();
    String rule = "day must be 1–" + length + " for " + year + "-" + Names.twoDigits(month);
    return field("day", 2, 1, length, rule);
  }

  /** Reads the four digits at {@code pos}, already known to be digits, as a year within 1900–2100. */
  private int year() {
    int year = Integer.parseInt(text, pos, pos + 4, 10);
    if (year < ReportingPeriod.MIN_YEAR || year > ReportingPeriod.MAX_YEAR) {
      throw fail(-1, "year must be " + ReportingPeriod.MIN_YEAR + "–" + ReportingPeriod.MAX_YEAR);
    }
    pos += 4;
    return year;
  }

  /**
   * Reads a number of exactly {@code digits} digits within {@code min..max}. A value out of range is
   * reported before a wrong number of digits, because it is the likelier mistake ({@code 2025-Q5}).
   */
  private int field(String name, int digits, int min, int max, String rangeRule) {
    int start = pos;
    int run = digitRun();
    String expectedDigits = "expected " + digits + (digits == 1 ? " digit" : " digits") + " for the " + name;
    if (run == 0) {
      throw fail(start, expectedDigits);
    }
    long value = run > 9 ? Long.MAX_VALUE : Long.parseLong(text, start, start + run, 10);
    pos += run;
    if (value < min || value > max) {
      throw fail(-1, rangeRule != null ? rangeRule : name + " must be " + min + "–" + max);
    }
    if (run != digits) {
      throw fail(start, expectedDigits);
    }
    return (int) value;
  }

  private int digitRun() {
    int end = pos;
    while (end < text.length() && isDigit(text.charAt(end))) {
      end++;
    }
    return end - pos;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private boolean atEnd() {
    return pos == text.length();
  }

  private void expect(char c) {
    if (atEnd() || text.charAt(pos) != c) {
      throw fail(pos, "expected '" + c + "'");
    }
    pos++;
  }

  private void expectEnd() {
    if (!atEnd()) {
      throw fail(pos, "expected end of text");
    }
  }

  private PeriodParseException weeks() {
    return fail(pos, "week periods (SDMX W, DHIS2 W) are not supported");
  }

  private PeriodParseException fail(int index, String reason) {
    return new PeriodParseException(text, index, reason);
  }
}
