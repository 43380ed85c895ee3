package org.reformindicators.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.OptionalDouble;
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

  /**
   * A builder hands its figures to the result it builds without a copy; a figure added afterwards goes to a copy,
   * so the first result keeps its two figures while the second has five (growing past the first four slots), and a
   * figure set again keeps its place.
   */
  @Test
  void aBuilderReusedAfterBuildLeavesTheFirstResultAsItWas() {
    ProgressResult.Builder b =
        ProgressResult.builder(METHOD, EurostatCategory.MODERATE_PROGRESS).measure("a", 1).measure("b", 2);
    ProgressResult first = b.build();
    ProgressResult second = b.measure("a", 10).measure("c", 3).measure("d", 4).measure("e", 5).build();
    assertEquals(Map.of("a", 1.0, "b", 2.0), first.measures());
    assertEquals(java.util.List.of("a", "b", "c", "d", "e"), java.util.List.copyOf(second.measures().keySet()));
    assertEquals(10.0, second.measures().get("a"));
    assertTrue(!first.equals(second));
    assertEquals(first, ProgressResult.builder(METHOD, EurostatCategory.MODERATE_PROGRESS).measure("a", 1).measure("b", 2).build());
    assertEquals(first.hashCode(), ProgressResult.builder(METHOD, EurostatCategory.MODERATE_PROGRESS).measure("a", 1).measure("b", 2).build().hashCode());
  }

  /** The generated setters take the figures as optionals too, and a copy with {@code from} is equal. */
  @Test
  void generatedSettersAndFromAgreeWithTheConveniences() {
    ProgressResult r =
        ProgressResult.builder(METHOD, EurostatCategory.MODERATE_PROGRESS)
            .rates(0.04, 0.05)
            .ratio(OptionalDouble.of(0.8))
            .projection(10, 8, 12)
            .measure("x", 1)
            .build();
    assertEquals(r, new ProgressResult.Builder().from(r).build());
    assertEquals(OptionalDouble.of(0.05), r.requiredRate());
    assertEquals(OptionalDouble.of(8), r.projectionLower());
    assertEquals(RateKind.COMPOUND, r.rateKind());
  }
}
