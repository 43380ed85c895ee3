package org.reformindicators.io.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VectorKindTest {

  @Test
  void textRoundTripsAndAnUnknownTextIsRefused() {
    for (VectorKind kind : VectorKind.values()) {
      assertEquals(kind, VectorKind.ofText(kind.text()));
    }
    assertEquals("plan", VectorKind.PLAN.text());
    assertEquals("kind must be plan, composite or uncertainty, was 'Plan'",
        assertThrows(IllegalArgumentException.class, () -> VectorKind.ofText("Plan")).getMessage());
  }
}
