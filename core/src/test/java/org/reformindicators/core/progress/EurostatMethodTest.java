package org.reformindicators.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EurostatMethodTest {

  private static final EurostatMethod EUROSTAT = EurostatMethod.defaults();

  /** Base 100 at t = 0, target 121 at t = 2: required CAGR = (121/100)^(1/2) − 1 = 0.10 a year. */
  private static ProgressInput towards121(double latestAtOne) {
    return ProgressInput.builder()
        .observations(new double[] {0, 1}, new double[] {100, latestAtOne})
        .base(0, 100)
        .target(2, 121)
        .build();
  }

  private static ProgressResult assess(ProgressInput in) {
    return EUROSTAT.assess(in);
  }

  @Test
  void ratioExactly95PercentIsSignificantProgress() {
    // a = 109.5/100 − 1 = 0.095; r = 0.10; R = 0.095 / 0.10 = 0.95 → significant (R ≥ 95 %)
    ProgressResult r = assess(towards121(109.5));
    assertEquals(EurostatCategory.SIGNIFICANT_PROGRESS, r.category());
    assertEquals(ProgressOutlook.ON_TRACK, r.outlook());
    assertEquals(0.95, r.ratio().getAsDouble(), 1e-12);
    assertEquals(0.095, r.actualRate().getAsDouble(), 1e-12);
    assertEquals(0.10, r.requiredRate().getAsDouble(), 1e-12);
  }

  @Test
  void ratioJustBelow95PercentIsModerateProgress() {
    // a = 0.094; R = 0.94 → moderate
    assertEquals(EurostatCategory.MODERATE_PROGRESS, assess(towards121(109.4)).category());
  }

  @Test
  void ratioExactly60PercentIsModerateProgress() {
    // a = 106/100 − 1 = 0.06; R = 0.06 / 0.10 = 0.60 → moderate (60 % ≤ R < 95 %)
    ProgressResult r = assess(towards121(106));
    assertEquals(EurostatCategory.MODERATE_PROGRESS, r.category());
    assertEquals(ProgressOutlook.AT_RISK, r.outlook());
    assertEquals(0.60, r.ratio().getAsDouble(), 1e-12);
  }

  @Test
  void ratioJustBelow60PercentIsInsufficientProgress() {
    // a = 0.059; R = 0.59 → insufficient
    assertEquals(EurostatCategory.INSUFFICIENT_PROGRESS, assess(towards121(105.9)).category());
  }

  @Test
  void ratioExactlyZeroIsInsufficientProgress() {
    // a = 100/100 − 1 = 0; R = 0 → insufficient (0 ≤ R < 60 %)
    ProgressResult r = assess(towards121(100));
    assertEquals(EurostatCategory.INSUFFICIENT_PROGRESS, r.category());
    assertEquals(ProgressOutlook.AT_RISK, r.outlook());
    assertEquals(0.0, r.ratio().getAsDouble(), 0.0);
  }

  @Test
  void negativeRatioIsMovementAway() {
    // a = 99/100 − 1 = −0.01; R = −0.1 → movement away
    ProgressResult r = assess(towards121(99));
    assertEquals(EurostatCategory.MOVEMENT_AWAY, r.category());
    assertEquals(ProgressOutlook.OFF_TRACK, r.outlook());
    assertEquals(-0.1, r.ratio().getAsDouble(), 1e-12);
  }

  @Test
  void latestValueMeetingTheTargetIsAchieved() {
    ProgressResult r = assess(towards121(121));
    assertEquals(EurostatCategory.TARGET_ACHIEVED, r.category());
    assertEquals(ProgressOutlook.ACHIEVED, r.outlook());
  }

  @Test
  void parIndexRankFrom63To39AgainstRank30By2025() {
    // Sở TT&TT Quảng Ngãi, "Chỉ số cải cách hành chính của tỉnh Quảng Ngãi tăng 24 bậc", 25 May 2022: PAR INDEX, Quảng Ngãi: 63/63 in 2020, 39/63 in 2021; T1b: 30 by 2025 (weaker end)
    // Lower is better (d = −1): a = −((39/63)^(1/1) − 1) = 0.380952
    // r = −((30/63)^(1/5) − 1) = −(0.862098 − 1) = 0.137902; R = 0.380952 / 0.137902 = 2.7625
    ProgressInput in =
        ProgressInput.builder()
            .observations(new double[] {0, 1}, new double[] {63, 39})
            .base(0, 63)
            .target(5, 30)
            .direction(DesiredDirection.DECREASE)
            .build();
    ProgressResult r = assess(in);
    assertEquals(EurostatCategory.SIGNIFICANT_PROGRESS, r.category());
    assertEquals(0.380952, r.actualRate().getAsDouble(), 1e-6);
    assertEquals(0.137902, r.requiredRate().getAsDouble(), 1e-6);
    assertEquals(2.7625, r.ratio().getAsDouble(), 1e-4);
  }

  @Test
  void targetMetAtBaseAndLostIsMovementAway() {
    // base 100 already beats target 90; latest 80: required CAGR (0.9^(1/5) − 1 < 0) is not positive
    ProgressInput in =
        ProgressInput.builder()
            .observations(new double[] {0, 1}, new double[] {100, 80})
            .base(0, 100)
            .target(5, 90)
            .build();
    ProgressResult r = assess(in);
    assertEquals(EurostatCategory.MOVEMENT_AWAY, r.category());
    assertFalse(r.ratio().isPresent());
  }

  @Test
  void zeroBaseCannotBeAssessed() {
    ProgressInput in =
        ProgressInput.builder()
            .observations(new double[] {0, 1}, new double[] {0, 20})
            .base(0, 0)
            .target(4, 80)
            .build();
    ProgressResult r = assess(in);
    assertEquals(EurostatCategory.CANNOT_ASSESS, r.category());
    assertEquals(ProgressOutlook.NOT_ASSESSABLE, r.outlook());
    assertEquals(Optional.of(UnassessableReason.ZERO_BASE), r.reason());
  }

  @Test
  void mixedSignsCannotBeAssessed() {
    ProgressInput in =
        ProgressInput.builder()
            .observations(new double[] {0, 1}, new double[] {-5, 5})
            .base(0, -5)
            .target(4, 10)
            .build();
    assertEquals(Optional.of(UnassessableReason.MIXED_SIGNS), assess(in).reason());
  }

  @Test
  void singleDataPointCannotBeAssessed() {
    ProgressInput in =
        ProgressInput.builder()
            .observations(new double[] {0}, new double[] {40})
            .base(0, 40)
            .target(4, 80)
            .build();
    assertEquals(Optional.of(UnassessableReason.NO_OBSERVATION_AFTER_BASE), assess(in).reason());
  }

  @Test
  void noObservationCannotBeAssessed() {
    ProgressInput in = ProgressInput.builder().base(0, 40).target(4, 80).build();
    assertEquals(Optional.of(UnassessableReason.NO_OBSERVATIONS), assess(in).reason());
  }

  private static ProgressResult withoutTarget(double latestAtOne) {
    return assess(
        ProgressInput.builder()
            .observations(new double[] {0, 1}, new double[] {100, latestAtOne})
            .base(0, 100)
            .build());
  }

  @Test
  void withoutTargetExactlyOnePercentIsSignificantProgress() {
    // CAGR = 101/100 − 1 = 0.01 → significant progress (≥ 1 %)
    ProgressResult r = withoutTarget(101);
    assertEquals(EurostatCategory.SIGNIFICANT_PROGRESS, r.category());
    assertEquals(0.01, r.actualRate().getAsDouble(), 1e-12);
    assertFalse(r.requiredRate().isPresent());
  }

  @Test
  void withoutTargetBoundaries() {
    assertEquals(EurostatCategory.MODERATE_PROGRESS, withoutTarget(100.5).category()); // 0.5 %
    assertEquals(EurostatCategory.MODERATE_PROGRESS, withoutTarget(100).category()); // exactly 0
    assertEquals(EurostatCategory.MODERATE_MOVEMENT_AWAY, withoutTarget(99.5).category()); // −0.5 %
    assertEquals(EurostatCategory.SIGNIFICANT_MOVEMENT_AWAY, withoutTarget(99).category()); // −1 %
    assertEquals(ProgressOutlook.OFF_TRACK, withoutTarget(99.5).outlook());
  }

  @Test
  void withoutTargetUsesTheLastFiveYears() {
    // latest t = 7, window starts at 2: the first observation at or after it is t = 3 (value 100).
    // CAGR = (103/100)^(1/4) − 1 = 0.0074170 → moderate progress; from t = 0 (200) it would be movement away.
    ProgressResult r =
        assess(
            ProgressInput.builder()
                .observations(new double[] {0, 1, 3, 7}, new double[] {200, 100, 100, 103})
                .base(0, 200)
                .build());
    assertEquals(EurostatCategory.MODERATE_PROGRESS, r.category());
    assertEquals(0.0074170, r.actualRate().getAsDouble(), 1e-7);
    assertEquals(3.0, r.measures().get("windowStartTime"), 0.0);
  }

  @Test
  void withoutTargetOnePointInTheWindowCannotBeAssessed() {
    ProgressResult r =
        assess(
            ProgressInput.builder()
                .observations(new double[] {0}, new double[] {100})
                .base(0, 100)
                .build());
    assertEquals(Optional.of(UnassessableReason.TOO_FEW_OBSERVATIONS), r.reason());
  }

  @Test
  void negativeSeriesGrowsTowardsZeroWhenHigherIsBetter() {
    // −10 → −5: the magnitude halves, the value rises; sign-adjusted CAGR = −1 × (0.5 − 1) = +0.5
    ProgressResult r =
        assess(
            ProgressInput.builder()
                .observations(new double[] {0, 1}, new double[] {-10, -5})
                .base(0, -10)
                .build());
    assertEquals(0.5, r.actualRate().getAsDouble(), 1e-12);
    assertEquals(EurostatCategory.SIGNIFICANT_PROGRESS, r.category());
  }

  @Test
  void parametersAreReportedAndValidated() {
    assertEquals(
        "{significantCutoff=0.95, moderateCutoff=0.6, awayCutoff=0.0, noTargetRate=0.01, windowYears=5.0}",
        EUROSTAT.parameters().toString());
    assertEquals("eurostat", EUROSTAT.id());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EurostatMethod.of(0.6, 0.95, 0, 0.01, 5));
    assertTrue(e.getMessage().contains("moderateCutoff must be below significantCutoff"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> EurostatMethod.of(0.95, 0.6, 0, 0, 5));
    assertThrows(IllegalArgumentException.class, () -> EurostatMethod.of(0.95, 0.6, 0, 0.01, 0));
    // a custom cut-off moves the boundary: R = 0.94 is significant with a 90 % cut-off
    assertEquals(
        EurostatCategory.SIGNIFICANT_PROGRESS,
        EurostatMethod.of(0.90, 0.6, 0, 0.01, 5).assess(towards121(109.4)).category());
    assertEquals(EurostatMethod.of(0.95, 0.6, 0, 0.01, 5), EUROSTAT);
  }

  /**
   * The tolerance at a cut-off: a method whose cut-off is the ratio itself (exactly on), 1e-10 above it (within
   * the tolerance) or 1e-8 above it (beyond). Ratio (108/100 − 1)/0.1 = 0.8 (not exact in binary).
   */
  @Test
  void targetCutoffExactlyOnWithinAndBeyondTheTolerance() {
    double ratio = assess(towards121(108)).ratio().getAsDouble();
    assertEquals(0.8, ratio, 1e-12);
    for (double offset : new double[] {0, 1e-10}) {
      assertEquals(
          EurostatCategory.SIGNIFICANT_PROGRESS,
          EurostatMethod.of(ratio + offset, 0.6, 0, 0.01, 5).assess(towards121(108)).category());
      assertEquals(
          EurostatCategory.MODERATE_PROGRESS,
          EurostatMethod.of(0.95, ratio + offset, 0, 0.01, 5).assess(towards121(108)).category());
    }
    assertEquals(
        EurostatCategory.MODERATE_PROGRESS,
        EurostatMethod.of(ratio + 1e-8, 0.6, 0, 0.01, 5).assess(towards121(108)).category());
    assertEquals(
        EurostatCategory.INSUFFICIENT_PROGRESS,
        EurostatMethod.of(0.95, ratio + 1e-8, 0, 0.01, 5).assess(towards121(108)).category());
    // the lowest cut-off: a ratio of 0.8 against awayCutoff 0.8 + offset
    assertEquals(
        EurostatCategory.INSUFFICIENT_PROGRESS,
        EurostatMethod.of(0.95, 0.9, ratio + 1e-10, 0.01, 5).assess(towards121(108)).category());
    assertEquals(
        EurostatCategory.MOVEMENT_AWAY,
        EurostatMethod.of(0.95, 0.9, ratio + 1e-8, 0.01, 5).assess(towards121(108)).category());
  }

  /**
   * Without a target: the 1 % rate exactly on, within and beyond the tolerance, on both sides of zero. Growth
   * 100 → 102 over 2 years: CAGR = √1.02 − 1 = 0.00995049; 100 → 98: √0.98 − 1 = −0.01005038.
   */
  @Test
  void noTargetRateExactlyOnWithinAndBeyondTheTolerance() {
    ProgressInput up =
        ProgressInput.builder().observations(new double[] {0, 2}, new double[] {100, 102}).base(0, 100).build();
    ProgressInput down =
        ProgressInput.builder().observations(new double[] {0, 2}, new double[] {100, 98}).base(0, 100).build();
    double rise = EUROSTAT.assess(up).actualRate().getAsDouble();
    double fall = -EUROSTAT.assess(down).actualRate().getAsDouble();
    assertEquals(Math.sqrt(1.02) - 1, rise, 1e-15);
    assertEquals(1 - Math.sqrt(0.98), fall, 1e-15);
    for (double offset : new double[] {0, 1e-10}) {
      assertEquals(
          EurostatCategory.SIGNIFICANT_PROGRESS,
          EurostatMethod.of(0.95, 0.6, 0, rise + offset, 5).assess(up).category());
      assertEquals(
          EurostatCategory.SIGNIFICANT_MOVEMENT_AWAY,
          EurostatMethod.of(0.95, 0.6, 0, fall + offset, 5).assess(down).category());
    }
    assertEquals(
        EurostatCategory.MODERATE_PROGRESS, EurostatMethod.of(0.95, 0.6, 0, rise + 1e-8, 5).assess(up).category());
    assertEquals(
        EurostatCategory.MODERATE_MOVEMENT_AWAY,
        EurostatMethod.of(0.95, 0.6, 0, fall + 1e-8, 5).assess(down).category());
  }
}
