package org.reformindicators.io.composite;

import org.reformindicators.core.composite.ComponentCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.composite.AggregationMethod;
import org.reformindicators.core.composite.CompositeCalculator;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.composite.DataMatrix;
import org.reformindicators.core.composite.IndexNode;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ModuleTestBase;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.problem.Problem;

class MethodologyBindingTest extends ModuleTestBase {

  @Test
  void everyBundledMethodologyReadsBackEqualInEveryFormat() throws IOException {
    assertEquals(6, ReformIndicatorsIo.BUNDLED_METHODOLOGIES.size());
    for (String id : ReformIndicatorsIo.BUNDLED_METHODOLOGIES) {
      CompositeIndex index = IO.bundledMethodology(id);
      assertEquals(id, index.id());
      for (DocumentFormat format : DocumentFormat.values()) {
        String written = IO.writeString(index, format);
        CompositeIndex back = IO.readString(written, format, CompositeIndex.class);
        assertEquals(index, back, () -> id + " " + format + ":\n" + written);
        assertEquals(index.hashCode(), back.hashCode(), id + " " + format);
        assertEquals(written, IO.writeString(back, format), id + " " + format);
      }
    }
  }

  @Test
  void generatedMethodologiesReadBackEqualInEveryFormat() {
    qt().withExamples(200)
        .forAll(MethodologyGenerators.methodologies())
        .checkAssert(
            index -> {
              for (DocumentFormat format : DocumentFormat.values()) {
                String written = IO.writeString(index, format);
                assertEquals(index, roundTrip(index, format, CompositeIndex.class), () -> format + ":\n" + written);
              }
            });
  }

  @ParameterizedTest(name = "Quảng Ngãi {0}")
  @MethodSource("quangNgaiPci")
  void bundledPciReproducesQuangNgai(int year, String[] subIndices, String computed, String published)
      throws IOException {
    CompositeIndex pci = IO.bundledMethodology("pci");
    assertTrue(pci.appliesTo(year));
    DataMatrix data = DataMatrix.builder(PCI_COMPONENTS.stream().map(ComponentCode::of).toList()).row(UnitCode.of("51"), subIndices).build();
    BigDecimal total = CompositeCalculator.evaluate(pci, data).total(UnitCode.of("51")).orElseThrow();
    assertEquals(new BigDecimal(computed), total);
    // the published total comes from unrounded sub-indices (observed differences between recomputed and published PCI totals are at most 0.02)
    BigDecimal difference = total.subtract(new BigDecimal(published)).abs();
    assertTrue(difference.compareTo(new BigDecimal("0.025")) <= 0, () -> year + ": |difference| = " + difference);
  }

  /** The PCI components in published order (codes of the bundled pci.yaml). */
  private static final List<String> PCI_COMPONENTS =
      List.of(
          "PCI_ENTRY_COSTS", "PCI_LAND_ACCESS", "PCI_TRANSPARENCY", "PCI_TIME_COSTS", "PCI_INFORMAL_CHARGES",
          "PCI_POLICY_BIAS", "PCI_PROACTIVITY", "PCI_BUSINESS_SUPPORT", "PCI_LABOR_TRAINING",
          "PCI_LEGAL_INSTITUTIONS");

  static Stream<Arguments> quangNgaiPci() {
    return Stream.of(
        // VCCI, PCI 2019 provincial profile of Quảng Ngãi; published total 64.33
        // 10 × (0.05 × (8.23 + 6.65 + 6.56 + 5.46 + 5.90 + 6.49) + 0.20 × (6.96 + 6.17 + 6.24) + 0.10 × 5.93)
        //   = 10 × (1.9645 + 3.874 + 0.593) = 64.315 → half up → 64.32
        Arguments.of(
            2019,
            new String[] {"8.23", "6.65", "6.96", "6.56", "5.93", "5.46", "5.90", "6.17", "6.24", "6.49"},
            "64.32",
            "64.33"),
        // VCCI, PCI 2020 provincial profile of Quảng Ngãi; published total 63.20
        // 10 × (0.05 × (8.16 + 6.07 + 7.28 + 6.75 + 6.09 + 6.81) + 0.20 × (6.29 + 5.50 + 6.21) + 0.10 × 6.60)
        //   = 10 × (2.058 + 3.600 + 0.660) = 63.18
        Arguments.of(
            2020,
            new String[] {"8.16", "6.07", "6.29", "7.28", "6.60", "6.75", "6.09", "5.50", "6.21", "6.81"},
            "63.18",
            "63.20"));
  }

  @Test
  void pciWeightsAreExactDecimals() throws IOException {
    // PCI components in published order; weights from pci.yaml (VCCI PCI 2016 handbook)
    CompositeIndex pci = IO.bundledMethodology("pci");
    assertEquals(AggregationMethod.WEIGHTED_ARITHMETIC, pci.root().aggregation().orElseThrow().method());
    assertEquals(new BigDecimal("10"), pci.root().aggregation().orElseThrow().scale());
    List<String> codes = pci.root().children().stream().map(n -> n.code().value()).toList();
    assertEquals("PCI_ENTRY_COSTS", codes.get(0));
    assertEquals("PCI_LEGAL_INSTITUTIONS", codes.get(9));
    assertEquals(new BigDecimal("0.20"), pci.node(ComponentCode.of("PCI_TRANSPARENCY")).orElseThrow().weight().orElseThrow());
    BigDecimal total = pci.root().children().stream().map(n -> n.weight().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, total.compareTo(BigDecimal.ONE), "weights sum to 1: " + total);
  }

  /** The first seven lines of a methodology, up to its years; the error tests add the rest. */
  private static final String DEMO_HEAD =
      """
      formatVersion: 1
      kind: methodology
      id: demo
      name: {vi: "Thử", en: "Demo"}
      publisher: X
      source: Y
      years: {from: 2020}
      """;

  @Test
  void unknownKindsAndParametersAreReportedWithTheirPath() {
    String yaml =
        DEMO_HEAD
            + """
        missingData: {policy: fail}
        ranking: {method: competition}
        root:
          code: DEMO
          aggregation: {method: weighted-arithmetic}
          children:
            - code: A
              normalisation: {kind: min-max, lower: 0, upper: 10, mean: 3}
            - code: B
              scoring: {kind: step, threshold: 1}
            - code: C
              direction: upward
        """;
    List<Problem> problems = problems(() -> IO.readString(yaml, DocumentFormat.YAML, CompositeIndex.class));
    assertEquals(3, problems.size());
    assertProblem(
        problems.get(0),
        "/root/children/0/mean (line 14, column 7)",
        "normalisation kind 'min-max' takes [lower, upper], was also given [mean]");
    assertProblem(
        problems.get(1),
        "/root/children/1/scoring (line 16, column 7)",
        "scoring kind must be one of [proportional-to-threshold, step-table, linear-between], was 'step'");
    assertProblem(
        problems.get(2),
        "/root/children/2/direction (line 18, column 7)",
        "direction must be one of [higher-is-better, lower-is-better], was 'upward'");
  }

  @Test
  void methodologyLevelRulesAreChecked() {
    String yaml =
        DEMO_HEAD
            + """
        missingData: {policy: fail, minimumCoverage: 0.5}
        ranking: {method: competition}
        root: {code: DEMO, aggregation: {method: sum}, children: [{code: A}]}
        """;
    List<Problem> problems = problems(() -> IO.readString(yaml, DocumentFormat.YAML, CompositeIndex.class));
    assertEquals(1, problems.size());
    assertProblem(
        problems.get(0),
        "/missingData (line 1, column 1)",
        "minimumCoverage is allowed only with policy minimum-coverage, policy was fail");
  }
}
