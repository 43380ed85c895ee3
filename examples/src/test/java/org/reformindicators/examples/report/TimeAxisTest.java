package org.reformindicators.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.HalfYear;
import org.reformindicators.core.period.ReportingPeriod;

class TimeAxisTest {

  @Test
  void placesYearsAndHalvesAtTheirMiddles() {
    assertEquals(2021.5, TimeAxis.middle(CalendarYear.of(2021)), 1e-12);
    assertEquals(2021.0, TimeAxis.start(CalendarYear.of(2021)), 1e-12);
    assertEquals(2026.0, TimeAxis.end(CalendarYear.of(2025)), 1e-12);
    // 2024-S1 is 1 Jan .. 30 Jun 2024: 182 of 366 days, so it ends at 2024 + 182/366.
    assertEquals(2024 + 182 / 366.0, TimeAxis.end(HalfYear.of(2024, 1)), 1e-12);
    assertEquals(2024 + 91 / 366.0, TimeAxis.middle(HalfYear.of(2024, 1)), 1e-12);
  }

  @Test
  void placesDaysByElapsedShareOfTheYear() {
    // 1 July 2025 is day 182 of 365: 181 days have elapsed.
    assertEquals(2025 + 181 / 365.0, TimeAxis.at(LocalDate.of(2025, 7, 1)), 1e-12);
    assertEquals(2030.0, TimeAxis.end(ReportingPeriod.parse("2021/2029")), 1e-12);
  }
}
