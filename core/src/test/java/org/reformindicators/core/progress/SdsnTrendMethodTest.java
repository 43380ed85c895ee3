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
}
