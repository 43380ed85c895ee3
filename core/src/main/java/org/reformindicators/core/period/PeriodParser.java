package org.reformindicators.core.period;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/**
 * Reads the canonical, SDMX and DHIS2 forms of {@link ReportingPeriod#parse(CharSequence)}: a hand-written
 * scanner, so that each rejection can say exactly what was expected and where.
 */
final class PeriodParser {

  private static final String EXPECTED_PERIOD =
      "expected a reporting period such as 2025, 2025-S1, 2025-Q3, 2025-03, 2025-03-31, 2025-YTD09 or"
          + " 2021/2025";

  private static final String EXPECTED_AFTER_HYPHEN = "expected S, Q, M, D, A, YTD or a two-digit month";

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
    int month = field("month", 2, 1, 12, null, true);
    int day = dayOfMonth(year, month);
    expectEnd();
    return CalendarDay.of(year, month, day);
  }

  /** After the four-digit year; each branch skips the character that chose it. */
  private ReportingPeriod afterYear(int year) {
    if (atEnd()) {
      return CalendarYear.of(year);
    }
    return switch (text.charAt(pos)) {
      case '-' -> afterHyphen(year);
      case '/' -> phase(year);
      case 'Q' -> quarter(year);
      case 'S' -> half(year);
      case 'W' -> throw weeks();
      default -> throw fail(pos, "expected end of text, '-', '/', 'Q' or 'S' after the year");
    };
  }

  private ReportingPeriod afterHyphen(int year) {
    pos++;
    if (atEnd()) {
      throw fail(pos, EXPECTED_AFTER_HYPHEN);
    }
    char c = text.charAt(pos);
    return switch (c) {
      case 'A' -> annual(year);
      case 'S' -> half(year);
      case 'Q' -> quarter(year);
      case 'M' -> month(year);
      case 'D' -> dayOfYear(year);
      case 'T' -> throw fail(pos, "four-month periods (SDMX T) are not supported");
      case 'W' -> throw weeks();
      case 'Y' -> yearToDate(year);
      default -> {
        if (isDigit(c)) {
          yield monthOrDay(year);
        }
        throw fail(pos, EXPECTED_AFTER_HYPHEN);
      }
    };
  }

  /** SDMX {@code 2025-A1}. */
  private ReportingPeriod annual(int year) {
    pos++;
    field("annual period", 1, 1, 1, "annual period must be A1");
    expectEnd();
    return CalendarYear.of(year);
  }

  /** SDMX {@code 2025-D090}. */
  private ReportingPeriod dayOfYear(int year) {
    pos++;
    int length = Year.of(year).length();
    int day = field("day of year", 3, 1, length, "day of year must be 1–" + length + " for " + year);
    expectEnd();
    return CalendarDay.of(LocalDate.ofYearDay(year, day));
  }

  /** Canonical and SDMX {@code 2025-S1}, DHIS2 {@code 2025S1}. */
  private ReportingPeriod half(int year) {
    pos++;
    int half = field("half", 1, 1, 2, null);
    expectEnd();
    return HalfYear.of(year, half);
  }

  /** Canonical and SDMX {@code 2025-Q1}, DHIS2 {@code 2025Q1}. */
  private ReportingPeriod quarter(int year) {
    pos++;
    int quarter = field("quarter", 1, 1, 4, null);
    expectEnd();
    return Quarter.of(year, quarter);
  }

  /** SDMX {@code 2025-M03}. */
  private ReportingPeriod month(int year) {
    pos++;
    int month = field("month", 2, 1, 12, null);
    expectEnd();
    return CalendarMonth.of(year, month);
  }

  private ReportingPeriod yearToDate(int year) {
    if (!text.startsWith("YTD", pos)) {
      throw fail(pos, EXPECTED_AFTER_HYPHEN);
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
    int month = field("month", 2, 1, 12, null, true);
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
      throw fail(pos, "expected end of text or '/' and an end date or a duration");
    }
    pos++;
    if (!atEnd() && text.charAt(pos) == 'P') {
      return timeRange(start);
    }
    LocalDate end = isoDate();
    expectEnd();
    if (end.isBefore(start)) {
      throw fail(-1, "end date " + end + " precedes start date " + start);
    }
    return DateRange.ofClosed(start, end);
  }

  /**
   * SDMX time range {@code 2025-01-01/P1Y}: a start day and an ISO 8601 duration of years, months and days
   * ({@code P1Y}, {@code P6M}, {@code P1Y6M}, {@code P10D}); the period ends the day before start plus
   * duration and is returned as the named period covering those days, if any.
   */
  private ReportingPeriod timeRange(LocalDate start) {
    int durationIndex = pos;
    pos++;
    long years = durationPart('Y');
    long months = durationPart('M');
    long days = durationPart('D');
    if (pos == durationIndex + 1) {
      throw fail(pos, "expected a duration such as P1Y, P6M or P10D");
    }
    expectEnd();
    if (years + months + days == 0) {
      throw fail(-1, "duration must be longer than zero days");
    }
    // at most six digits per part (durationPart), so this stays far inside LocalDate's range
    LocalDate end = start.plusYears(years).plusMonths(months).plusDays(days).minusDays(1);
    if (end.getYear() > ReportingPeriod.MAX_YEAR) {
      throw fail(-1, "the time range must end by " + ReportingPeriod.MAX_YEAR + "-12-31");
    }
    return ReportingPeriod.ofClosed(start, end);
  }

  /** Reads {@code <digits><designator>} if the designator follows the digits, or nothing. */
  private long durationPart(char designator) {
    int run = digitRun();
    if (run == 0 || pos + run >= text.length() || text.charAt(pos + run) != designator) {
      return 0;
    }
    if (run > 6) {
      throw fail(-1, "the time range must end by " + ReportingPeriod.MAX_YEAR + "-12-31");
    }
    long value = Long.parseLong(text, pos, pos + run, 10);
    pos += run + 1;
    return value;
  }

  /** The end of a date range, {@code 2025-06-14}. */
  private LocalDate isoDate() {
    if (digitRun() != 4) {
      throw fail(pos, "expected a four-digit year");
    }
    int year = year();
    expect('-');
    int month = field("month", 2, 1, 12, null, true);
    expect('-');
    return LocalDate.of(year, month, dayOfMonth(year, month));
  }

  private ReportingPeriod phase(int firstYear) {
    pos++;
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
    int length = YearMonth.of(year, month).lengthOfMonth();
    String rule = "day must be 1–" + length + " for " + year + "-" + Names.twoDigits(month);
    return field("day", 2, 1, length, rule, true);
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
   * Reads a number of exactly {@code digits} digits within {@code min..max} that ends the text (or is
   * followed by a letter). A value out of range is reported before a wrong number of digits, because it is
   * the likelier mistake ({@code 2025-Q5}, {@code 2025-Q10}).
   */
  private int field(String name, int digits, int min, int max, String rangeRule) {
    return field(name, digits, min, max, rangeRule, false);
  }

  /**
   * Reads a number of {@code digits} digits within {@code min..max}. When {@code separatorFollows}, only
   * {@code digits} digits are taken from a longer run, so that a missing separator ({@code 2025-0331}) or a
   * packed DHIS2 form ({@code 20250331}) is read field by field.
   */
  private int field(String name, int digits, int min, int max, String rangeRule, boolean separatorFollows) {
    int start = pos;
    int run = digitRun();
    if (separatorFollows && run > digits) {
      run = digits;
    }
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
