package org.reformindicators.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterValuesTest {

  private static final MethodParameter LEVEL =
      MethodParameter.number("confidenceLevel", 0.95, ParameterRange.open(0, 1));
  private static final MethodParameter COUNT =
      MethodParameter.integer("minimumObservations", 3, ParameterRange.atLeast(3));
  private static final List<MethodParameter> PARAMETERS = List.of(LEVEL, COUNT);
  private static final ParameterValues DEFAULTS = ParameterValues.defaults(PARAMETERS);

  @Test
  void readsByParameterOrByNameNeverByPosition() {
    assertEquals(0.95, DEFAULTS.number(LEVEL));
    assertEquals(0.95, DEFAULTS.number("confidenceLevel"));
    assertEquals(3, DEFAULTS.integer(COUNT));
    assertEquals(3, DEFAULTS.integer("minimumObservations"));
    assertEquals(3.0, DEFAULTS.number(COUNT));
    assertEquals(
        "confidenceLevel is a parameter of kind NUMBER, not INTEGER",
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.integer(LEVEL)).getMessage());
    assertEquals(
        "parameter must be one of [confidenceLevel, minimumObservations], was 'level'",
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.number("level")).getMessage());
    // a parameter of the same name but another definition is not one of these
    MethodParameter otherLevel = MethodParameter.number("confidenceLevel", 0.9, ParameterRange.open(0, 1));
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.number(otherLevel));
  }

  @Test
  void withReturnsACheckedCopy() {
    ParameterValues ninety = DEFAULTS.with(LEVEL, 0.9);
    assertEquals(0.9, ninety.number(LEVEL));
    assertEquals(0.95, DEFAULTS.number(LEVEL));
    assertEquals(ninety, DEFAULTS.with("confidenceLevel", 0.9));
    assertNotEquals(DEFAULTS, ninety);
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.with(COUNT, 3.5));
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.with(LEVEL, 1));
  }

  @Test
  void writesEachValueAsItsKind() {
    assertEquals("{confidenceLevel=0.95, minimumObservations=3}", DEFAULTS.toString());
    assertEquals(List.of("confidenceLevel", "minimumObservations"), List.copyOf(DEFAULTS.asMap().keySet()));
    assertEquals(Integer.class, DEFAULTS.asMap().get("minimumObservations").getClass());
    assertEquals(Double.class, DEFAULTS.asMap().get("confidenceLevel").getClass());
    assertEquals("{}", ParameterValues.defaults(List.of()).toString());
  }

  @Test
  void ofTakesEveryParameterByNameExactlyOnce() {
    Map<String, Number> reversed = new LinkedHashMap<>();
    reversed.put("minimumObservations", 4.0);
    reversed.put("confidenceLevel", 0.8);
    assertEquals(DEFAULTS.with(LEVEL, 0.8).with(COUNT, 4), ParameterValues.of(PARAMETERS, reversed));
    Map<String, Number> withNull = new LinkedHashMap<>(reversed);
    withNull.put("confidenceLevel", null);
    assertEquals(
        "confidenceLevel must be a number, was null",
        assertThrows(IllegalArgumentException.class, () -> ParameterValues.of(PARAMETERS, withNull)).getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> ParameterValues.defaults(List.of(LEVEL, MethodParameter.number("confidenceLevel", 0.5, ParameterRange.all()))));
  }

  @Test
  void valuesRoundTripThroughTheirMap() {
    qt().forAll(doubles().between(1e-9, 1 - 1e-9), integers().between(3, Integer.MAX_VALUE))
        .checkAssert(
            (level, count) -> {
              ParameterValues values = DEFAULTS.with(LEVEL, level).with(COUNT, count);
              ParameterValues back = ParameterValues.of(PARAMETERS, values.asMap());
              assertEquals(values, back);
              assertEquals(values.hashCode(), back.hashCode());
              assertEquals(count.intValue(), back.integer(COUNT));
              assertEquals(level, back.number(LEVEL));
            });
  }
}
