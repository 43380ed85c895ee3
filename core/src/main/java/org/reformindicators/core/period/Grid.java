package org.reformindicators.core.period;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The calendar grid of days, months, quarters, half-years and years: containment and subdivision. */
final class Grid {

  private Grid() {}

  /** The period of a tiling kind containing a day. */
  static ReportingPeriod containing(PeriodKind kind, LocalDate date) {
    return switch (requireTiling(kind)) {
      case DAY -> CalendarDay.of(date);
      case MONTH -> CalendarMonth.containing(date);
      case QUARTER -> Quarter.containing(date);
      case HALF_YEAR -> HalfYear.containing(date);
      case YEAR -> CalendarYear.containing(date);
      default -> throw new AssertionError(kind);
    };
  }

  static Optional<ReportingPeriod> enclosing(ReportingPeriod period, PeriodKind kind) {
    ReportingPeriod candidate = containing(kind, period.startDate());
    return candidate.encloses(period) ? Optional.of(candidate) : Optional.empty();
  }

  static List<ReportingPeriod> subdivide(ReportingPeriod period, PeriodKind kind) {
    ReportingPeriod part = containing(kind, period.startDate());
    if (!part.startDate().equals(period.startDate())) {
      throw notWhole(period, kind, part + " starts before it");
    }
    List<ReportingPeriod> parts = new ArrayList<>();
    parts.add(part);
    while (part.endDate().isBefore(period.endDate())) {
      part = part.next();
      parts.add(part);
    }
    if (!part.endDate().equals(period.endDate())) {
      throw notWhole(period, kind, part + " ends after it");
    }
    return List.copyOf(parts);
  }

  /** The named period covering exactly the days of a range, or the range itself. */
  static ReportingPeriod named(DateRange range) {
    for (PeriodKind kind : PeriodKind.values()) {
      if (kind.tilesCalendar()) {
        ReportingPeriod candidate = containing(kind, range.startDate());
        if (candidate.startDate().equals(range.startDate()) && candidate.endDate().equals(range.endDate())) {
          return candidate;
        }
      } else if (kind == PeriodKind.YEAR_TO_DATE) {
        LocalDate start = range.startDate();
        LocalDate end = range.endDate();
        if (start.getDayOfYear() == 1
            && end.getYear() == start.getYear()
            && end.getDayOfMonth() == end.lengthOfMonth()) {
          return ReportingPeriod.yearToDate(start.getYear(), end.getMonthValue());
        }
      } else if (kind == PeriodKind.PHASE) {
        LocalDate start = range.startDate();
        LocalDate end = range.endDate();
        if (start.getDayOfYear() == 1 && end.getMonthValue() == 12 && end.getDayOfMonth() == 31) {
          return ReportingPeriod.ofYears(start.getYear(), end.getYear());
        }
      }
    }
    return range;
  }

  private static PeriodKind requireTiling(PeriodKind kind) {
    requireNonNull(kind, "kind");
    if (!kind.tilesCalendar()) {
      throw new IllegalArgumentException(
          "kind must tile the calendar (DAY, MONTH, QUARTER, HALF_YEAR or YEAR), was " + kind);
    }
    return kind;
  }

  private static IllegalArgumentException notWhole(ReportingPeriod period, PeriodKind kind, String reason) {
    return new IllegalArgumentException(
        period + " is not a whole number of periods of kind " + kind + ": " + reason);
  }
}
