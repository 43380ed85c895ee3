package org.reformindicators.io.composite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.composite.ComponentCode;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.composite.CompositeResult;
import org.reformindicators.core.composite.DataMatrix;
import org.reformindicators.core.composite.CompositeCalculator;
import org.reformindicators.core.composite.IndexNode;
import org.reformindicators.core.composite.uncertainty.UncertaintyAnalysis;
import org.reformindicators.core.composite.uncertainty.UncertaintyOptions;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ModuleTestBase;

class CompositeResultDocumentTest extends ModuleTestBase {

  // VCCI, PCI 2019 provincial profile of Quảng Ngãi: the ten sub-indices in published order
  private static final String[] QUANG_NGAI_2019 = {"8.23", "6.65", "6.96", "6.56", "5.93", "5.46", "5.90", "6.17", "6.24", "6.49"};

  static CompositeIndex pci() throws IOException {
    return IO.bundledMethodology("pci");
  }

  static List<ComponentCode> codes(CompositeIndex index) {
    return index.root().children().stream().map(IndexNode::code).toList();
  }

  @Test
  void quangNgaiPci2019IsWrittenAsPublished() throws IOException {
    CompositeIndex pci = pci();
    // 10 × (0.05 × (8.23 + 6.65 + 6.56 + 5.46 + 5.90 + 6.49) + 0.20 × (6.96 + 6.17 + 6.24) + 0.10 × 5.93)
    //   = 64.315 → half up → 64.32 (as CompositeCalculatorTest)
    CompositeResult result =
        CompositeCalculator.evaluate(pci, DataMatrix.builder(codes(pci)).row(UnitCode.of("51"), QUANG_NGAI_2019).build());
    CompositeResultDocument document = CompositeResultDocument.of(result);
    assertEquals(new BigDecimal("64.32"), document.units().get(0).scores().get(ComponentCode.of("PCI")));
    assertEquals(1.0, document.units().get(0).rank().getAsDouble());
    assertEquals(document, roundTrip(document, DocumentFormat.JSON, CompositeResultDocument.class));
    String json = IO.writeString(document, DocumentFormat.JSON);
    assertTrue(json.contains("\"PCI\" : 64.32"), json);
    // format version 2: the score the ranking compared, and a whole rank written as an integer
    assertEquals(new BigDecimal("64.32"), document.units().get(0).rankingScore().orElseThrow());
    assertTrue(json.contains("\"formatVersion\" : 2"), json);
    assertTrue(json.contains("\"rankingScore\" : 64.32,") && json.contains("\"rank\" : 1\n"), json);
  }

  @Test
  void theSettingsOfAnUncertaintyAnalysisAndTheWarningsAreWrittenWithItsResults() throws IOException {
    CompositeIndex pci = pci();
    DataMatrix matrix = DataMatrix.builder(codes(pci)).row(UnitCode.of("51"), QUANG_NGAI_2019)
        .row(UnitCode.of("48"), new String[] {"8.16", "6.07", "6.29", "6.75", "6.60", "6.09", "6.81", "5.50", "6.21", "7.28"})
        .build();
    CompositeResult result = CompositeCalculator.evaluate(pci, matrix);
    UncertaintyOptions options = UncertaintyOptions.builder().draws(40).seed(7).weightNoise(0.25).build();
    CompositeResultDocument document =
        CompositeResultDocument.of(result, UncertaintyAnalysis.run(pci, matrix, options), options)
            .withWarnings(List.of("3 rows of no component"));
    assertEquals(new UncertaintySettings(40, 7, java.util.Map.of(1, 0.25)), document.uncertainty().orElseThrow());
    assertEquals(List.of("3 rows of no component"), document.warnings());
    assertEquals(document, roundTrip(document, DocumentFormat.JSON, CompositeResultDocument.class));
    String json = IO.writeString(document, DocumentFormat.JSON);
    assertTrue(json.contains("\"uncertainty\" : {\n    \"draws\" : 40,\n    \"seed\" : 7,"), json);
    assertTrue(!json.contains(".0,") && !json.contains(".0\n"), "ranks are whole numbers: " + json);
  }

  @Test
  void resultsWithIntervalsRoundTrip() throws IOException {
    CompositeIndex pci = pci();
    qt().withExamples(20)
        .forAll(lists().of(doubles().between(1, 10)).ofSize(30))
        .checkAssert(
            values -> {
              DataMatrix.Builder data = DataMatrix.builder(codes(pci));
              for (int unit = 0; unit < 3; unit++) {
                double[] row = new double[10];
                for (int i = 0; i < 10; i++) {
                  row[i] = Math.round(values.get(unit * 10 + i) * 100) / 100.0;
                }
                data.row(UnitCode.of(String.format("%02d", unit + 1)), row);
              }
              DataMatrix matrix = data.build();
              CompositeResult result = CompositeCalculator.evaluate(pci, matrix);
              CompositeResultDocument document =
                  CompositeResultDocument.of(
                      result, UncertaintyAnalysis.run(pci, matrix, UncertaintyOptions.builder().draws(50).build()));
              assertEquals(3, document.intervals().size());
              assertEquals(document, roundTrip(document, DocumentFormat.JSON, CompositeResultDocument.class));
              assertEquals(document, roundTrip(document, DocumentFormat.YAML, CompositeResultDocument.class));
            });
  }

  @Test
  void aUnitThatIsNotAUnitCodeIsReportedAtItsLocation() throws IOException {
    String json = new String(
        CompositeResultDocumentTest.class.getResourceAsStream("/golden/v2/composite-result.json").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8).replace("\"unit\" : \"51\"", "\"unit\" : \"5 1\"");
    List<org.reformindicators.io.problem.Problem> problems =
        problems(() -> IO.readString(json, DocumentFormat.JSON, CompositeResultDocument.class));
    String rule = "unit code must be ASCII letters or digits, then letters, digits, '_', '-' or '.', was '5 1'";
    assertEquals(2, problems.size(), problems::toString);
    assertProblem(problems.get(0), "/units/0/unit (line 8, column 16)", rule);
    assertProblem(problems.get(1), "/intervals/0/unit (line 64, column 16)", rule);
  }

  @Test
  void rejectsInconsistentContent() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new CompositeResultDocument(
                    "PCI", org.reformindicators.core.composite.ranking.RankingMethod.COMPETITION, List.of(), List.of()));
    assertEquals("methodology must be a methodology id such as pci or papi-2009, was 'PCI'", e.getMessage());
  }
}
