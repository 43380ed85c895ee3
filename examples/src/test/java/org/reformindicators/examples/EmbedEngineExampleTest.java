package org.reformindicators.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.evaluation.PlanAssessment;
import org.reformindicators.core.evaluation.ProgressStatus;
import org.reformindicators.core.target.ClauseId;

class EmbedEngineExampleTest {

  @Test
  void evaluatesTheBundledPlanAndPrintsTheResultObjects() throws IOException {
    ExampleOutput out = new ExampleOutput();
    PlanAssessment latest = EmbedEngineExample.run(out.stream);
    assertEquals(38, latest.clauses().size());
    assertEquals("2024", latest.asOf().toString());
    int total = latest.statusCounts().values().stream().mapToInt(Integer::intValue).sum();
    assertEquals(38, total);
    // T1e: PCI rank 20–30 in 2021; the derived 2021 rank is 45 (33/63 in 2022 and up 12 places, Báo Mới / Thanh Niên reports of the PCI 2022 launch): missed.
    assertEquals(ProgressStatus.NOT_ACHIEVED, latest.clause(ClauseId.parse("T1e")).orElseThrow().status());
    String text = out.text();
    assertTrue(text.startsWith("T1a as of 2021: "), text);
    assertTrue(text.contains("T1b as of 2021: "), text);
    assertTrue(text.contains("As of 2024, 38 clauses:"), text);
    assertTrue(text.contains("  T1e NOT_ACHIEVED: PCI rank\n"), text);
  }
}
