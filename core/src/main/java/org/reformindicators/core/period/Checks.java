package org.reformindicators.core.period;

import java.time.LocalDate;

/** Validation shared by the period types; messages name the field, the value and the rule. */
final class Checks {

  /**
   * More steps than there are days between 1900 and 2100: any shift this large leaves the range, and
   * rejecting it first keeps the period arithmetic free of overflow.
   */
  private static final long MAX_STEPS = 100_000L;

  private static final long MIN_EPOCH_DAY = LocalDate.of(ReportingPeriod.MIN_YEAR, 1, 1).toEpochDay();
  private static final long MAX_EPOCH_DAY = LocalDate.of(ReportingPeriod.MAX_YEAR, 12, 31).toEpochDay();

  private Checks() {}

  static int year(long year) {
    if (year < ReportingPeriod.MIN_YEAR || year > ReportingPeriod.MAX_YEAR) {
      throw new IllegalArgumentException(
          "year must be " + ReportingPeriod.MIN_YEAR + "–" + ReportingPeriod.MAX_YEAR + ", was " + year);
    }
    return (int) year;
  }

  static int range(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(field + " must be " + min + "–" + max + ", was " + value);
    }
    return value;
  }

  static LocalDate date(String field, LocalDate date) {
    if (date == null) {
      throw new NullPointerException(field);
    }
    if (date.getYear() < ReportingPeriod.MIN_YEAR || date.getYear() > ReportingPeriod.MAX_YEAR) {
      throw new IllegalArgumentException(
          field + " must be within the years " + ReportingPeriod.MIN_YEAR + "–" + ReportingPeriod.MAX_YEAR
              + ", was " + date);
    }
    return date;
  }

  /** Rejects a shift so large that no result can lie within 1900–2100. */
  static void steps(ReportingPeriod period, long steps) {
    if (steps > MAX_STEPS || steps < -MAX_STEPS) {
      throw shiftOutOfRange(period, steps);
    }
  }

  /** Returns the shifted year, or throws naming the period and the shift. */
  static int shiftedYear(ReportingPeriod period, long steps, long year) {
    if (year < ReportingPeriod.MIN_YEAR || year > ReportingPeriod.MAX_YEAR) {
      throw shiftOutOfRange(period, steps);
    }
    return (int) year;
  }

  /** Returns the shifted date, or throws naming the period and the shift. */
  static LocalDate shiftedDate(ReportingPeriod period, long steps, long epochDay) {
    if (epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
      throw shiftOutOfRange(period, steps);
    }
    return LocalDate.ofEpochDay(epochDay);
  }

  private static IllegalArgumentException shiftOutOfRange(ReportingPeriod period, long steps) {
    return new IllegalArgumentException(
        period + " plus " + steps + " would fall outside the years " + ReportingPeriod.MIN_YEAR + "–"
            + ReportingPeriod.MAX_YEAR);
  }
}
