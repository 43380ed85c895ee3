package org.reformindicators.io.internal.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.indicator.BreakdownDimension;
import org.reformindicators.core.indicator.Indicator;
import org.reformindicators.core.indicator.IndicatorCatalogue;
import org.reformindicators.core.indicator.Measure;
import org.reformindicators.core.indicator.PublishedIndicators;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.Generators;
import org.reformindicators.io.ModuleTestBase;
import org.reformindicators.io.problem.Problem;

class IndicatorBindingTest extends ModuleTestBase {

  @Test
  void indicatorsAndMeasuresRoundTrip() {
    qt().forAll(Generators.indicators())
        .checkAssert(
            indicator -> {
              assertEquals(indicator, roundTrip(indicator, DocumentFormat.JSON, Indicator.class));
              assertEquals(indicator, roundTrip(indicator, DocumentFormat.YAML, Indicator.class));
            });
    qt().forAll(Generators.measures())
        .checkAssert(measure -> assertEquals(measure, roundTrip(measure, DocumentFormat.JSON, Measure.class)));
  }

  @Test
  void cataloguesRoundTripAsDocuments() {
    qt().withExamples(200)
        .forAll(lists().of(Generators.indicators()).ofSizeBetween(0, 6))
        .checkAssert(
            list -> {
              IndicatorCatalogue catalogue =
                  IndicatorCatalogue.of(
                      list.stream().collect(Collectors.toMap(Indicator::code, i -> i, (a, b) -> a)).values());
              assertEquals(catalogue, roundTrip(catalogue, DocumentFormat.JSON, IndicatorCatalogue.class));
              assertEquals(catalogue, roundTrip(catalogue, DocumentFormat.YAML, IndicatorCatalogue.class));
            });
  }

  @Test
  void writesTheDocumentEnvelopeAndTheMeasureType() {
    String json = IO.writeString(IndicatorCatalogue.of(PublishedIndicators.PCI), DocumentFormat.JSON);
    assertEquals(true, json.startsWith("{\n  \"formatVersion\" : 2,\n  \"kind\" : \"indicator-catalogue\","), json);
    assertEquals(true, json.contains("\"type\" : \"score\""), json);
  }

  @Test
  void anOpenDimensionIsWrittenAsOpenInVersion2AndReadBack() throws Exception {
    Indicator agency =
        Indicator.builder()
            .from(PublishedIndicators.PCI)
            .addBreakdowns(BreakdownDimension.open(BreakdownDimension.AGENCY), BreakdownDimension.level())
            .build();
    IndicatorCatalogue catalogue = IndicatorCatalogue.of(agency);
    String json = IO.writeString(catalogue, DocumentFormat.JSON);
    assertEquals(true, json.startsWith("{\n  \"formatVersion\" : 2,\n"), json);
    assertEquals(true, json.matches("(?s).*\"key\" : \"AGENCY\",\\s+\"open\" : true\\s+}.*"), json);
    assertEquals(catalogue, IO.readString(json, DocumentFormat.JSON, IndicatorCatalogue.class));
    assertEquals(catalogue, roundTrip(catalogue, DocumentFormat.YAML, IndicatorCatalogue.class));
    assertEquals(true, IO.readString(json, DocumentFormat.JSON, IndicatorCatalogue.class)
        .indicators().get(0).breakdown("AGENCY").orElseThrow().allows("000.00.12.H48"));
  }

  @Test
  void anOpenDimensionListsNoValuesAndAClosedOneNeedsThem() throws Exception {
    String head = "formatVersion: 2\nkind: indicator-catalogue\nindicators:\n  - code: PCI\n    nameVi: PCI\n"
        + "    nameEn: PCI\n    measure: {type: percentage}\n    direction: HIGHER_IS_BETTER\n    decimals: 2\n"
        + "    publisher: VCCI\n    breakdowns:\n";
    List<Problem> openWithValues =
        problems(() -> IO.readString(head + "      - {key: AGENCY, open: true, values: [H48]}\n", DocumentFormat.YAML, IndicatorCatalogue.class));
    assertEquals(1, openWithValues.size(), openWithValues.toString());
    assertEquals(true, openWithValues.get(0).toString().contains(
        "open breakdown dimension AGENCY allows every value and takes no 'values', was [H48]"), openWithValues.toString());
    List<Problem> closedWithout = problems(() -> IO.readString(head + "      - {key: LEVEL}\n", DocumentFormat.YAML, IndicatorCatalogue.class));
    assertEquals(1, closedWithout.size(), closedWithout.toString());
    assertEquals(true, closedWithout.get(0).toString().contains(
        "breakdown dimension LEVEL requires 'values' (at least one), or 'open: true'"), closedWithout.toString());
    // 'open: false' is a closed dimension, as if left out
    IndicatorCatalogue closed = IO.readString(
        head + "      - {key: LEVEL, open: false, values: [COMMUNE]}\n", DocumentFormat.YAML, IndicatorCatalogue.class);
    assertEquals(BreakdownDimension.of("LEVEL", List.of("COMMUNE")), closed.indicators().get(0).breakdowns().get(0));
  }

  @Test
  void reportsEveryBadIndicatorOfACatalogue() {
    String yaml =
        """
        formatVersion: 1
        kind: indicator-catalogue
        indicators:
          - code: PCI
            nameVi: Chỉ số PCI
            nameEn: PCI
            measure: {type: score, min: 0, max: 100}
            direction: HIGHER_IS_BETTER
            decimals: 12
            publisher: VCCI
          - code: pci_rank
            nameVi: Xếp hạng
            nameEn: Rank
            measure: {type: rank}
            direction: LOWER_IS_BETTER
            decimals: 0
            publisher: VCCI
          - code: PAPI
            nameVi: PAPI
            nameEn: PAPI
            measure: {type: stars}
            direction: HIGHER_IS_BETTER
            decimals: 2
            publisher: UNDP
            colour: red
        """;
    List<Problem> problems = problems(() -> IO.readString(yaml, DocumentFormat.YAML, IndicatorCatalogue.class));
    assertEquals(4, problems.size());
    assertProblem(problems.get(0), "/indicators/0 (line 4, column 5)", "decimals of PCI must be within 0..10, was 12");
    assertProblem(
        problems.get(1),
        "/indicators/1/code (line 11, column 11)",
        "indicator code must be upper-case ASCII letters, digits and underscores starting with a letter, was"
            + " 'pci_rank'");
    assertEquals("pci_rank", problems.get(1).value());
    assertProblem(
        problems.get(2),
        "/indicators/2/measure (line 21, column 14)",
        "measure type must be one of [percentage, score, rank, count, ratio, share, completion, qualitative],"
            + " was 'stars'");
    assertProblem(
        problems.get(3),
        "/indicators/2/colour (line 25, column 5)",
        "unknown property 'colour'; known properties are [breakdowns, code, decimals, description, direction,"
            + " measure, methodologyVersion, nameEn, nameVi, publisher]");
  }
}
