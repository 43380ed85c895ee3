package org.reformindicators.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PeriodParseExceptionTest {

  @Test
  void carriesInputAndIndex() {
    PeriodParseException e = new PeriodParseException("2025-X1", 5, "expected S");
    assertEquals("\"2025-X1\": expected S at index 5", e.getMessage());
    assertEquals("2025-X1", e.input());
    assertEquals(5, e.errorIndex());
  }

  @Test
  void omitsTheIndexForValueErrors() {
    PeriodParseException e = new PeriodParseException("2025-Q5", -1, "quarter must be 1–4");
    assertEquals("\"2025-Q5\": quarter must be 1–4", e.getMessage());
    assertEquals(-1, e.errorIndex());
  }

  @Test
  void cutsVeryLongInputsInTheMessageButKeepsThemWhole() {
    String text = "2025-Q1" + "x".repeat(100);
    PeriodParseException e = assertThrows(PeriodParseException.class, () -> ReportingPeriod.parse(text));
    assertEquals(
        "\"2025-Q1" + "x".repeat(57) + "…\": expected end of text at index 7", e.getMessage());
    assertEquals(text, e.input());
  }

  @Test
  void isAnIllegalArgumentException() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.parse("x"));
    assertEquals(PeriodParseException.class, e.getClass());
  }
}
