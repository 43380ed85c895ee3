package org.reformindicators.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

  @Test
  void parseReadsBackEveryCanonicalText() {
    qt().forAll(PeriodGenerators.periods())
        .check(p -> ReportingPeriod.parse(p.toString()).equals(p));
  }

  @Test
  void orderIsConsistentWithEquals() {
    qt().forAll(PeriodGenerators.periods(), PeriodGenerators.periods())
        .check((p, q) -> (p.compareTo(q) == 0) == p.equals(q)
            && Integer.signum(p.compareTo(q)) == -Integer.signum(q.compareTo(p)));
  }

  @Test
  void aPeriodNeverContainsItsSuccessor() {
    qt().forAll(PeriodGenerators.periods())
        .assuming(p -> p.endDate().getYear() < ReportingPeriod.MAX_YEAR - 20)
        .check(p -> !p.contains(p.next()) && p.next().isAfter(p));
  }

  @Test
  void quarterHasInclusiveDates() {
    Quarter q = Quarter.of(2025, 3);
    assertEquals(LocalDate.of(2025, 7, 1), q.startDate());
    assertEquals(LocalDate.of(2025, 9, 30), q.endDate());
    assertTrue(q.contains(LocalDate.of(2025, 9, 30)));
    assertFalse(q.contains(LocalDate.of(2025, 10, 1)));
  }

  @Test
  void yearsBetweenUsesMonthsAtMonthEnds() {
    // 2020-12-31 → 2025-12-31: 60 months / 12 = 5.0
    assertEquals(5.0, ReportingPeriod.yearsBetween(CalendarYear.of(2020), CalendarYear.of(2025)), 0.0);
    // 2025-03-31 → 2025-09-30: 6 months / 12 = 0.5
    assertEquals(0.5, ReportingPeriod.yearsBetween(Quarter.of(2025, 1), Quarter.of(2025, 3)), 0.0);
  }
}
