package org.reformindicators.io.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled suite: its size, its coverage tags and its result against the bundled engine. */
class BundledSuiteTest {

  @Test
  void everyLiveVectorPassesAgainstTheBundledEngine() throws IOException {
    ConformanceReport report = ConformanceReport.run(ConformanceSuite.bundled(), ConformanceEngine.bundled());
    String failures = report.mismatches().stream().map(Mismatch::toString).collect(Collectors.joining("\n"));
    assertEquals(0, report.failed(), failures);
    assertEquals(ConformanceSuite.bundled().live().size(), report.passed());
  }

  @Test
  void everyTagThatIsNotPendingHasVectors() throws IOException {
    Set<ConformanceTag> used = EnumSet.noneOf(ConformanceTag.class);
    ConformanceSuite.bundled().live().forEach(v -> used.addAll(v.tags()));
    Set<ConformanceTag> missing = EnumSet.allOf(ConformanceTag.class);
    missing.removeAll(used);
    missing.removeIf(ConformanceTag::pending);
    assertTrue(missing.isEmpty(), "tags without vectors: " + missing);
  }

  @Test
  void theSuiteHasAtLeast150LiveVectorsAndVersion1() throws IOException {
    ConformanceSuite suite = ConformanceSuite.bundled();
    assertEquals(1, suite.suiteVersion());
    assertTrue(suite.live().size() >= 150, "live vectors: " + suite.live().size());
  }
}
