package org.reformindicators.io.composite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.composite.AggregationMethod;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.composite.IndexNode;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ModuleTestBase;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.problem.Problem;

class MethodologyBindingTest extends ModuleTestBase {

  @Test
  void everyBundledMethodologyReadsAndRoundTripsToTheSameDocument() throws IOException {
    for (String id : ReformIndicatorsIo.BUNDLED_METHODOLOGIES) {
      CompositeIndex index = IO.bundledMethodology(id);
      assertEquals(id, index.id());
      // CompositeIndex has no equals: the written document is compared instead (a fixpoint of write∘read).
      for (DocumentFormat format : DocumentFormat.values()) {
        String written = IO.writeString(index, format);
        CompositeIndex back = IO.readString(written, format, CompositeIndex.class);
        assertEquals(written, IO.writeString(back, format), id + " " + format);
        assertEquals(index.leaves().size(), back.leaves().size());
      }
    }
  }

  @Test
  void pciWeightsAreExactDecimals() throws IOException {
    // codes.md, PCI components in published order; weights from pci.yaml (VCCI PCI 2016 handbook)
    CompositeIndex pci = IO.bundledMethodology("pci");
    assertEquals(AggregationMethod.WEIGHTED_ARITHMETIC, pci.root().aggregation().orElseThrow().method());
    assertEquals(new BigDecimal("10"), pci.root().aggregation().orElseThrow().scale());
    List<String> codes = pci.root().children().stream().map(IndexNode::code).toList();
    assertEquals("PCI_ENTRY_COSTS", codes.get(0));
    assertEquals("PCI_LEGAL_INSTITUTIONS", codes.get(9));
    assertEquals(new BigDecimal("0.20"), pci.node("PCI_TRANSPARENCY").orElseThrow().weight().orElseThrow());
    BigDecimal total = pci.root().children().stream().map(n -> n.weight().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, total.compareTo(BigDecimal.ONE), "weights sum to 1: " + total);
  }

  @Test
  void unknownKindsAndParametersAreReportedWithTheirPath() {
    String yaml =
        """
        formatVersion: 1
        kind: methodology
        id: demo
        name: {vi: "Thử", en: "Demo"}
        publisher: X
        source: Y
        years: {from: 2020}
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
        """
        formatVersion: 1
        kind: methodology
        id: demo
        name: {vi: "Thử", en: "Demo"}
        publisher: X
        source: Y
        years: {from: 2020}
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
