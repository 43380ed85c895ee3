package org.reformindicators.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenSdgMethodTest {

  private static final OpenSdgMethod OPEN_SDG = OpenSdgMethod.defaults();

  /** Base 100 at t = 0, target 121 at t = 2: CAGR_T = 0.10 a year. */
  private static ProgressResult towards121(double latestAtOne) {
    return OPEN_SDG.assess(
        ProgressInput.builder()
            .observations(new double[] {0, 1}, new double[] {100, latestAtOne})
            .base(0, 100)
            .target(2, 121)
            .build());
  }

  @Test
  void targetCutoffsAt95And60AndZero() {
    // R = d·CAGR / |CAGR_T| = (latest/100 − 1) / 0.10
    assertEquals(OpenSdgCategory.ON_TRACK, towards121(109.5).category()); // R = 0.95
    assertEquals(OpenSdgCategory.ACCELERATION_NEEDED, towards121(109.4).category()); // 0.94
    assertEquals(OpenSdgCategory.ACCELERATION_NEEDED, towards121(106).category()); // 0.60
    assertEquals(OpenSdgCategory.LIMITED_PROGRESS, towards121(105.9).category()); // 0.59
    assertEquals(OpenSdgCategory.LIMITED_PROGRESS, towards121(100).category()); // 0
    assertEquals(OpenSdgCategory.DETERIORATION, towards121(99.9).category()); // −0.01
    assertEquals(OpenSdgCategory.TARGET_ACHIEVED, towards121(121).category());
    assertEquals(0.95, towards121(109.5).ratio().getAsDouble(), 1e-12);
  }

  @Test
  void outlooksFollowTheDocumentedMapping() {
    assertEquals(ProgressOutlook.ON_TRACK, towards121(109.5).outlook());
    assertEquals(ProgressOutlook.AT_RISK, towards121(106).outlook());
    assertEquals(ProgressOutlook.AT_RISK, towards121(100).outlook());
    assertEquals(ProgressOutlook.OFF_TRACK, towards121(99).outlook());
    assertEquals(ProgressOutlook.ACHIEVED, towards121(130).outlook());
  }

  @Test
  void baseBeyondTheTargetUsesTheMagnitudeOfTheRequiredRate() {
    // base 100 meets target 90; latest 80: CAGR = −0.2; CAGR_T = 0.9^(1/5) − 1 = −0.0208516
    // R = +1 × −0.2 / 0.0208516 = −9.5916 → deterioration
    ProgressResult r =
        OPEN_SDG.assess(
            ProgressInput.builder()
                .observations(new double[] {0, 1}, new double[] {100, 80})
                .base(0, 100)
                .target(5, 90)
                .build());
    assertEquals(OpenSdgCategory.DETERIORATION, r.category());
    assertEquals(-9.5916, r.ratio().getAsDouble(), 1e-4);
  }

  @Test
  void zeroBaseIsReplacedBy0001() {
    // base 0 → 0.001: CAGR = 10/0.001 − 1 = 9999; CAGR_T = (20/0.001)^(1/2) − 1 = 140.4214
    // R = 9999 / 140.4214 = 71.2072 → on track
    ProgressResult r =
        OPEN_SDG.assess(
            ProgressInput.builder()
                .observations(new double[] {0, 1}, new double[] {0, 10})
                .base(0, 0)
                .target(2, 20)
                .build());
    assertEquals(OpenSdgCategory.ON_TRACK, r.category());
    assertEquals(71.2072, r.ratio().getAsDouble(), 1e-4);
  }

  @Test
  void mixedSignsAreUnableToAssess() {
    ProgressResult r =
        OPEN_SDG.assess(
            ProgressInput.builder()
                .observations(new double[] {0, 1}, new double[] {-5, 5})
                .base(0, -5)
                .target(2, 10)
                .build());
    assertEquals(OpenSdgCategory.UNABLE_TO_ASSESS, r.category());
    assertEquals(Optional.of(UnassessableReason.MIXED_SIGNS), r.reason());
  }

  @Test
  void negativeSeriesFlipsTheDirection() {
    // −10 → −5 → target −2 (higher is better): raw CAGR = 0.5 − 1 = −0.5, flipped d = −1 → +0.5
    // CAGR_T = (0.2)^(1/2) − 1 = −0.5527864; R = 0.5 / 0.5527864 = 0.904508 → acceleration needed
    ProgressResult r =
        OPEN_SDG.assess(
            ProgressInput.builder()
                .observations(new double[] {0, 1}, new double[] {-10, -5})
                .base(0, -10)
                .target(2, -2)
                .build());
    assertEquals(OpenSdgCategory.ACCELERATION_NEEDED, r.category());
    assertEquals(0.904508, r.ratio().getAsDouble(), 1e-6);
  }

  @Test
  void singleDataPointIsUnableToAssess() {
    ProgressResult r =
        OPEN_SDG.assess(
            ProgressInput.builder()
                .observations(new double[] {0}, new double[] {50})
                .base(0, 50)
                .target(2, 60)
                .build());
    assertEquals(Optional.of(UnassessableReason.NO_OBSERVATION_AFTER_BASE), r.reason());
  }

  private static ProgressResult noTarget(double base, double latest, Double limit) {
    ProgressInput.Builder b =
        ProgressInput.builder()
            .observations(new double[] {0, 1}, new double[] {base, latest})
            .base(0, base);
    if (limit != null) {
      b.naturalLimit(limit);
    }
    return OPEN_SDG.assess(b.build());
  }

  @Test
  void withoutTargetBoundariesWithoutALimit() {
    // C = 1: on track ≥ 1.5 %, acceleration needed ≥ 0.5 %, limited ≥ 0, deterioration < 0
    assertEquals(OpenSdgCategory.ON_TRACK, noTarget(100, 101.5, null).category());
    assertEquals(OpenSdgCategory.ACCELERATION_NEEDED, noTarget(100, 101.4, null).category());
    assertEquals(OpenSdgCategory.ACCELERATION_NEEDED, noTarget(100, 100.5, null).category());
    assertEquals(OpenSdgCategory.LIMITED_PROGRESS, noTarget(100, 100.4, null).category());
    assertEquals(OpenSdgCategory.LIMITED_PROGRESS, noTarget(100, 100, null).category());
    assertEquals(OpenSdgCategory.DETERIORATION, noTarget(100, 99.9, null).category());
    assertEquals(1.0, noTarget(100, 101, null).measures().get("limitFactor"), 0.0);
  }

  @Test
  void naturalLimitShrinksTheThresholds() {
    // base 90 % of a 100 % limit: C = 1 − 0.9^4.44 = 1 − exp(4.44 × −0.1053605) = 1 − 0.6263784 = 0.3736216
    // CAGR = 90.9/90 − 1 = 0.01 ≥ 1.5 % × C = 0.0056043 → on track (without the limit: acceleration needed)
    ProgressResult r = noTarget(90, 90.9, 100.0);
    assertEquals(0.3736216, r.measures().get("limitFactor"), 1e-7);
    assertEquals(OpenSdgCategory.ON_TRACK, r.category());
    assertEquals(OpenSdgCategory.ACCELERATION_NEEDED, noTarget(90, 90.9, null).category());
  }

  @Test
  void baseAtTheLimitMaintainedIsOnTrack() {
    // C = 0; CAGR = 0 ≥ 0 → on track; CAGR < 0 → deterioration
    assertEquals(OpenSdgCategory.ON_TRACK, noTarget(100, 100, 100.0).category());
    assertEquals(OpenSdgCategory.DETERIORATION, noTarget(100, 99, 100.0).category());
  }

  @Test
  void minimumLimitUsesTheInverseRatio() {
    // lower is better, base 2, minimum 1: C = 1 − (1/2)^4.44 = 1 − exp(−4.44 × 0.6931472) = 1 − 0.0460709 = 0.9539291
    ProgressInput in =
        ProgressInput.builder()
            .observations(new double[] {0, 1}, new double[] {2, 1.9})
            .base(0, 2)
            .direction(DesiredDirection.DECREASE)
            .naturalLimit(1)
            .build();
    assertEquals(0.9539291, OPEN_SDG.limitFactor(in), 1e-7);
    // d·CAGR = −(1.9/2 − 1) = 0.05 ≥ 1.5 % × C → on track
    assertEquals(OpenSdgCategory.ON_TRACK, OPEN_SDG.assess(in).category());
  }

  @Test
  void limitAgainstTheDesiredDirectionIsIgnored() {
    ProgressInput in =
        ProgressInput.builder()
            .observations(new double[] {0, 1}, new double[] {90, 80})
            .base(0, 90)
            .direction(DesiredDirection.DECREASE)
            .naturalLimit(100)
            .build();
    // lower is better and the limit 100 lies above the base 90: it is a maximum, irrelevant here: C = 1
    assertEquals(1.0, OPEN_SDG.limitFactor(in), 0.0);
  }

  @Test
  void parametersAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> OpenSdgMethod.of(0.95, 0.6, 0, 0.005, 0.015, 4.44, 0.001));
    assertThrows(IllegalArgumentException.class, () -> OpenSdgMethod.of(0.95, 0.6, 0, 0.015, 0.005, 0, 0.001));
    assertThrows(IllegalArgumentException.class, () -> OpenSdgMethod.of(0.95, 0.6, 0, 0.015, 0.005, 4.44, 0));
    assertEquals("open-sdg", OPEN_SDG.id());
    assertEquals(4.44, OPEN_SDG.parameters().number("limitExponent"), 0.0);
  }

  /** The tolerance at a cut-off: the cut-off at the ratio 0.8 itself, 1e-10 above it and 1e-8 above it. */
  @Test
  void targetCutoffExactlyOnWithinAndBeyondTheTolerance() {
    ProgressInput in =
        ProgressInput.builder()
            .observations(new double[] {0, 1}, new double[] {100, 108})
            .base(0, 100)
            .target(2, 121)
            .build();
    double ratio = OPEN_SDG.assess(in).ratio().getAsDouble();
    assertEquals(0.8, ratio, 1e-12);
    for (double offset : new double[] {0, 1e-10}) {
      assertEquals(
          OpenSdgCategory.ON_TRACK,
          OpenSdgMethod.of(ratio + offset, 0.6, 0, 0.015, 0.005, 4.44, 0.001).assess(in).category());
      assertEquals(
          OpenSdgCategory.LIMITED_PROGRESS,
          OpenSdgMethod.of(0.95, 0.9, ratio + offset, 0.015, 0.005, 4.44, 0.001).assess(in).category());
    }
    assertEquals(
        OpenSdgCategory.ACCELERATION_NEEDED,
        OpenSdgMethod.of(ratio + 1e-8, 0.6, 0, 0.015, 0.005, 4.44, 0.001).assess(in).category());
    assertEquals(
        OpenSdgCategory.DETERIORATION,
        OpenSdgMethod.of(0.95, 0.9, ratio + 1e-8, 0.015, 0.005, 4.44, 0.001).assess(in).category());
  }

  /** Without a target (C = 1): the on-track rate at the observed CAGR √1.02 − 1 itself, 1e-10 and 1e-8 above. */
  @Test
  void noTargetRateExactlyOnWithinAndBeyondTheTolerance() {
    ProgressInput in =
        ProgressInput.builder().observations(new double[] {0, 2}, new double[] {100, 102}).base(0, 100).build();
    double rate = OPEN_SDG.assess(in).actualRate().getAsDouble();
    assertEquals(Math.sqrt(1.02) - 1, rate, 1e-15);
    for (double offset : new double[] {0, 1e-10}) {
      assertEquals(
          OpenSdgCategory.ON_TRACK,
          OpenSdgMethod.of(0.95, 0.6, 0, rate + offset, 0.005, 4.44, 0.001).assess(in).category());
    }
    assertEquals(
        OpenSdgCategory.ACCELERATION_NEEDED,
        OpenSdgMethod.of(0.95, 0.6, 0, rate + 1e-8, 0.005, 4.44, 0.001).assess(in).category());
  }
}
