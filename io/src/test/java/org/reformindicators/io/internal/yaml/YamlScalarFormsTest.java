package org.reformindicators.io.internal.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YamlScalarFormsTest {

  @ParameterizedTest(name = "{0} reads as {1} in YAML 1.1")
  @CsvSource({
    "010, 10", "0100, 100", "-010, -10", "080, 80", "01.5, 1.5", "00, 0", "1_000, 1000", "1_000.5, 1000.5",
    "0x1F, 31", "-0x10, -16", "0o17, 15", "0b101, 5", "1:30, 90", "1:00:00, 3600", "-1:30, -90"
  })
  void disputedNumbersHaveADecimalReading(String text, String decimal) {
    assertTrue(YamlScalarForms.isDisputedNumber(text), text);
    assertEquals(decimal, YamlScalarForms.decimalReading(text));
  }

  @Test
  void plainDecimalsAndTextAreNotDisputed() {
    for (String text : List.of("0", "-0", "0.5", "10", "+10", "6.29", ".5", "1e5", "1.0E-5", "-12", "01a", "2025-Q3",
        "abc", "1:300", "0x", "")) {
      assertFalse(YamlScalarForms.isDisputedNumber(text), text);
      assertNull(YamlScalarForms.decimalReading(text), text);
    }
  }

  @Test
  void everyPlainDecimalStaysUndisputed() {
    qt().forAll(doubles().between(-1e9, 1e9)).checkAssert(x ->
        assertFalse(YamlScalarForms.isDisputedNumber(Double.toString(x)), Double.toString(x)));
    qt().forAll(integers().between(1, 1_000_000)).checkAssert(n ->
        assertFalse(YamlScalarForms.isDisputedNumber(Integer.toString(n))));
  }

  @Test
  void messagesSayWhatToWriteAndWhy() {
    assertEquals("write 10, not 010: YAML readers disagree (YAML 1.1 reads 010 as the octal number 8, YAML 1.2 as 10)",
        YamlScalarForms.disagreementMessage("010"));
    assertEquals("write -10, not -010: YAML readers disagree (YAML 1.1 reads -010 as the octal number -8, YAML 1.2"
        + " as -10)", YamlScalarForms.disagreementMessage("-010"));
    assertEquals("write true, not yes: YAML readers disagree (YAML 1.1 reads yes as true, YAML 1.2 as text)",
        YamlScalarForms.disagreementMessage("yes"));
    assertEquals("write false, not Off: YAML readers disagree (YAML 1.1 reads Off as false, YAML 1.2 as text)",
        YamlScalarForms.disagreementMessage("Off"));
    assertEquals("write a finite number, not .NaN: infinity and not-a-number are never values of these documents",
        YamlScalarForms.disagreementMessage(".NaN"));
  }

  @Test
  void specialFloatsAndBooleanWordsAreRecognised() {
    for (String text : List.of(".inf", "-.Inf", "+.INF", ".nan", ".NaN", ".NAN")) {
      assertTrue(YamlScalarForms.isSpecialFloat(text), text);
    }
    assertFalse(YamlScalarForms.isSpecialFloat("inf"));
    for (String text : List.of("y", "N", "yes", "No", "ON", "off")) {
      assertTrue(YamlScalarForms.isBooleanWord(text), text);
    }
    assertFalse(YamlScalarForms.isBooleanWord("true"));
  }
}
