package org.reformindicators.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MethodParameterTest {

  private static final MethodParameter WINDOW =
      MethodParameter.number("windowYears", 5.0, ParameterRange.greaterThan(0));
  private static final MethodParameter COUNT =
      MethodParameter.integer("minimumObservations", 3, ParameterRange.atLeast(3));

  @Test
  void checksKindAndRangeNamingTheParameter() {
    assertEquals(2.5, WINDOW.check(2.5));
    assertEquals("windowYears must be in (0, ∞), was 0", message(() -> WINDOW.check(0)));
    assertEquals("windowYears must be finite, was NaN", message(() -> WINDOW.check(Double.NaN)));
    assertEquals("minimumObservations must be a whole number, was 3.5", message(() -> COUNT.check(3.5)));
    assertEquals("minimumObservations must be in [3, ∞), was 2", message(() -> COUNT.check(2)));
    assertEquals(ParameterKind.INTEGER, COUNT.kind());
    assertEquals(3.0, COUNT.defaultValue());
  }

  @Test
  void theNameIsALowerCamelCaseWordAndTheDefaultIsValid() {
    assertEquals(
        "parameter name must be a lower camel-case word ([a-z][A-Za-z0-9]*), was 'window-years'",
        message(() -> MethodParameter.number("window-years", 5, ParameterRange.all())));
    assertEquals(
        "confidenceLevel must be in (0, 1), was 1",
        message(() -> MethodParameter.number("confidenceLevel", 1, ParameterRange.open(0, 1))));
    assertThrows(NullPointerException.class, () -> MethodParameter.number(null, 1, ParameterRange.all()));
  }

  private static String message(org.junit.jupiter.api.function.Executable call) {
    return assertThrows(IllegalArgumentException.class, call).getMessage();
  }
}
