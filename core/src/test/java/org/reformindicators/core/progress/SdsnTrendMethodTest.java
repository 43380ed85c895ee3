package org.reformindicators.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SdsnTrendMethodTest {

  private static final SdsnTrendMethod SDSN = SdsnTrendMethod.defaults();

  /** Base 40 at t = 0, target 80 at t = 4: required linear rate (80 − 40)/4 = 10 a year. */
  private static ProgressResult towards80(double latestAtOne) {
    return SDSN.assess(
        ProgressInput.builder()
            .observations(new double[] {0, 1}, new double[] {40, latestAtOne})
            .base(0, 40)
            .target(4, 80)
            .build());
  }

  @Test
  void boundariesAtOneHalfAndZero() {
    // ratio = (latest − 40)/1 ÷ 10
    ProgressResult onTrack = towards80(50); // 10/10 = 1 → on track
    assertEquals(SdsnCategory.ON_TRACK, onTrack.category());
    assertEquals(1.0, onTrack.ratio().getAsDouble(), 0.0);
    assertEquals(10.0, onTrack.actualRate().getAsDouble(), 0.0);
    assertEquals(10.0, onTrack.requiredRate().getAsDouble(), 0.0);
    assertEquals(SdsnCategory.MODERATELY_IMPROVING, towards80(49.9).category()); // 0.99
    assertEquals(SdsnCategory.MODERATELY_IMPROVING, towards80(45).category()); // 0.5
    assertEquals(SdsnCategory.STAGNATING, towards80(44.9).category()); // 0.49
    assertEquals(SdsnCategory.STAGNATING, towards80(40).category()); // exactly 0
    assertEquals(SdsnCategory.DECREASING, towards80(39.9).category()); // −0.01
    assertEquals(SdsnCategory.MAINTAINING_ACHIEVEMENT, towards80(80).category());
  }

  @Test
  void outlooks() {
    assertEquals(ProgressOutlook.ON_TRACK, towards80(50).outlook());
    assertEquals(ProgressOutlook.AT_RISK, towards80(45).outlook());
    assertEquals(ProgressOutlook.AT_RISK, towards80(40).outlook());
    assertEquals(ProgressOutlook.OFF_TRACK, towards80(30).outlook());
    assertEquals(ProgressOutlook.ACHIEVED, towards80(90).outlook());
  }

  @Test
  void zeroBaseIsFineForLinearRates() {
    // base 0, target 100 at t = 5 (20 a year); latest 10 at t = 1: ratio 10/20 = 0.5
    ProgressResult r =
        SDSN.assess(
            ProgressInput.builder()
                .observations(new double[] {0, 1}, new double[] {0, 10})
                .base(0, 0)
                .target(5, 100)
                .build());
    assertEquals(SdsnCategory.MODERATELY_IMPROVING, r.category());
    assertEquals(0.5, r.ratio().getAsDouble(), 0.0);
  }

  @Test
  void cannotAssessWithoutTargetOrSecondPoint() {
    ProgressResult single =
        SDSN.assess(
            ProgressInput.builder()
                .observations(new double[] {0}, new double[] {40})
                .base(0, 40)
                .target(4, 80)
                .build());
    assertEquals(Optional.of(UnassessableReason.NO_OBSERVATION_AFTER_BASE), single.reason());
    ProgressResult noTarget =
        SDSN.assess(
            ProgressInput.builder()
                .observations(new double[] {0, 1}, new double[] {40, 50})
                .base(0, 40)
                .build());
    assertEquals(SdsnCategory.CANNOT_ASSESS, noTarget.category());
    assertEquals(Optional.of(UnassessableReason.NO_TARGET), noTarget.reason());
  }

  @Test
  void targetMetAtBaseAndLostIsDecreasing() {
    ProgressResult r =
        SDSN.assess(
            ProgressInput.builder()
                .observations(new double[] {0, 1}, new double[] {90, 70})
                .base(0, 90)
                .target(4, 80)
                .build());
    assertEquals(SdsnCategory.DECREASING, r.category());
  }

  @Test
  void parametersAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> SdsnTrendMethod.of(0.5, 1, 0));
    assertEquals("sdsn", SDSN.id());
    assertEquals(0.5, SDSN.parameters().number("moderateRatio"), 0.0);
  }

  /**
   * The tolerance at a cut-off: ratio (48.7 − 40)/10 = 0.87 (0.8699999999999996 in binary) against an on-track
   * cut-off at the ratio itself, 1e-10 above and 1e-8 above; and the same at the lowest cut-off.
   */
  @Test
  void cutoffExactlyOnWithinAndBeyondTheTolerance() {
    ProgressResult r = towards80(48.7);
    double ratio = r.ratio().getAsDouble();
    assertEquals(0.87, ratio, 1e-12);
    ProgressInput in =
        ProgressInput.builder()
            .observations(new double[] {0, 1}, new double[] {40, 48.7})
            .base(0, 40)
            .target(4, 80)
            .build();
    for (double offset : new double[] {0, 1e-10}) {
      assertEquals(SdsnCategory.ON_TRACK, SdsnTrendMethod.of(ratio + offset, 0.5, 0).assess(in).category());
      assertEquals(SdsnCategory.STAGNATING, SdsnTrendMethod.of(0.95, 0.9, ratio + offset).assess(in).category());
    }
    assertEquals(SdsnCategory.MODERATELY_IMPROVING, SdsnTrendMethod.of(ratio + 1e-8, 0.5, 0).assess(in).category());
    assertEquals(SdsnCategory.DECREASING, SdsnTrendMethod.of(0.95, 0.9, ratio + 1e-8).assess(in).category());
  }

  /** The example of issue 15 for SDSN: 4.44 → 9.27 over 3 years towards 10.88 by year 4 (1.61 a year both). */
  @Test
  void aLineOnTheTargetIsOnTrack() {
    ProgressResult r =
        SDSN.assess(
            ProgressInput.builder()
                .observations(new double[] {0, 1, 2, 3}, new double[] {4.44, 6.05, 7.66, 9.27})
                .base(0, 4.44)
                .target(4, 10.88)
                .build());
    assertEquals(1.0, r.ratio().getAsDouble(), 1e-12);
    assertEquals(SdsnCategory.ON_TRACK, r.category());
  }
}
