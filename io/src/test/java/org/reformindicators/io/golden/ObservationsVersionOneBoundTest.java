package org.reformindicators.io.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ModuleTestBase;
import org.reformindicators.io.problem.Problem;

/**
 * Issue 16: {@code bound} is a member of version 2 of the {@code observations} document. A version-1 document that
 * holds one is refused with a located problem naming the member, so that a version-1 reader's view of the file
 * (which knows no bound and would see a rank without a value) is never silently changed; the same observation in a
 * version-2 document reads.
 */
class ObservationsVersionOneBoundTest extends ModuleTestBase {

  // From PCI 2023, VCCI publishes scores and ranks only for the 30 best provinces (pcivietnam.vn): a rank
  // outside them is the bound 31–63 of 63. Test data, not a published figure for Quảng Ngãi.
  private static String document(int version) {
    return "{\"formatVersion\": " + version + ", \"kind\": \"observations\", \"observations\": ["
        + "{\"indicator\": \"PCI_RANK\", \"area\": \"51\", \"period\": \"2023\", \"universe\": 63,"
        + " \"bound\": {\"lower\": 31, \"upper\": 63}}]}";
  }

  @Test
  void aVersionOneDocumentWithABoundIsRefused() {
    List<Problem> problems = problems(() -> IO.readString(document(1), DocumentFormat.JSON, ObservationSet.class));
    String printed = problems.toString();
    assertTrue(printed.contains("bound"), printed);
    assertTrue(printed.contains("/observations/0"), printed);
    assertTrue(printed.contains("a bound needs formatVersion 2"), printed);
  }

  @Test
  void theSameObservationInVersionTwoReads() throws Exception {
    ObservationSet read = IO.readString(document(2), DocumentFormat.JSON, ObservationSet.class);
    assertEquals(1, read.boundedObservations().size());
    assertEquals("31–63 of 63", read.boundedObservations().get(0).valueText());
  }
}
