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

  /**
   * Any period of the given kind whose {@code before} predecessors and {@code after} successors ({@code
   * plus(-before)} … {@code plus(after)}) all lie within 1900–2100. The period is built inside that band, so
   * no generated value is discarded: first its shape (the months of a year-to-date, the length of a phase
   * or date range), then its position among the positions that leave room for the neighbours.
   */
  static Gen<ReportingPeriod> periodsWithNeighbours(PeriodKind kind, int before, int after) {
    return integers()
        .between(0, 1_000)
        .zip(integers().between(0, Integer.MAX_VALUE), (shape, position) ->
            withNeighbours(kind, before, after, shape, position));
  }

  private static ReportingPeriod withNeighbours(PeriodKind kind, int before, int after, int shape, int position) {
    int minYear = ReportingPeriod.MIN_YEAR;
    int maxYear = ReportingPeriod.MAX_YEAR;
    long firstDay = LocalDate.of(minYear, 1, 1).toEpochDay();
    long lastDay = LocalDate.of(maxYear, 12, 31).toEpochDay();
    return switch (kind) {
      case DAY -> CalendarDay.of(LocalDate.ofEpochDay(within(firstDay + before, lastDay - after, position)));
      case MONTH -> {
        long index = within(minYear * 12L + before, maxYear * 12L + 11 - after, position);
        yield CalendarMonth.of((int) (index / 12), (int) (index % 12) + 1);
      }
      case QUARTER -> {
        long index = within(minYear * 4L + before, maxYear * 4L + 3 - after, position);
        yield Quarter.of((int) (index / 4), (int) (index % 4) + 1);
      }
      case HALF_YEAR -> {
        long index = within(minYear * 2L + before, maxYear * 2L + 1 - after, position);
        yield HalfYear.of((int) (index / 2), (int) (index % 2) + 1);
      }
      case YEAR_TO_DATE -> YearToDate.of(
          (int) within(minYear + before, maxYear - after, position),
          YEAR_TO_DATE_MONTHS[shape % YEAR_TO_DATE_MONTHS.length]);
      case YEAR -> CalendarYear.of((int) within(minYear + before, maxYear - after, position));
      case PHASE -> {
        // 2 to 11 years, as periods(PHASE); the k-th neighbour is shifted by k whole lengths
        int years = 2 + shape % 10;
        int first = (int) within(minYear + (long) before * years, maxYear + 1 - (after + 1L) * years, position);
        yield Phase.of(first, first + years - 1);
      }
      case DATE_RANGE -> {
        // 1 to 800 days, as periods(DATE_RANGE)
        int days = 1 + shape % 800;
        long start = within(firstDay + (long) before * days, lastDay + 1 - (after + 1L) * days, position);
        yield DateRange.ofClosed(LocalDate.ofEpochDay(start), LocalDate.ofEpochDay(start + days - 1));
      }
    };
  }

  /** Maps a non-negative draw onto {@code lowest..highest}; 0 gives the lowest, so shrinking goes there. */
  private static long within(long lowest, long highest, int draw) {
    if (lowest > highest) {
      throw new IllegalArgumentException("no room between " + lowest + " and " + highest);
    }
    return lowest + draw % (highest - lowest + 1);
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
