package org.reformindicators.core.period;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of reporting periods of every kind, across the whole 1900–2100 range. */
final class PeriodGenerators {

  private static final int[] YEAR_TO_DATE_MONTHS = {2, 4, 5, 7, 8, 9, 10, 11};
  private static final int KINDS = PeriodKind.values().length;

  private PeriodGenerators() {}

  /** Any period of any kind; the kind is picked uniformly, so every kind is exercised in every run. */
  static Gen<ReportingPeriod> periods() {
    return integers()
        .between(0, KINDS - 1)
        .zip(years(), integers().between(1, 12), integers().between(0, 100_000), PeriodGenerators::build);
  }

  /** Any period of the given kind. */
  static Gen<ReportingPeriod> periods(PeriodKind kind) {
    return years()
        .zip(
            integers().between(1, 12),
            integers().between(0, 100_000),
            (y, a, b) -> build(kind.ordinal(), y, a, b));
  }

  /** The kinds that tile the calendar: day, month, quarter, half-year and year. */
  static Gen<PeriodKind> tilingKinds() {
    return Generate.pick(
        List.of(PeriodKind.DAY, PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.YEAR));
  }

  static Gen<Integer> years() {
    return integers().between(ReportingPeriod.MIN_YEAR, ReportingPeriod.MAX_YEAR);
  }

  private static ReportingPeriod build(int kindIndex, int year, int a, int b) {
    PeriodKind kind = PeriodKind.values()[kindIndex];
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate day = first.plusDays(b % first.lengthOfYear());
    return switch (kind) {
      case DAY -> CalendarDay.of(day);
      case MONTH -> CalendarMonth.of(year, a);
      case QUARTER -> Quarter.of(year, 1 + a % 4);
      case HALF_YEAR -> HalfYear.of(year, 1 + a % 2);
      case YEAR_TO_DATE -> YearToDate.of(year, YEAR_TO_DATE_MONTHS[a % YEAR_TO_DATE_MONTHS.length]);
      case YEAR -> CalendarYear.of(year);
      case PHASE -> {
        int firstYear = Math.min(year, ReportingPeriod.MAX_YEAR - 1);
        int span = 1 + b % Math.min(10, ReportingPeriod.MAX_YEAR - firstYear);
        yield Phase.of(firstYear, firstYear + span);
      }
      case DATE_RANGE -> {
        LocalDate last = LocalDate.of(ReportingPeriod.MAX_YEAR, 12, 31);
        LocalDate end = day.plusDays((long) a * b % 800);
        yield DateRange.ofClosed(day, end.isAfter(last) ? last : end);
      }
    };
  }
}
