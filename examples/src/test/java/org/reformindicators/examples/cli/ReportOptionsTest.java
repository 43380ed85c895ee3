package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportOptionsTest {

  @Test
  void theNormsOfAPlanAreThoseItsExternalThresholdsName() {
    // T12a of Decision 1256/QĐ-UBND compares with the central staff reduction norm.
    assertEquals(Set.of("CENTRAL_STAFF_REDUCTION_RATIO"), ReportOptions.normIds(Bundled.plan()));
  }
}
