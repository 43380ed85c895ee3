package org.reformindicators.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProgressResultTest {

  private static final ProgressMethod METHOD = EurostatMethod.defaults();

  @Test
  void neverHoldsNaN() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ProgressResult.builder(METHOD, EurostatCategory.MODERATE_PROGRESS)
                    .ratio(Double.NaN)
                    .build());
    assertEquals("ratio must be finite when present, was NaN", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ProgressResult.builder(METHOD, EurostatCategory.MODERATE_PROGRESS)
                .measure("x", Double.POSITIVE_INFINITY)
                .build());
  }

  @Test
  void reasonGoesWithNotAssessableOnly() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ProgressResult.builder(METHOD, EurostatCategory.CANNOT_ASSESS).build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ProgressResult.builder(METHOD, EurostatCategory.MODERATE_PROGRESS)
                .reason(UnassessableReason.ZERO_BASE)
                .build());
  }

  @Test
  void rebuildsFromAMethodRecreatedByIdAndParameters() {
    ProgressResult original =
        ProgressResult.builder(METHOD, EurostatCategory.MODERATE_PROGRESS).ratio(0.8).rates(0.04, 0.05).build();
    // as a reader does: the method recreated from its id and its parameters by name, the category by code
    ProgressMethodDescriptor eurostat = ProgressMethodRegistry.defaults().descriptor("eurostat");
    ProgressResult copy =
        ProgressResult.builder(eurostat.create(METHOD.parameters().asMap()), eurostat.category("MODERATE_PROGRESS"))
            .ratio(0.8)
            .rates(0.04, 0.05)
            .build();
    assertEquals(original, copy);
    assertEquals(original.hashCode(), copy.hashCode());
    assertEquals(METHOD, copy.method());
  }

  @Test
  void intervalMustContainTheProjection() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ProgressResult.builder(METHOD, EurostatCategory.MODERATE_PROGRESS)
                .projection(10, 11, 12)
                .build());
    ProgressResult r =
        ProgressResult.builder(METHOD, EurostatCategory.MODERATE_PROGRESS)
            .projection(10, 9, 12)
            .ratio(0.8)
            .rates(0.04, 0.05)
            .build();
    assertEquals(9.0, r.projectionLower().getAsDouble(), 0.0);
    assertEquals(ProgressOutlook.AT_RISK, r.outlook());
    assertEquals("eurostat", r.methodId());
    assertEquals(METHOD.parameters(), r.parameters());
    assertTrue(r.toString().contains("MODERATE_PROGRESS -> AT_RISK"), r.toString());
    assertEquals(
        r,
        ProgressResult.builder(METHOD, EurostatCategory.MODERATE_PROGRESS)
            .projection(10, 9, 12)
            .ratio(0.8)
            .rates(0.04, 0.05)
            .build());
  }
}
