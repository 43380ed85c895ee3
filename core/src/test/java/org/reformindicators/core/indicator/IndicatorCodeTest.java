package org.reformindicators.core.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

class IndicatorCodeTest {

  @ParameterizedTest
  // the indicator codes of the bundled methodology files
  @ValueSource(strings = {"PCI", "PCI_RANK", "PAPI_E_GOVERNANCE", "DVC766_SATISFACTION", "PAR_INDEX", "T1"})
  void acceptsTheOfficialCodes(String text) {
    assertEquals(text, IndicatorCode.of(text).value());
    assertEquals(text, IndicatorCode.of(text).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "pci", "Pci", "1PCI", "_PCI", "PCI-RANK", "PCI RANK", "PCÍ", "T1a"})
  void rejectsTextOutsideTheSyntax(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IndicatorCode.of(text));
    assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    assertTrue(e.getMessage().startsWith("indicator code must be upper-case"), e.getMessage());
  }

  @Test
  void rejectsNullWithTheParameterName() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> IndicatorCode.of(null));
    assertEquals("value", e.getMessage());
  }

  @Test
  void rankAppendsTheSuffixOfCodesMd() {
    assertEquals(IndicatorCode.of("PCI_RANK"), IndicatorCode.of("PCI").rank());
    assertEquals(IndicatorCode.of("PAR_INDEX_RANK"), IndicatorCode.of("PAR_INDEX").rank());
  }

  @Test
  void comparesByText() {
    assertTrue(IndicatorCode.of("PAPI").compareTo(IndicatorCode.of("PCI")) < 0);
    assertEquals(0, IndicatorCode.of("PCI").compareTo(IndicatorCode.of("PCI")));
    assertTrue(IndicatorCode.of("PCI_RANK").compareTo(IndicatorCode.of("PCI")) > 0);
  }

  @Test
  void isValidSyntaxAgreesWithTheConstructor() {
    assertTrue(IndicatorCode.isValidSyntax("LEVEL"));
    assertFalse(IndicatorCode.isValidSyntax("level"));
  }

  @Test
  void parseOfToStringGivesTheCodeBack() {
    Gen<String> letters = integers().between('A', 'Z').map(i -> String.valueOf((char) i.intValue()));
    Gen<String> tail =
        lists()
            .of(integers().between(0, 36).map(IndicatorCodeTest::tailChar))
            .ofSizeBetween(0, 12)
            .map(chars -> chars.stream().collect(Collectors.joining()));
    qt().forAll(letters, tail)
        .checkAssert(
            (head, rest) -> {
              IndicatorCode code = IndicatorCode.of(head + rest);
              assertEquals(code, IndicatorCode.parse(code.toString()));
            });
  }

  private static String tailChar(int i) {
    List<String> alphabet = List.of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_".split(""));
    return alphabet.get(i);
  }
}
