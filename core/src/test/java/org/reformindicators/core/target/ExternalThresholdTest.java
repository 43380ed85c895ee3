package org.reformindicators.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExternalThresholdTest {

  private static final ExternalThreshold T12A =
      ExternalThreshold.of(
          "CENTRAL_STAFF_REDUCTION_RATIO",
          Comparison.AT_LEAST,
          BilingualText.of("Tỷ lệ tinh giản biên chế theo quy định của Trung ương.", "The central ratio."));

  @Test
  void resolvesToAThresholdOnceTheNormIsKnown() {
    Threshold resolved = T12A.resolve(10);
    assertEquals(Threshold.atLeast(10), resolved);
    assertTrue(resolved.isMet(10.5));
    assertEquals(0, T12A.levels().length);
    assertEquals("≥ CENTRAL_STAFF_REDUCTION_RATIO", T12A.toString());
  }

  @Test
  void rejectsBadNormIds() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ExternalThreshold.of("central ratio", Comparison.AT_LEAST, T12A.description()));
    assertThrows(IllegalArgumentException.class, () -> T12A.resolve(Double.POSITIVE_INFINITY));
  }
}
