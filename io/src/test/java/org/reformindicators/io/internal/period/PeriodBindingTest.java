package org.reformindicators.io.internal.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.period.CalendarMonth;
import org.reformindicators.core.period.Quarter;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.Generators;
import org.reformindicators.io.ModuleTestBase;
import org.reformindicators.io.problem.Problem;

class PeriodBindingTest extends ModuleTestBase {

  @Test
  void everyPeriodRoundTripsThroughJsonAndYaml() {
    qt().forAll(Generators.periods())
        .checkAssert(
            period -> {
              assertEquals(period, roundTrip(period, DocumentFormat.JSON, ReportingPeriod.class));
              assertEquals(period, roundTrip(period, DocumentFormat.YAML, ReportingPeriod.class));
            });
  }

  @Test
  void writesCanonicalText() {
    assertEquals("\"2025-Q3\"\n", IO.writeString(Quarter.of(2025, 3), DocumentFormat.JSON));
    assertEquals("2025-03\n", IO.writeString(CalendarMonth.of(2025, 3), DocumentFormat.YAML));
    // A year stays a quoted string in YAML, so that other YAML tools do not read it as a number.
    assertEquals("\"2025\"\n", IO.writeString(ReportingPeriod.parse("2025"), DocumentFormat.YAML));
  }

  @Test
  void readsSdmxFormsAndUnquotedYamlYears() throws Exception {
    assertEquals(CalendarMonth.of(2025, 3), IO.readString("\"2025-M03\"", DocumentFormat.JSON, ReportingPeriod.class));
    assertEquals(
        ReportingPeriod.parse("2025"), IO.readString("2025", DocumentFormat.YAML, ReportingPeriod.class));
  }

  @Test
  void aConcreteKindRejectsAnotherKind() {
    List<Problem> problems = problems(() -> IO.readString("\"2025\"", DocumentFormat.JSON, Quarter.class));
    assertEquals(1, problems.size());
    assertEquals("2025", problems.get(0).value());
    verifyException(
        new AssertionError(problems.get(0).message()), "expected a quarter such as 2025-Q3, was year 2025");
  }
}
