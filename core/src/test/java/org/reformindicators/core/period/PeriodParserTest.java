package org.reformindicators.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table tests of {@link ReportingPeriod#parse(CharSequence)}: every accepted syntax, every rejection. */
class PeriodParserTest {

  static Stream<Arguments> accepted() {
    return Stream.of(
        // canonical forms (docs/formats/observations.md)
        Arguments.of("2025", CalendarYear.of(2025)),
        Arguments.of("1900", CalendarYear.of(1900)),
        Arguments.of("2100", CalendarYear.of(2100)),
        Arguments.of("2025-S1", HalfYear.of(2025, 1)),
        Arguments.of("2025-S2", HalfYear.of(2025, 2)),
        Arguments.of("2025-Q3", Quarter.of(2025, 3)),
        Arguments.of("2025-03", CalendarMonth.of(2025, 3)),
        Arguments.of("2025-12", CalendarMonth.of(2025, 12)),
        Arguments.of("2025-03-31", CalendarDay.of(LocalDate.of(2025, 3, 31))),
        Arguments.of("2024-02-29", CalendarDay.of(LocalDate.of(2024, 2, 29))),
        Arguments.of("2025-YTD09", YearToDate.of(2025, 9)),
        Arguments.of("2025-YTD02", YearToDate.of(2025, 2)),
        Arguments.of("2021/2025", Phase.of(2021, 2025)),
        Arguments.of("2018/2025", Phase.of(2018, 2025)),
        Arguments.of(
            "2024-12-15/2025-06-14", DateRange.ofClosed(LocalDate.of(2024, 12, 15), LocalDate.of(2025, 6, 14))),
        Arguments.of(
            "2025-01-01/2025-03-31", DateRange.ofClosed(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31))),
        // SDMX reporting periods
        Arguments.of("2025-A1", CalendarYear.of(2025)),
        Arguments.of("2025-M03", CalendarMonth.of(2025, 3)),
        Arguments.of("2025-M12", CalendarMonth.of(2025, 12)),
        // day 90 of 2025 = 31 (Jan) + 28 (Feb) + 31 (Mar) = 31 March
        Arguments.of("2025-D090", CalendarDay.of(LocalDate.of(2025, 3, 31))),
        Arguments.of("2025-D001", CalendarDay.of(LocalDate.of(2025, 1, 1))),
        // 2024 is a leap year: day 366 is 31 December
        Arguments.of("2024-D366", CalendarDay.of(LocalDate.of(2024, 12, 31))),
        // SDMX time ranges: the named period covering the days, when there is one
        Arguments.of("2025-01-01/P1Y", CalendarYear.of(2025)),
        Arguments.of("2025-07-01/P3M", Quarter.of(2025, 3)),
        Arguments.of("2025-01-01/P6M", HalfYear.of(2025, 1)),
        Arguments.of("2025-01-01/P9M", YearToDate.of(2025, 9)),
        Arguments.of("2025-03-01/P1M", CalendarMonth.of(2025, 3)),
        Arguments.of("2025-03-31/P1D", CalendarDay.of(LocalDate.of(2025, 3, 31))),
        Arguments.of("2021-01-01/P5Y", Phase.of(2021, 2025)),
        // 2024-12-15 + 6 months = 2025-06-15, exclusive: the statutory six-month window
        Arguments.of(
            "2024-12-15/P6M", DateRange.ofClosed(LocalDate.of(2024, 12, 15), LocalDate.of(2025, 6, 14))),
        // 2025-01-01 + 1 year 6 months 10 days = 2026-07-11, exclusive
        Arguments.of(
            "2025-01-01/P1Y6M10D", DateRange.ofClosed(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 7, 10))),
        Arguments.of("2100-01-01/P1Y", CalendarYear.of(2100)),
        // DHIS2 period identifiers
        Arguments.of("2025Q1", Quarter.of(2025, 1)),
        Arguments.of("2025Q4", Quarter.of(2025, 4)),
        Arguments.of("2025S1", HalfYear.of(2025, 1)),
        Arguments.of("2025S2", HalfYear.of(2025, 2)),
        Arguments.of("202503", CalendarMonth.of(2025, 3)),
        Arguments.of("20250331", CalendarDay.of(LocalDate.of(2025, 3, 31))));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("accepted")
  void acceptsEverySyntax(String text, ReportingPeriod expected) {
    ReportingPeriod parsed = ReportingPeriod.parse(text);
    assertEquals(expected, parsed);
    assertEquals(expected.kind(), parsed.kind());
  }

  @Test
  void acceptsAnyCharSequence() {
    assertEquals(Quarter.of(2025, 3), ReportingPeriod.parse(new StringBuilder("2025-Q3")));
  }

  static Stream<Arguments> rejected() {
    String expectedPeriod =
        "expected a reporting period such as 2025, 2025-S1, 2025-Q3, 2025-03, 2025-03-31, 2025-YTD09 or 2021/2025";
    return Stream.of(
        // the example of the issue, verbatim
        Arguments.of("2025-Q5", "\"2025-Q5\": quarter must be 1–4", -1),
        Arguments.of("2025-Q0", "\"2025-Q0\": quarter must be 1–4", -1),
        Arguments.of("2025Q5", "\"2025Q5\": quarter must be 1–4", -1),
        Arguments.of("2025-Q99999999999", "\"2025-Q99999999999\": quarter must be 1–4", -1),
        Arguments.of("2025-Q01", "\"2025-Q01\": expected 1 digit for the quarter at index 6", 6),
        Arguments.of("2025-Q", "\"2025-Q\": expected 1 digit for the quarter at index 6", 6),
        Arguments.of("2025-S3", "\"2025-S3\": half must be 1–2", -1),
        Arguments.of("2025S0", "\"2025S0\": half must be 1–2", -1),
        Arguments.of("2025-13", "\"2025-13\": month must be 1–12", -1),
        Arguments.of("2025-00", "\"2025-00\": month must be 1–12", -1),
        Arguments.of("2025-3", "\"2025-3\": expected 2 digits for the month at index 5", 5),
        Arguments.of("2025-M13", "\"2025-M13\": month must be 1–12", -1),
        Arguments.of("2025-M3", "\"2025-M3\": expected 2 digits for the month at index 6", 6),
        Arguments.of("202513", "\"202513\": month must be 1–12", -1),
        Arguments.of("2025-02-29", "\"2025-02-29\": day must be 1–28 for 2025-02", -1),
        Arguments.of("2025-04-31", "\"2025-04-31\": day must be 1–30 for 2025-04", -1),
        Arguments.of("2025-03-1", "\"2025-03-1\": expected 2 digits for the day at index 8", 8),
        Arguments.of("20250230", "\"20250230\": day must be 1–28 for 2025-02", -1),
        Arguments.of("2025-D366", "\"2025-D366\": day of year must be 1–365 for 2025", -1),
        Arguments.of("2025-D000", "\"2025-D000\": day of year must be 1–365 for 2025", -1),
        Arguments.of("2025-D90", "\"2025-D90\": expected 3 digits for the day of year at index 6", 6),
        Arguments.of("2025-A2", "\"2025-A2\": annual period must be A1", -1),
        Arguments.of("2025-T1", "\"2025-T1\": four-month periods (SDMX T) are not supported at index 5", 5),
        Arguments.of(
            "2025-W05", "\"2025-W05\": week periods (SDMX W, DHIS2 W) are not supported at index 5", 5),
        Arguments.of("2025W5", "\"2025W5\": week periods (SDMX W, DHIS2 W) are not supported at index 4", 4),
        Arguments.of(
            "2025-YTD06", "\"2025-YTD06\": a year-to-date of 6 months is the half-year 2025-S1; write 2025-S1", -1),
        Arguments.of(
            "2025-YTD03", "\"2025-YTD03\": a year-to-date of 3 months is the quarter 2025-Q1; write 2025-Q1", -1),
        Arguments.of("2025-YTD12", "\"2025-YTD12\": a year-to-date of 12 months is the year 2025; write 2025", -1),
        Arguments.of(
            "2025-YTD01", "\"2025-YTD01\": a year-to-date of 1 month is the month 2025-01; write 2025-01", -1),
        Arguments.of("2025-YTD13", "\"2025-YTD13\": year-to-date months must be 1–12", -1),
        Arguments.of("2025-YTD00", "\"2025-YTD00\": year-to-date months must be 1–12", -1),
        Arguments.of("2025-YTD9", "\"2025-YTD9\": expected 2 digits for the year-to-date months at index 8", 8),
        Arguments.of("2025-YT09", "\"2025-YT09\": expected S, Q, M, D, A, YTD or a two-digit month at index 5", 5),
        Arguments.of("2025/2021", "\"2025/2021\": phase end year 2021 precedes start year 2025", -1),
        Arguments.of("2025/2025", "\"2025/2025\": a phase spans at least two years; write 2025", -1),
        Arguments.of("2021/25", "\"2021/25\": expected a four-digit year at index 5", 5),
        Arguments.of("2021/", "\"2021/\": expected a four-digit year at index 5", 5),
        Arguments.of("2021/2101", "\"2021/2101\": year must be 1900–2100", -1),
        Arguments.of(
            "2025-03-31/2025-01-01",
            "\"2025-03-31/2025-01-01\": end date 2025-01-01 precedes start date 2025-03-31",
            -1),
        Arguments.of("2025-03-31/2025-0101", "\"2025-03-31/2025-0101\": expected '-' at index 18", 18),
        Arguments.of("2025-03-31/25-01-01", "\"2025-03-31/25-01-01\": expected a four-digit year at index 11", 11),
        Arguments.of("2025-03-31/2025-04-31", "\"2025-03-31/2025-04-31\": day must be 1–30 for 2025-04", -1),
        Arguments.of(
            "2025-01-01/P", "\"2025-01-01/P\": expected a duration such as P1Y, P6M or P10D at index 12", 12),
        Arguments.of(
            "2025-01-01/PT1H", "\"2025-01-01/PT1H\": expected a duration such as P1Y, P6M or P10D at index 12", 12),
        Arguments.of(
            "2025-01-01/P1W", "\"2025-01-01/P1W\": expected a duration such as P1Y, P6M or P10D at index 12", 12),
        Arguments.of("2025-01-01/P1Y2", "\"2025-01-01/P1Y2\": expected end of text at index 14", 14),
        Arguments.of("2025-01-01/P0D", "\"2025-01-01/P0D\": duration must be longer than zero days", -1),
        Arguments.of("2100-01-01/P2Y", "\"2100-01-01/P2Y\": the time range must end by 2100-12-31", -1),
        Arguments.of("2025-01-01/P9999999Y", "\"2025-01-01/P9999999Y\": the time range must end by 2100-12-31", -1),
        Arguments.of("", "\"\": " + expectedPeriod + " at index 0", 0),
        Arguments.of("25", "\"25\": expected a four-digit year at index 0", 0),
        Arguments.of("12025", "\"12025\": expected a four-digit year at index 0", 0),
        Arguments.of(" 2025", "\" 2025\": expected a four-digit year at index 0", 0),
        Arguments.of("Q1-2025", "\"Q1-2025\": expected a four-digit year at index 0", 0),
        Arguments.of("1899", "\"1899\": year must be 1900–2100", -1),
        Arguments.of("2101-Q1", "\"2101-Q1\": year must be 1900–2100", -1),
        Arguments.of("189912", "\"189912\": year must be 1900–2100", -1),
        Arguments.of("2025-", "\"2025-\": expected S, Q, M, D, A, YTD or a two-digit month at index 5", 5),
        Arguments.of("2025-X1", "\"2025-X1\": expected S, Q, M, D, A, YTD or a two-digit month at index 5", 5),
        Arguments.of("2025-q1", "\"2025-q1\": expected S, Q, M, D, A, YTD or a two-digit month at index 5", 5),
        Arguments.of("2025-Q1 ", "\"2025-Q1 \": expected end of text at index 7", 7),
        Arguments.of("2025-A1x", "\"2025-A1x\": expected end of text at index 7", 7),
        Arguments.of(
            "2025April", "\"2025April\": expected end of text, '-', '/', 'Q' or 'S' after the year at index 4", 4),
        Arguments.of("2025-03x", "\"2025-03x\": expected end of text or '-' and a day at index 7", 7),
        Arguments.of("2025-0331", "\"2025-0331\": expected end of text or '-' and a day at index 7", 7),
        Arguments.of("2025-123", "\"2025-123\": expected end of text or '-' and a day at index 7", 7),
        Arguments.of("2025-03-311", "\"2025-03-311\": expected end of text or '/' and an end date or a duration at index 10", 10),
        Arguments.of("2025-03-31x", "\"2025-03-31x\": expected end of text or '/' and an end date or a duration at index 10", 10),
        Arguments.of("2025-03-31/2025-04-01x", "\"2025-03-31/2025-04-01x\": expected end of text at index 21", 21));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("rejected")
  void rejectsWithAMessageQuotingTheInput(String text, String message, int errorIndex) {
    PeriodParseException e = assertThrows(PeriodParseException.class, () -> ReportingPeriod.parse(text));
    assertEquals(message, e.getMessage());
    assertEquals(text, e.input());
    assertEquals(errorIndex, e.errorIndex());
  }

  @Test
  void rejectsNullNamingTheParameter() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> ReportingPeriod.parse(null));
    assertEquals("text", e.getMessage());
  }
}
