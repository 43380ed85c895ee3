package org.reformindicators.io.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConformanceReportTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void checksTheFixtureCountingSkippedVectors() throws Exception {
    ConformanceSuite suite = ConformanceSuite.bundled();
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("conformance/other-system-results.json")) {
      ConformanceReport report = ConformanceReport.check(suite, JSON.readTree(in));
      assertEquals(6, report.passed());
      assertEquals(1, report.failed());
      assertEquals(suite.live().size() - 7, report.skipped());
      assertEquals(List.of("eurostat-ratio-94"), report.mismatches().stream().map(Mismatch::vectorId).distinct().toList());
    }
  }

  @Test
  void refusesAnotherKindOfDocumentAndNegativeCounts() throws Exception {
    ConformanceSuite suite = ConformanceSuite.bundled();
    assertEquals("a results file must have formatVersion 1 and kind 'conformance-results', had 1 and \"plan\"",
        assertThrows(IllegalArgumentException.class,
            () -> ConformanceReport.check(suite, JSON.readTree("{\"formatVersion\": 1, \"kind\": \"plan\"}"))).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new ConformanceReport(-1, 0, 0, List.of()));
  }
}
