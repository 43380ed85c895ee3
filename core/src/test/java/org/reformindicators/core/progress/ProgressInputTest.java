package org.reformindicators.core.progress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProgressInputTest {

  private static ProgressInput.Builder valid() {
    return ProgressInput.builder()
        .observations(new double[] {0, 1}, new double[] {63, 39})
        .base(0, 63)
        .target(5, 30)
        .direction(DesiredDirection.DECREASE);
  }

  @Test
  void exposesItsData() {
    ProgressInput in = valid().naturalLimit(1).build();
    assertEquals(2, in.size());
    assertEquals(1.0, in.latestTime(), 0.0);
    assertEquals(39.0, in.latestValue(), 0.0);
    assertEquals(30.0, in.targetValue(), 0.0);
    assertEquals(5.0, in.targetTime(), 0.0);
    assertEquals(1.0, in.naturalLimit().getAsDouble(), 0.0);
    assertFalse(in.latestMeetsTarget());
    assertTrue(valid().observations(new double[] {0, 1}, new double[] {63, 30}).build().latestMeetsTarget());
  }

  @Test
  void arraysAreCopiedInAndOut() {
    double[] values = {63, 39};
    ProgressInput in = valid().observations(new double[] {0, 1}, values).build();
    values[1] = 1;
    in.values()[1] = 2;
    assertArrayEquals(new double[] {63, 39}, in.values(), 0.0);
  }

  @Test
  void rejectsInvalidData() {
    IllegalArgumentException length =
        assertThrows(
            IllegalArgumentException.class,
            () -> valid().observations(new double[] {0}, new double[] {1, 2}).build());
    assertEquals("times and values must have the same length, were 1 and 2", length.getMessage());
    IllegalArgumentException order =
        assertThrows(
            IllegalArgumentException.class,
            () -> valid().observations(new double[] {1, 1}, new double[] {1, 2}).build());
    assertEquals(
        "times must be strictly increasing, was times[0] = 1.0 then times[1] = 1.0", order.getMessage());
    IllegalArgumentException nan =
        assertThrows(
            IllegalArgumentException.class,
            () -> valid().observations(new double[] {0, 1}, new double[] {1, Double.NaN}).build());
    assertEquals("values[1] must be finite, was NaN", nan.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> ProgressInput.builder().observations(new double[0], new double[0]).build());
    assertThrows(NullPointerException.class, () -> valid().direction(null));
  }

  @Test
  void targetAccessorsNeedATarget() {
    ProgressInput in = ProgressInput.builder().base(0, 1).build();
    assertFalse(in.hasTarget());
    assertThrows(IllegalStateException.class, in::targetValue);
    assertThrows(IllegalStateException.class, in::latestValue);
    assertFalse(in.latestMeetsTarget());
  }

  @Test
  void equalityIsByValue() {
    assertEquals(valid().build(), valid().build());
    assertEquals(valid().build().hashCode(), valid().build().hashCode());
    assertFalse(valid().build().equals(valid().target(5, 25).build()));
    assertTrue(valid().build().toString().contains("target=30.0@5.0"));
  }

  @Test
  void valueScaleIsTheLargestMagnitudeOfBaseValuesAndTarget() {
    ProgressInput.Builder b =
        ProgressInput.builder().observations(new double[] {0, 1}, new double[] {-70, 40}).base(0, 50);
    assertEquals(70.0, b.build().valueScale(), 0.0);
    assertEquals(120.0, b.target(5, 120).build().valueScale(), 0.0);
    assertEquals(120.0, b.naturalLimit(1000).build().valueScale(), 0.0); // the limit is left out
    assertEquals(
        0.0,
        ProgressInput.builder().observations(new double[] {0}, new double[] {0}).base(0, 0).build().valueScale(),
        0.0);
  }

  /**
   * Equal inputs are equal whatever their arrays' identity, a copy with {@code from} is equal, and the caller's
   * arrays are copied in and out: writing them after {@code build()} or writing a returned copy changes nothing.
   */
  @Test
  void equalByValueAndCopiedInAndOut() {
    double[] times = {0, 1};
    double[] values = {63, 39};
    ProgressInput in = valid().observations(times, values).naturalLimit(100).outlookWhenMet().build();
    times[1] = 7;
    values[1] = 1;
    in.values()[0] = -1;
    assertEquals(39.0, in.value(1), 0.0);
    assertEquals(63.0, in.value(0), 0.0);
    ProgressInput same = valid().naturalLimit(100).outlookWhenMet().build();
    assertEquals(same, in);
    assertEquals(same.hashCode(), in.hashCode());
    assertEquals(in, new ProgressInput.Builder().from(in).build());
    assertTrue(new ProgressInput.Builder().from(in).build().outlookWhenMet());
    assertFalse(in.equals(valid().build()));
    assertFalse(valid().build().naturalLimit().isPresent());
    assertFalse(ProgressInput.builder().base(0, 1).build().hasTarget());
  }

  /** The target and the limit are set only as wholes: a copy keeps the one not changed, the last target wins. */
  @Test
  void targetAndLimitAreSetAsWholes() {
    ProgressInput first = valid().naturalLimit(100).build();
    ProgressInput changed = ProgressInput.builder().from(first).target(4, 20).target(5, 25).build();
    assertEquals(100.0, changed.naturalLimit().getAsDouble(), 0.0);
    assertEquals(5.0, changed.targetTime(), 0.0);
    assertEquals(25.0, changed.targetValue(), 0.0);
    for (java.lang.reflect.Method m : ProgressInput.Builder.class.getMethods()) {
      assertFalse(m.getName().startsWith("raw") || m.getName().equals("hasTarget"), m.toString());
    }
  }
}
