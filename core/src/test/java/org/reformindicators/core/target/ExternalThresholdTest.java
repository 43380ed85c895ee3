package org.reformindicators.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

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

  @Test
  void resolvedThresholdComparesAsItsComparisonSays() {
    qt().forAll(integers().between(0, 2), doubles().between(-100, 100), doubles().between(-100, 100))
        .checkAssert(
            (index, norm, observed) -> {
              Comparison comparison = Comparison.values()[index];
              Threshold resolved = ExternalThreshold.of("NORM", comparison, T12A.description()).resolve(norm);
              assertEquals(comparison, resolved.comparison());
              assertEquals(comparison.test(observed, norm), resolved.isMet(observed));
              if (resolved.isExceeded(observed)) {
                assertTrue(resolved.isMet(observed));
              }
            });
  }
}
