package org.reformindicators.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EscapMethodTest {

  private static final EscapMethod ESCAP = EscapMethod.defaults();

  private static ProgressResult assess(double[] times, double[] values, double targetTime, double target) {
    return ESCAP.assess(
        ProgressInput.builder()
            .observations(times, values)
            .base(times[0], values[0])
            .target(targetTime, target)
            .build());
  }

  @Test
  void timeWeightedForecastAndProgressGap() {
    // t = 0, 1, 2; y = 10, 30, 30; T = 4: w = (4 − 0)/(4 − t) = 1, 4/3, 2; Σw = 13/3
    // weighted means t̄ = (0 + 4/3 + 4)/(13/3) = 16/13, ȳ = (10 + 40 + 60)/(13/3) = 330/13
    // Sxx = (256 + 12 + 200)/169 = 468/169; Sxy = (3200 − 240 + 1200)/169 = 4160/169
    // slope = 4160/468 = 80/9 = 8.8889; intercept = 330/13 − (80/9)(16/13) = 1690/117 = 14.4444
    // forecast(4) = 14.4444 + 35.5556 = 50 (unweighted OLS would give 53.33)
    // gap = (60 − 50)/(60 − 10) = 0.2 → accelerate; CS = 10 × (30 − 10)/50 = 4
    ProgressResult r = assess(new double[] {0, 1, 2}, new double[] {10, 30, 30}, 4, 60);
    assertEquals(EscapCategory.ACCELERATE, r.category());
    assertEquals(ProgressOutlook.AT_RISK, r.outlook());
    assertEquals(50.0, r.projection().getAsDouble(), 1e-9);
    assertEquals(0.2, r.measures().get("progressGap"), 1e-9);
    assertEquals(4.0, r.measures().get("currentStatus"), 1e-9);
    assertEquals(80.0 / 9.0, r.actualRate().getAsDouble(), 1e-9);
    assertEquals(12.5, r.requiredRate().getAsDouble(), 1e-9); // (60 − 10)/4
    assertEquals(RateKind.LINEAR, r.rateKind());
  }

  @Test
  void gapExactlyZeroIsMaintainProgress() {
    // same forecast 50, target 50: gap = (50 − 50)/(50 − 10) = 0 → maintain progress
    ProgressResult r = assess(new double[] {0, 1, 2}, new double[] {10, 30, 30}, 4, 50);
    assertEquals(EscapCategory.MAINTAIN_PROGRESS, r.category());
    assertEquals(ProgressOutlook.ON_TRACK, r.outlook());
  }

  @Test
  void flatSeriesHasGapOneAndMustAccelerate() {
    // y = 10, 10, 10 → forecast 10; gap = (60 − 10)/(60 − 10) = 1 → accelerate (not reverse)
    ProgressResult r = assess(new double[] {0, 1, 2}, new double[] {10, 10, 10}, 4, 60);
    assertEquals(EscapCategory.ACCELERATE, r.category());
    assertEquals(1.0, r.measures().get("progressGap"), 1e-9);
  }

  @Test
  void fallingSeriesMustReverseTrend() {
    // y = 10, 8, 6 (exact line, slope −2) → forecast(4) = 2; gap = (60 − 2)/50 = 1.16 → reverse trend
    ProgressResult r = assess(new double[] {0, 1, 2}, new double[] {10, 8, 6}, 4, 60);
    assertEquals(EscapCategory.REVERSE_TREND, r.category());
    assertEquals(ProgressOutlook.OFF_TRACK, r.outlook());
    assertEquals(1.16, r.measures().get("progressGap"), 1e-9);
    assertEquals(-0.8, r.measures().get("currentStatus"), 1e-9); // CS = 10 × (6 − 10)/50
    assertEquals(-2.0, r.actualRate().getAsDouble(), 1e-9);
  }

  @Test
  void observationInTheTargetYearIsComparedDirectly() {
    // latest at T = 4: no forecast; 40 vs target 60: gap = (60 − 40)/(60 − 10) = 0.4 → accelerate
    ProgressResult r = assess(new double[] {0, 2, 4}, new double[] {10, 30, 40}, 4, 60);
    assertEquals(EscapCategory.ACCELERATE, r.category());
    assertEquals(40.0, r.projection().getAsDouble(), 0.0);
    assertEquals(0.4, r.measures().get("progressGap"), 1e-12);
    assertEquals(1.0, r.measures().get("observedAtTargetTime"), 0.0);
  }

  @Test
  void rankFalling63To39() {
    // Sở TT&TT Quảng Ngãi, "Chỉ số cải cách hành chính của tỉnh Quảng Ngãi tăng 24 bậc", 25 May 2022: PAR INDEX, Quảng Ngãi 2020 63/63 and 2021 39/63; target rank 30 in 2025 (t = 5)
    // two points: line 63 − 24t; forecast(5) = −57; gap = (30 − (−57))/(30 − 63) = −2.636 → maintain
    // CS = 10 × (−1)(39 − 63)/|30 − 63| = 240/33 = 7.2727
    ProgressResult r =
        ESCAP.assess(
            ProgressInput.builder()
                .observations(new double[] {0, 1}, new double[] {63, 39})
                .base(0, 63)
                .target(5, 30)
                .direction(DesiredDirection.DECREASE)
                .build());
    assertEquals(EscapCategory.MAINTAIN_PROGRESS, r.category());
    assertEquals(-87.0 / 33.0, r.measures().get("progressGap"), 1e-9);
    assertEquals(240.0 / 33.0, r.measures().get("currentStatus"), 1e-9);
  }

  @Test
  void metTargetHasCurrentStatusTen() {
    ProgressResult r = assess(new double[] {0, 1}, new double[] {10, 70}, 4, 60);
    assertEquals(EscapCategory.TARGET_ACHIEVED, r.category());
    assertEquals(10.0, r.measures().get("currentStatus"), 0.0);
  }

  @Test
  void targetMetAtBaseAndLostMustReverse() {
    ProgressResult r = assess(new double[] {0, 1}, new double[] {70, 50}, 4, 60);
    assertEquals(EscapCategory.REVERSE_TREND, r.category());
  }

  @Test
  void insufficientData() {
    assertEquals(
        Optional.of(UnassessableReason.TOO_FEW_OBSERVATIONS),
        assess(new double[] {0}, new double[] {10}, 4, 60).reason());
    ProgressResult noTarget =
        ESCAP.assess(
            ProgressInput.builder()
                .observations(new double[] {0, 1}, new double[] {1, 2})
                .base(0, 1)
                .build());
    assertEquals(EscapCategory.INSUFFICIENT_DATA, noTarget.category());
    assertEquals(Optional.of(UnassessableReason.NO_TARGET), noTarget.reason());
  }

  @Test
  void parametersAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> EscapMethod.of(1, 0, 2));
    assertThrows(IllegalArgumentException.class, () -> EscapMethod.of(0, 1, 1));
    assertEquals("escap", ESCAP.id());
    assertEquals(2, ESCAP.parameters().integer("minimumObservations"));
  }

  /**
   * The tolerance at both gap cut-offs: the forecast 50 towards 60 gives a gap of 0.2 (above); maintainGap at the
   * gap itself, 1e-10 below it and 1e-8 below it. Towards 60 from 10 with latest values falling, the gap exceeds
   * 1; reverseGap likewise.
   */
  @Test
  void gapCutoffsExactlyOnWithinAndBeyondTheTolerance() {
    ProgressInput in =
        ProgressInput.builder()
            .observations(new double[] {0, 1, 2}, new double[] {10, 30, 30})
            .base(0, 10)
            .target(4, 60)
            .build();
    double gap = ESCAP.assess(in).measures().get("progressGap");
    assertEquals(0.2, gap, 1e-12);
    for (double offset : new double[] {0, 1e-10}) {
      assertEquals(EscapCategory.MAINTAIN_PROGRESS, EscapMethod.of(gap - offset, 1, 2).assess(in).category());
      assertEquals(EscapCategory.ACCELERATE, EscapMethod.of(-1, gap - offset, 2).assess(in).category());
    }
    assertEquals(EscapCategory.ACCELERATE, EscapMethod.of(gap - 1e-8, 1, 2).assess(in).category());
    assertEquals(EscapCategory.REVERSE_TREND, EscapMethod.of(-1, gap - 1e-8, 2).assess(in).category());
  }

  /** The example of issue 15 for ESCAP: a line 4.44 … 9.27 forecasts 10.88 at year 4 (gap 0 up to rounding). */
  @Test
  void aLineOnTheTargetMaintainsProgress() {
    ProgressResult r =
        assess(new double[] {0, 1, 2, 3}, new double[] {4.44, 6.05, 7.66, 9.27}, 4, 10.88);
    assertEquals(10.88, r.projection().getAsDouble(), 1e-12);
    assertEquals(0.0, r.measures().get("progressGap"), 1e-12);
    assertEquals(EscapCategory.MAINTAIN_PROGRESS, r.category());
  }
}
