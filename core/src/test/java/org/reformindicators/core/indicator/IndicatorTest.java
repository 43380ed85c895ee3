package org.reformindicators.core.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reformindicators.core.text.Language;
import org.reformindicators.core.text.NumberText;

class IndicatorTest {

  @Test
  void carriesItsDefinition() {
    Indicator pci = PublishedIndicators.PCI;
    assertEquals(IndicatorCode.of("PCI"), pci.code());
    assertEquals("Chỉ số năng lực cạnh tranh cấp tỉnh", pci.nameVi());
    assertEquals(MeasureKind.SCORE, pci.measure().kind());
    assertEquals(Direction.HIGHER_IS_BETTER, pci.direction());
    assertEquals(2, pci.decimals());
    assertEquals("VCCI", pci.publisher());
    assertEquals("", pci.description());
    assertEquals(Optional.empty(), pci.methodologyVersion());
    assertEquals(Optional.of("1149/QĐ-BNV"), PublishedIndicators.PAR_INDEX.methodologyVersion());
  }

  @ParameterizedTest
  @CsvSource({
    // VCCI, PCI: the 2019 total recomputed from rounded sub-indices is 64.315; half-up in decimal → 64.32
    "64.315, 64.32",
    // the binary sum may come out one ulp higher; it must round the same way
    "64.31500000000001, 64.32",
    // VCCI, PCI: 2020 recomputed 63.18 stays 63.18
    "63.18, 63.18",
    "65.18, 65.18",
    "7, 7.00"
  })
  void formatsWithThePublishedPrecisionHalfUp(double value, String expected) {
    assertEquals(expected, NumberText.fixed(value, PublishedIndicators.PCI.decimals(), Language.EN));
  }

  @Test
  void roundsToThePublishedPrecision() {
    // VCCI, PCI: the 2019 total recomputed from the published sub-indices is 64.315 (derived) (64.31500000000001 in
    // some binary summation orders); half-up in decimal gives 64.32 both ways (the official 64.33 comes from
    // unrounded sub-indices)
    assertEquals(64.32, PublishedIndicators.PCI.round(64.315));
    assertEquals(64.32, PublishedIndicators.PCI.round(64.31500000000001));
    assertEquals(36.0, PublishedIndicators.PCI_RANK.round(36));
  }

  @Test
  void formatsPapiWithFourDecimals() {
    // UNDP and CECODES, PAPI: Quảng Ngãi 2021 40.980, published with up to four decimals
    assertEquals("40.9800", NumberText.fixed(40.98, PublishedIndicators.PAPI.decimals(), Language.EN));
    assertEquals("40,9800", NumberText.fixed(40.98, PublishedIndicators.PAPI.decimals(), Language.VI));
  }

  @Test
  void delegatesValueChecksToItsMeasure() {
    assertEquals(
        Optional.of("rank must be within 1..63 (universe), was 64"),
        PublishedIndicators.PCI_RANK.violation(64, OptionalInt.of(63)));
    assertEquals(Optional.empty(), PublishedIndicators.PCI_RANK.violation(36, OptionalInt.of(63)));
  }

  @Test
  void aRankMustBeLowerIsBetter() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Indicator.builder()
                    .from(PublishedIndicators.PCI_RANK)
                    .direction(Direction.HIGHER_IS_BETTER)
                    .build());
    assertEquals("direction of rank PCI_RANK must be LOWER_IS_BETTER (1 = best), was HIGHER_IS_BETTER", e.getMessage());
  }

  @Test
  void rejectsImpossibleDefinitions() {
    IllegalArgumentException decimals =
        assertThrows(
            IllegalArgumentException.class,
            () -> Indicator.builder().from(PublishedIndicators.PCI).decimals(11).build());
    assertEquals("decimals of PCI must be within 0..10, was 11", decimals.getMessage());
    IllegalArgumentException blank =
        assertThrows(
            IllegalArgumentException.class,
            () -> Indicator.builder().from(PublishedIndicators.PCI).publisher(" ").build());
    assertEquals("publisher of PCI must not be blank, was ' '", blank.getMessage());
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Indicator.builder()
                    .from(PublishedIndicators.TTHC_SATISFACTION)
                    .addBreakdowns(BreakdownDimension.of("SECTOR", List.of("LAND")))
                    .build());
    assertEquals("breakdown keys of TTHC_SATISFACTION must be unique, was SECTOR twice", twice.getMessage());
  }

  @Test
  void missingRequiredFieldsAreReported() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Indicator.builder().code(IndicatorCode.of("X")).build());
    assertTrue(e.getMessage().contains("nameVi"), e.getMessage());
  }

  @Test
  void findsItsBreakdownByKey() {
    assertEquals(
        Optional.of(BreakdownDimension.sector()),
        PublishedIndicators.TTHC_SATISFACTION.breakdown(BreakdownDimension.SECTOR));
    assertEquals(Optional.empty(), PublishedIndicators.TTHC_SATISFACTION.breakdown(BreakdownDimension.LEVEL));
  }

  @Test
  void roundRejectsNonFiniteValues() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PublishedIndicators.PCI.round(Double.NaN));
    assertEquals("value of PCI must be finite, was NaN", e.getMessage());
  }
}
