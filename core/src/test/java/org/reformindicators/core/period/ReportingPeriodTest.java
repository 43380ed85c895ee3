package org.reformindicators.core.period;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Laws and shared operations of {@link ReportingPeriod}, checked over every kind. */
class ReportingPeriodTest {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private static ReportingPeriod p(String text) {
    return ReportingPeriod.parse(text);
  }

  private static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  // ---- properties -------------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(PeriodKind.class)
  void parseReadsBackTheCanonicalTextOfEveryKind(PeriodKind kind) {
    qt().forAll(PeriodGenerators.periods(kind))
        .check(p -> p.kind() == kind && ReportingPeriod.parse(p.toString()).equals(p));
  }

  @Test
  void orderIsByStartThenEndThenKindAndConsistentWithEquals() {
    qt().forAll(PeriodGenerators.periods(), PeriodGenerators.periods())
        .check((p, q) -> {
          int c = p.compareTo(q);
          int expected = p.startDate().compareTo(q.startDate());
          if (expected == 0) {
            expected = p.endDate().compareTo(q.endDate());
          }
          if (expected == 0) {
            expected = p.kind().compareTo(q.kind());
          }
          return Integer.signum(c) == Integer.signum(expected)
              && Integer.signum(c) == -Integer.signum(q.compareTo(p))
              && (c == 0) == p.equals(q)
              && (c != 0 || p.hashCode() == q.hashCode());
        });
  }

  @Test
  void orderIsTransitive() {
    qt().forAll(PeriodGenerators.periods(), PeriodGenerators.periods(), PeriodGenerators.periods())
        .check((a, b, c) -> !(a.compareTo(b) <= 0 && b.compareTo(c) <= 0) || a.compareTo(c) <= 0);
  }

  @Test
  void equalSpansOfDifferentKindsAreDistinctAndOrderedByKind() {
    ReportingPeriod quarter = Quarter.of(2025, 1);
    ReportingPeriod range = DateRange.ofClosed(d("2025-01-01"), d("2025-03-31"));
    assertFalse(quarter.equals(range));
    assertTrue(quarter.compareTo(range) < 0);
    assertTrue(range.compareTo(quarter) > 0);
  }

  @Test
  void documentedOrderExample() {
    List<ReportingPeriod> sorted =
        Stream.of("2025-Q2", "2025", "2025-01-01", "2025-S1", "2021/2025", "2025-01", "2025-Q1")
            .map(ReportingPeriod::parse)
            .sorted()
            .toList();
    assertEquals("[2021/2025, 2025-01-01, 2025-01, 2025-Q1, 2025-S1, 2025, 2025-Q2]", sorted.toString());
  }

  @ParameterizedTest
  @EnumSource(PeriodKind.class)
  void aPeriodNeitherContainsNorOverlapsItsNeighbours(PeriodKind kind) {
    // the law looks one period back and three ahead, so the generator leaves room for exactly those
    qt().forAll(PeriodGenerators.periodsWithNeighbours(kind, 1, 3))
        .check(p -> !p.contains(p.next())
            && !p.overlaps(p.next())
            && p.next().isAfter(p)
            && !p.contains(p.previous())
            && p.previous().isBefore(p)
            && p.next().previous().equals(p)
            && p.next().kind() == p.kind()
            && p.plus(3).equals(p.next().next().next())
            && p.plus(0).equals(p));
  }

  @ParameterizedTest
  @EnumSource(PeriodKind.class)
  void subdivisionTilesExactlyOrIsRejected(PeriodKind periodKind) {
    qt().forAll(PeriodGenerators.periods(periodKind), PeriodGenerators.tilingKinds())
        .check((p, kind) -> {
          boolean whole = Grid.containing(kind, p.startDate()).startDate().equals(p.startDate())
              && Grid.containing(kind, p.endDate()).endDate().equals(p.endDate());
          List<ReportingPeriod> parts;
          try {
            parts = p.subdivide(kind);
          } catch (IllegalArgumentException e) {
            return !whole;
          }
          return whole && tiles(p, kind, parts);
        });
  }

  private static boolean tiles(ReportingPeriod whole, PeriodKind kind, List<ReportingPeriod> parts) {
    if (parts.isEmpty()
        || !parts.get(0).startDate().equals(whole.startDate())
        || !parts.get(parts.size() - 1).endDate().equals(whole.endDate())) {
      return false;
    }
    long days = 0;
    for (int i = 0; i < parts.size(); i++) {
      ReportingPeriod part = parts.get(i);
      if (part.kind() != kind) {
        return false;
      }
      if (i > 0 && !parts.get(i - 1).endDate().plusDays(1).equals(part.startDate())) {
        return false;
      }
      days += part.lengthInDays();
    }
    return days == whole.lengthInDays();
  }

  @Test
  void enclosingIsTheTilingPeriodThatContainsTheWholePeriod() {
    qt().forAll(PeriodGenerators.periods(), PeriodGenerators.tilingKinds())
        .check((p, kind) -> {
          Optional<ReportingPeriod> enclosing = p.enclosing(kind);
          ReportingPeriod atStart = Grid.containing(kind, p.startDate());
          return enclosing.isPresent() == atStart.contains(p.endDate())
              && enclosing.map(e -> e.kind() == kind && e.encloses(p)).orElse(true);
        });
  }

  @Test
  void ofClosedReturnsTheNamedPeriodOfTheSameSpan() {
    qt().forAll(PeriodGenerators.periods())
        .check(p -> {
          ReportingPeriod named = ReportingPeriod.ofClosed(p.startDate(), p.endDate());
          boolean sameSpan = named.startDate().equals(p.startDate()) && named.endDate().equals(p.endDate());
          return sameSpan && (p.kind() == PeriodKind.DATE_RANGE || named.equals(p));
        });
  }

  // ---- factories on the supertype ---------------------------------------------------------------------

  static Stream<Arguments> ofClosedTable() {
    return Stream.of(
        Arguments.of("2025-03-31", "2025-03-31", "2025-03-31", PeriodKind.DAY),
        Arguments.of("2025-02-01", "2025-02-28", "2025-02", PeriodKind.MONTH),
        Arguments.of("2025-01-01", "2025-03-31", "2025-Q1", PeriodKind.QUARTER),
        Arguments.of("2025-07-01", "2025-12-31", "2025-S2", PeriodKind.HALF_YEAR),
        Arguments.of("2025-01-01", "2025-09-30", "2025-YTD09", PeriodKind.YEAR_TO_DATE),
        Arguments.of("2025-01-01", "2025-12-31", "2025", PeriodKind.YEAR),
        Arguments.of("2021-01-01", "2025-12-31", "2021/2025", PeriodKind.PHASE),
        Arguments.of("2024-12-15", "2025-06-14", "2024-12-15/2025-06-14", PeriodKind.DATE_RANGE),
        // starts on 1 January but does not end on a month end: not a year-to-date
        Arguments.of("2025-01-01", "2025-09-29", "2025-01-01/2025-09-29", PeriodKind.DATE_RANGE),
        // two whole months that are not a quarter
        Arguments.of("2025-02-01", "2025-03-31", "2025-02-01/2025-03-31", PeriodKind.DATE_RANGE));
  }

  @ParameterizedTest(name = "{0}..{1} -> {2}")
  @MethodSource("ofClosedTable")
  void ofClosedPicksTheMostSpecificKind(String start, String end, String text, PeriodKind kind) {
    ReportingPeriod period = ReportingPeriod.ofClosed(d(start), d(end));
    assertEquals(text, period.toString());
    assertEquals(kind, period.kind());
  }

  @Test
  void ofClosedRejectsAReversedRange() {
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class, () -> ReportingPeriod.ofClosed(d("2025-03-31"), d("2025-01-01")));
    assertEquals("endInclusive must not precede startInclusive 2025-03-31, was 2025-01-01", e.getMessage());
  }

  @Test
  void yearToDateReturnsTheOnePeriodForEachLength() {
    List<String> texts = new ArrayList<>();
    for (int months = 1; months <= 12; months++) {
      texts.add(ReportingPeriod.yearToDate(2025, months).toString());
    }
    assertEquals(
        List.of(
            "2025-01", "2025-YTD02", "2025-Q1", "2025-YTD04", "2025-YTD05", "2025-S1",
            "2025-YTD07", "2025-YTD08", "2025-YTD09", "2025-YTD10", "2025-YTD11", "2025"),
        texts);
    assertEquals(HalfYear.of(2025, 1), ReportingPeriod.yearToDate(2025, 6));
  }

  @Test
  void yearToDateRejectsImpossibleLengthsAndYears() {
    assertEquals(
        "months must be 1–12, was 13",
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.yearToDate(2025, 13)).getMessage());
    assertEquals(
        "months must be 1–12, was 0",
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.yearToDate(2025, 0)).getMessage());
    assertEquals(
        "year must be 1900–2100, was 2101",
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.yearToDate(2101, 9)).getMessage());
  }

  @Test
  void ofYearsGivesAYearOrAPhase() {
    assertEquals(CalendarYear.of(2025), ReportingPeriod.ofYears(2025, 2025));
    assertEquals(Phase.of(2021, 2025), ReportingPeriod.ofYears(2021, 2025));
    assertEquals(
        "lastYear must not precede firstYear 2025, was 2021",
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.ofYears(2025, 2021)).getMessage());
  }

  @Test
  void latestIsTheGreatestInTheNaturalOrder() {
    assertEquals(p("2025-Q2"), ReportingPeriod.latest(List.of(p("2025-Q1"), p("2025-Q2"), p("2024"))));
    // starts last wins over ends last
    assertEquals(p("2025-Q4"), ReportingPeriod.latest(List.of(p("2025"), p("2025-Q4"), p("2021/2025"))));
    Quarter q = ReportingPeriod.latest(List.of(Quarter.of(2020, 4), Quarter.of(2021, 1)));
    assertEquals(Quarter.of(2021, 1), q);
    assertEquals(
        "periods must not be empty",
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.latest(List.of())).getMessage());
    List<ReportingPeriod> withNull = new ArrayList<>();
    withNull.add(p("2025"));
    withNull.add(null);
    assertThrows(NullPointerException.class, () -> ReportingPeriod.latest(withNull));
  }

  // ---- years between ----------------------------------------------------------------------------------

  static Stream<Arguments> yearsBetweenTable() {
    return Stream.of(
        // both end on 31 December: (2025 − 2020) × 12 = 60 months; 60 / 12 = 5.0
        Arguments.of("2020", "2025", 5.0),
        // 2025-03-31 → 2025-09-30: 6 months; 6 / 12 = 0.5
        Arguments.of("2025-Q1", "2025-Q3", 0.5),
        // 2020-12-31 → 2025-06-30: 54 months; 54 / 12 = 4.5
        Arguments.of("2020", "2025-S1", 4.5),
        // the phase ends 2025-12-31, the year 2019 ends 2019-12-31: 72 months = 6.0
        Arguments.of("2019", "2021/2025", 6.0),
        // 2025-02-28 → 2025-09-30 (month ends): 7 months = 0.58333…
        Arguments.of("2025-02", "2025-YTD09", 7 / 12.0),
        // backwards: −5.0
        Arguments.of("2025", "2020", -5.0),
        // the same end day
        Arguments.of("2025-Q4", "2025", 0.0),
        // 2025-03-15 → 2026-03-15 is not at month ends: 365 days / 365.25 = 0.999315…
        Arguments.of("2025-03-15", "2026-03-15", 365 / 365.25),
        // 2024-12-31 (month end) → 2025-06-14 (not): 165 days / 365.25 = 0.451745…
        Arguments.of("2024", "2024-12-15/2025-06-14", 165 / 365.25));
  }

  @ParameterizedTest(name = "{0} -> {1} = {2}")
  @MethodSource("yearsBetweenTable")
  void yearsBetweenEndDates(String from, String to, double years) {
    assertEquals(years, ReportingPeriod.yearsBetween(p(from), p(to)), 1e-15);
  }

  @Test
  void yearsBetweenIsExactForWholeMonths() {
    // exact: 5.0 and 0.5 are representable; no rounding drift from day counts
    assertEquals(5.0, ReportingPeriod.yearsBetween(p("2020"), p("2025")), 0.0);
    assertEquals(0.5, ReportingPeriod.yearsBetween(p("2025-Q1"), p("2025-Q3")), 0.0);
  }

  @Test
  void yearsBetweenTwoYearsIsThatOfTheirFourthQuarters() {
    // Two calendar years take a path of their own; the fourth quarters end on the same days and take the
    // months path: the results must be the same double.
    qt().forAll(integers().between(1900, 2100), integers().between(1900, 2100))
        .checkAssert(
            (a, b) -> assertEquals(
                ReportingPeriod.yearsBetween(p(a + "-Q4"), p(b + "-Q4")),
                ReportingPeriod.yearsBetween(CalendarYear.of(a), CalendarYear.of(b)),
                0.0));
  }

  @Test
  void yearsBetweenRejectsNulls() {
    assertEquals(
        "from",
        assertThrows(NullPointerException.class, () -> ReportingPeriod.yearsBetween(null, p("2025"))).getMessage());
    assertEquals(
        "to",
        assertThrows(NullPointerException.class, () -> ReportingPeriod.yearsBetween(p("2025"), null)).getMessage());
  }

  // ---- range algebra ----------------------------------------------------------------------------------

  @Test
  void containsDaysWithBothEndsInclusive() {
    ReportingPeriod q3 = p("2025-Q3");
    assertAll(
        () -> assertFalse(q3.contains(d("2025-06-30"))),
        () -> assertTrue(q3.contains(d("2025-07-01"))),
        () -> assertTrue(q3.contains(d("2025-09-30"))),
        () -> assertFalse(q3.contains(d("2025-10-01"))));
  }

  static Stream<Arguments> relations() {
    // this, other, contains/encloses, overlaps, isBefore, isAfter
    return Stream.of(
        Arguments.of("2025", "2025-Q3", true, true, false, false),
        Arguments.of("2025-Q3", "2025", false, true, false, false),
        Arguments.of("2025-Q3", "2025-Q3", true, true, false, false),
        Arguments.of("2025-Q3", "2025-08", true, true, false, false),
        Arguments.of("2025-Q3", "2025-Q4", false, false, true, false),
        Arguments.of("2025-Q3", "2025-Q2", false, false, false, true),
        Arguments.of("2025-YTD09", "2025-Q3", true, true, false, false),
        Arguments.of("2025-YTD09", "2025-Q4", false, false, true, false),
        Arguments.of("2025-YTD09", "2025-S2", false, true, false, false),
        Arguments.of("2021/2025", "2025-12-31", true, true, false, false),
        Arguments.of("2021/2025", "2026", false, false, true, false),
        Arguments.of("2021/2025", "2018/2021", false, true, false, false),
        Arguments.of("2024-12-15/2025-06-14", "2025-S1", false, true, false, false),
        Arguments.of("2025-01-01/2025-03-31", "2025-Q1", true, true, false, false));
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @MethodSource("relations")
  void rangeRelations(
      String self, String other, boolean encloses, boolean overlaps, boolean before, boolean after) {
    ReportingPeriod a = p(self);
    ReportingPeriod b = p(other);
    assertEquals(encloses, a.encloses(b), "encloses");
    assertEquals(encloses, a.contains(b), "contains");
    assertEquals(overlaps, a.overlaps(b), "overlaps");
    assertEquals(overlaps, b.overlaps(a), "overlaps is symmetric");
    assertEquals(before, a.isBefore(b), "isBefore");
    assertEquals(after, a.isAfter(b), "isAfter");
    assertEquals(before, a.isBefore(b.startDate()), "isBefore(date)");
    assertEquals(after, a.isAfter(b.endDate()), "isAfter(date)");
  }

  @Test
  void lengthInDaysCountsBothEnds() {
    assertEquals(92, p("2025-Q3").lengthInDays());
    assertEquals(1, p("2025-03-31").lengthInDays());
    assertEquals(366, p("2024").lengthInDays());
    // 2021..2025: 365 × 5 + 1 (2024 is a leap year) = 1826
    assertEquals(1826, p("2021/2025").lengthInDays());
  }

  @Test
  void enclosingAndSubdivideExamples() {
    assertEquals(Optional.of(p("2025-Q3")), p("2025-08").enclosing(PeriodKind.QUARTER));
    assertEquals(Optional.of(p("2025-S2")), p("2025-08").enclosing(PeriodKind.HALF_YEAR));
    assertEquals(Optional.of(p("2025")), p("2025-08-15").enclosing(PeriodKind.YEAR));
    assertEquals(Optional.of(p("2025-Q3")), p("2025-Q3").enclosing(PeriodKind.QUARTER));
    assertEquals(Optional.of(p("2025")), p("2025-YTD09").enclosing(PeriodKind.YEAR));
    assertEquals(Optional.empty(), p("2025-YTD09").enclosing(PeriodKind.QUARTER));
    assertEquals(Optional.empty(), p("2025-08").enclosing(PeriodKind.DAY));
    assertEquals(Optional.empty(), p("2021/2025").enclosing(PeriodKind.YEAR));

    assertEquals("[2025-Q1, 2025-Q2, 2025-Q3]", p("2025-YTD09").subdivide(PeriodKind.QUARTER).toString());
    assertEquals("[2025-S1, 2025-S2]", p("2025").subdivide(PeriodKind.HALF_YEAR).toString());
    assertEquals("[2025-07, 2025-08, 2025-09]", p("2025-Q3").subdivide(PeriodKind.MONTH).toString());
    assertEquals("[2021, 2022, 2023, 2024, 2025]", p("2021/2025").subdivide(PeriodKind.YEAR).toString());
    assertEquals(28, p("2025-02").subdivide(PeriodKind.DAY).size());
    assertEquals(List.of(p("2025-Q3")), p("2025-Q3").subdivide(PeriodKind.QUARTER));
  }

  @Test
  void subdivideAndEnclosingRejectNonTilingKinds() {
    assertEquals(
        "2025-YTD08 is not a whole number of periods of kind QUARTER: 2025-Q3 ends after it",
        assertThrows(IllegalArgumentException.class, () -> p("2025-YTD08").subdivide(PeriodKind.QUARTER))
            .getMessage());
    assertEquals(
        "2025-Q3 is not a whole number of periods of kind YEAR: 2025 starts before it",
        assertThrows(IllegalArgumentException.class, () -> p("2025-Q3").subdivide(PeriodKind.YEAR)).getMessage());
    assertEquals(
        "kind must tile the calendar (DAY, MONTH, QUARTER, HALF_YEAR or YEAR), was PHASE",
        assertThrows(IllegalArgumentException.class, () -> p("2025").subdivide(PeriodKind.PHASE)).getMessage());
    assertEquals(
        "kind must tile the calendar (DAY, MONTH, QUARTER, HALF_YEAR or YEAR), was YEAR_TO_DATE",
        assertThrows(IllegalArgumentException.class, () -> p("2025").enclosing(PeriodKind.YEAR_TO_DATE))
            .getMessage());
    assertEquals(
        "kind", assertThrows(NullPointerException.class, () -> p("2025").enclosing(null)).getMessage());
  }

  @Test
  void rangeOperationsRejectNulls() {
    ReportingPeriod q = p("2025-Q3");
    assertAll(
        () -> assertNullMessage("date", () -> q.contains((LocalDate) null)),
        () -> assertNullMessage("other", () -> q.contains((ReportingPeriod) null)),
        () -> assertNullMessage("other", () -> q.encloses(null)),
        () -> assertNullMessage("other", () -> q.overlaps(null)),
        () -> assertNullMessage("date", () -> q.isBefore((LocalDate) null)),
        () -> assertNullMessage("other", () -> q.isBefore((ReportingPeriod) null)),
        () -> assertNullMessage("date", () -> q.isAfter((LocalDate) null)),
        () -> assertNullMessage("other", () -> q.isAfter((ReportingPeriod) null)),
        () -> assertNullMessage("other", () -> q.compareTo(null)),
        () -> assertNullMessage("kind", () -> q.subdivide(null)),
        () -> assertNullMessage("locale", () -> q.displayName(null)));
  }

  private static void assertNullMessage(String parameter, Executable call) {
    assertEquals(parameter, assertThrows(NullPointerException.class, call).getMessage());
  }

  // ---- display names ----------------------------------------------------------------------------------

  static Stream<Arguments> displayNames() {
    return Stream.of(
        Arguments.of("2025", "Năm 2025", "2025"),
        Arguments.of("2025-S1", "6 tháng đầu năm 2025", "first half of 2025"),
        Arguments.of("2025-S2", "6 tháng cuối năm 2025", "second half of 2025"),
        Arguments.of("2025-Q1", "Quý I/2025", "Q1 2025"),
        Arguments.of("2025-Q2", "Quý II/2025", "Q2 2025"),
        Arguments.of("2025-Q3", "Quý III/2025", "Q3 2025"),
        Arguments.of("2025-Q4", "Quý IV/2025", "Q4 2025"),
        Arguments.of("2025-03", "Tháng 3/2025", "March 2025"),
        Arguments.of("2025-12", "Tháng 12/2025", "December 2025"),
        Arguments.of("2025-03-31", "Ngày 31/03/2025", "31 March 2025"),
        Arguments.of("2025-03-01", "Ngày 01/03/2025", "1 March 2025"),
        Arguments.of("2025-YTD09", "9 tháng đầu năm 2025", "January–September 2025"),
        Arguments.of("2025-YTD02", "2 tháng đầu năm 2025", "January–February 2025"),
        Arguments.of("2021/2025", "Giai đoạn 2021–2025", "2021–2025 phase"),
        Arguments.of(
            "2024-12-15/2025-06-14",
            "Từ ngày 15/12/2024 đến ngày 14/06/2025",
            "15 December 2024 – 14 June 2025"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("displayNames")
  void displayNamesInVietnameseAndEnglish(String text, String vietnamese, String english) {
    ReportingPeriod period = p(text);
    assertEquals(vietnamese, period.displayName(VIETNAMESE));
    assertEquals(vietnamese, period.displayName(Locale.forLanguageTag("vi")));
    assertEquals(english, period.displayName(Locale.ENGLISH));
    assertEquals(english, period.displayName(Locale.FRANCE), "other locales fall back to English");
    assertTrue(Normalizer.isNormalized(period.displayName(VIETNAMESE), Normalizer.Form.NFC));
  }

  @Test
  void expectedVietnameseNamesAreThemselvesNfc() {
    // guards the table above: a decomposed literal there would make the NFC check vacuous
    displayNames().forEach(a -> assertTrue(
        Normalizer.isNormalized((String) a.get()[1], Normalizer.Form.NFC)));
    assertEquals("Quý III/2025", "Qu\u00fd III/2025");
    assertEquals("Giai đoạn", "Giai \u0111o\u1ea1n");
  }

  @Test
  void yearRangeIsDocumented() {
    assertEquals(1900, ReportingPeriod.MIN_YEAR);
    assertEquals(2100, ReportingPeriod.MAX_YEAR);
    assertSame(PeriodKind.YEAR, p("1900").kind());
  }
}
