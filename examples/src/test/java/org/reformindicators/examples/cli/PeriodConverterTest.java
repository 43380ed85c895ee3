package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.HalfYear;
import org.reformindicators.core.period.Phase;
import picocli.CommandLine.TypeConversionException;

class PeriodConverterTest {

  private final PeriodConverter converter = new PeriodConverter();

  @Test
  void readsTheCanonicalForms() {
    assertEquals(CalendarYear.of(2024), converter.convert("2024"));
    assertEquals(HalfYear.of(2024, 1), converter.convert("2024-S1"));
    assertEquals(Phase.of(2021, 2025), converter.convert("2021/2025"));
  }

  @Test
  void aMalformedPeriodIsATypeConversionErrorNamingTheText() {
    TypeConversionException e = assertThrows(TypeConversionException.class, () -> converter.convert("2025-13"));
    assertTrue(e.getMessage().startsWith("'2025-13' is not a reporting period such as 2024"), e.getMessage());
  }

  @Test
  void aYearOutsideTheSupportedCenturiesIsATypeConversionError() {
    TypeConversionException e = assertThrows(TypeConversionException.class, () -> converter.convert("1800"));
    assertTrue(e.getMessage().contains("year must be 1900–2100"), e.getMessage());
  }
}
