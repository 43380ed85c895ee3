package org.reformindicators.core.composite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MissingDataPolicyTest {

  @Test
  void acceptsAccordingToItsKind() {
    assertTrue(MissingDataPolicy.fail().accepts(10, 10));
    assertFalse(MissingDataPolicy.fail().accepts(9, 10));
    assertTrue(MissingDataPolicy.skipAndRenormalise().accepts(1, 10));
    assertFalse(MissingDataPolicy.skipAndRenormalise().accepts(0, 10));
    // SDSN: 80 % of the indicators
    assertTrue(MissingDataPolicy.minimumCoverage(0.8).accepts(8, 10));
    assertFalse(MissingDataPolicy.minimumCoverage(0.8).accepts(7, 10));
    // COIN Tool rule of thumb 65 %: 13 of 20 = 0.65 passes despite binary rounding of 0.65 × 20
    assertTrue(MissingDataPolicy.minimumCoverage(0.65).accepts(13, 20));
  }

  @Test
  void invalidPoliciesAndCountsAreRejected() {
    assertEquals(
        "minimumCoverage must be within (0, 1] for MINIMUM_COVERAGE, was 1.5",
        assertThrows(IllegalArgumentException.class, () -> MissingDataPolicy.minimumCoverage(1.5)).getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> new MissingDataPolicy(MissingDataPolicy.Kind.FAIL, 0.5));
    assertThrows(IllegalArgumentException.class, () -> MissingDataPolicy.fail().accepts(3, 2));
  }
}
