package org.reformindicators.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class LinearProjectionMethodTest {

  private static final LinearProjectionMethod LINEAR = LinearProjectionMethod.defaults();

  private static ProgressResult assess(double[] values, double target, DesiredDirection direction) {
    double[] times = new double[values.length];
    for (int i = 0; i < times.length; i++) {
      times[i] = i;
    }
    return LINEAR.assess(
        ProgressInput.builder()
            .observations(times, values)
            .base(0, values[0])
            .target(5, target)
            .direction(direction)
            .build());
  }

  /**
   * t = 0..3, y = 40, 52, 58, 70: t̄ = 1.5, ȳ = 55, Sxx = 5, Sxy = 48, slope 9.6, intercept 40.6;
   * ŷ(5) = 88.6; fitted 40.6, 50.2, 59.8, 69.4; SSE = 0.36 + 3.24 + 3.24 + 0.36 = 7.2, s² = 7.2/2 = 3.6;
   * se = √(3.6 × (1 + 1/4 + 3.5²/5)) = √13.32 = 3.6496575; t(0.975; 2) = 4.3026527; half-width
   * 4.3026527 × 3.6496575 = 15.703208; interval [72.896792, 104.303208].
   */
  private static final double[] NOISY = {40, 52, 58, 70};

  @Test
  void projectionAndStudentTInterval() {
    ProgressResult r = assess(NOISY, 100, DesiredDirection.INCREASE);
    assertEquals(88.6, r.projection().getAsDouble(), 1e-9);
    assertEquals(72.896792, r.projectionLower().getAsDouble(), 1e-5);
    assertEquals(104.303208, r.projectionUpper().getAsDouble(), 1e-5);
    assertEquals(4.302653, r.measures().get("tQuantile"), 1e-6);
    assertEquals(9.6, r.actualRate().getAsDouble(), 1e-9);
    assertEquals(12.0, r.requiredRate().getAsDouble(), 1e-9); // (100 − 40)/5
    // 88.6 < 100 ≤ 104.3: the target lies within the interval only
    assertEquals(LinearProjectionCategory.WITHIN_INTERVAL, r.category());
    assertEquals(ProgressOutlook.AT_RISK, r.outlook());
  }

  @Test
  void categoriesAlongTheInterval() {
    assertEquals(
        LinearProjectionCategory.CONFIDENTLY_ON_TRACK,
        assess(NOISY, 72, DesiredDirection.INCREASE).category()); // 72.9 ≥ 72
    assertEquals(
        LinearProjectionCategory.PROJECTED_TO_REACH,
        assess(NOISY, 88.6, DesiredDirection.INCREASE).category()); // projection exactly at target
    assertEquals(
        LinearProjectionCategory.PROJECTED_TO_FALL_SHORT,
        assess(NOISY, 105, DesiredDirection.INCREASE).category()); // 104.3 < 105
    assertEquals(ProgressOutlook.ON_TRACK, assess(NOISY, 88, DesiredDirection.INCREASE).outlook());
    assertEquals(ProgressOutlook.AT_RISK, assess(NOISY, 105, DesiredDirection.INCREASE).outlook());
  }

  @Test
  void fallingTrendIsMovingAway() {
    ProgressResult r = assess(new double[] {70, 58, 52, 40}, 100, DesiredDirection.INCREASE);
    assertEquals(LinearProjectionCategory.MOVING_AWAY, r.category());
    assertEquals(ProgressOutlook.OFF_TRACK, r.outlook());
    assertEquals(-9.6, r.actualRate().getAsDouble(), 1e-9);
  }

  @Test
  void lowerIsBetterUsesTheUpperBoundAsUnfavourable() {
    // ranks 60, 48, 42, 30 (the mirror image of NOISY around 50): ŷ(5) = 11.4, interval [−4.30, 27.10]
    ProgressResult r = assess(new double[] {60, 48, 42, 30}, 28, DesiredDirection.DECREASE);
    assertEquals(11.4, r.projection().getAsDouble(), 1e-9);
    assertEquals(LinearProjectionCategory.CONFIDENTLY_ON_TRACK, r.category()); // 27.10 ≤ 28
    assertEquals(9.6, r.actualRate().getAsDouble(), 1e-9);
  }

  @Test
  void perfectFitHasAZeroWidthInterval() {
    // 40, 50, 60 → slope 10, ŷ(5) = 90, s = 0
    ProgressResult r = assess(new double[] {40, 50, 60}, 90, DesiredDirection.INCREASE);
    assertEquals(90.0, r.projectionLower().getAsDouble(), 1e-9);
    assertEquals(90.0, r.projectionUpper().getAsDouble(), 1e-9);
    assertEquals(LinearProjectionCategory.CONFIDENTLY_ON_TRACK, r.category());
  }

  @Test
  void twoPointsAreTooFew() {
    ProgressResult r = assess(new double[] {40, 50}, 90, DesiredDirection.INCREASE);
    assertEquals(LinearProjectionCategory.CANNOT_ASSESS, r.category());
    assertEquals(Optional.of(UnassessableReason.TOO_FEW_OBSERVATIONS), r.reason());
  }

  @Test
  void latestMeetingTheTargetIsAchieved() {
    assertEquals(
        LinearProjectionCategory.TARGET_ACHIEVED,
        assess(new double[] {40, 95}, 90, DesiredDirection.INCREASE).category());
  }

  @Test
  void parametersAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> LinearProjectionMethod.of(1.0, 3));
    assertThrows(IllegalArgumentException.class, () -> LinearProjectionMethod.of(0.9, 2));
    // a 90 % interval is narrower: t(0.95; 2) = 2.919986
    ProgressResult r =
        LinearProjectionMethod.of(0.90, 3)
            .assess(
                ProgressInput.builder()
                    .observations(new double[] {0, 1, 2, 3}, NOISY)
                    .base(0, 40)
                    .target(5, 100)
                    .build());
    assertEquals(2.919986, r.measures().get("tQuantile"), 1e-6);
    assertEquals("linear", LINEAR.id());
  }

  private static ProgressResult assessFrom(double[] values, double targetTime, double target) {
    double[] times = new double[values.length];
    for (int i = 0; i < times.length; i++) {
      times[i] = i;
    }
    return LINEAR.assess(
        ProgressInput.builder()
            .observations(times, values)
            .base(0, values[0])
            .target(targetTime, target)
            .direction(DesiredDirection.INCREASE)
            .build());
  }

  /**
   * Issue 15: 2022–2024 = 60, 66, 59, target ≥ 65 by 2025 (t = 0, 1, 2 → T = 3). By hand (Montgomery, Peck
   * and Vining §2.5): n = 3, t̄ = 1, ȳ = 185/3, Sxx = 2, Sxy = (−1)(60 − 185/3) + 0 + (1)(59 − 185/3) = −1, slope
   * −1/2, ŷ(3) = 185/3 − 1/2 × 2 = 182/3 = 60.666667; fitted 62.1667, 61.6667, 61.1667, residuals −13/6, 26/6,
   * −13/6, SSE = (169 + 676 + 169)/36 = 169/6, s² = SSE/(n − 2) = 169/6, s = 13/√6; se = s·√(1 + 1/3 + (3 −
   * 1)²/2) = 13/√6 × √(10/3) = 13√5/3 = 9.689628; t(0.975; 1) = tan(0.475π) = 12.706205 (one degree of freedom
   * is the Cauchy law); half-width 12.706205 × 9.689628 = 123.118396; interval [60.666667 − 123.118396,
   * 60.666667 + 123.118396] = [−62.451729, 183.785063], the issue's −62.5 to 183.8. The target 65 lies inside
   * the interval, so the interval decides (WITHIN_INTERVAL, at risk) before the falling
   * slope (MOVING_AWAY, off track) is looked at.
   */
  @Test
  void predictionIntervalDecidesBeforeTheSlopesSign() {
    ProgressResult r = assessFrom(new double[] {60, 66, 59}, 3, 65);
    assertEquals(60.666667, r.projection().getAsDouble(), 1e-6);
    assertEquals(-62.451729, r.projectionLower().getAsDouble(), 1e-6);
    assertEquals(183.785063, r.projectionUpper().getAsDouble(), 1e-6);
    assertEquals(12.706205, r.measures().get("tQuantile"), 1e-6);
    assertEquals(-0.5, r.measures().get("slope"), 1e-12);
    assertEquals(LinearProjectionCategory.WITHIN_INTERVAL, r.category());
    assertEquals(ProgressOutlook.AT_RISK, r.outlook());
  }

  /**
   * The residual sum of squares by hand for NOISY (t = 0..3, y = 40, 52, 58, 70) on its fitted line 40.6 + 9.6t:
   * residuals −0.6, 1.8, −1.8, 0.6, squares 0.36 + 3.24 + 3.24 + 0.36 = 7.2; for 60, 66, 59 on 62.1667 − t/2:
   * residuals −13/6, 26/6, −13/6, SSE = 1014/36 = 169/6 = 28.166667.
   */
  @Test
  void residualSumOfSquaresIsSummedOverThePoints() {
    assertEquals(
        7.2,
        LinearProjectionMethod.residualSumOfSquares(inputOf(NOISY, 1), 40.6, 9.6),
        1e-12);
    assertEquals(
        169.0 / 6,
        LinearProjectionMethod.residualSumOfSquares(inputOf(new double[] {60, 66, 59}, 1), 373.0 / 6, -0.5),
        1e-12);
  }

  /**
   * An exactly linear series, 2, 3, 4 at t = 0, 1, 2 towards 8 at t = 6 (slope 1, intercept 2, projection 8),
   * has residuals 0 and so a prediction interval of width 0 at any scale: scaled by 0.1288, 123.4, 13.02 or
   * 0.0010000136 (factors for which the one-pass Syy − Sxy²/Sxx leaves a few units in the last place of Syy and
   * a residual standard error near 1e-8 of the values), each scaled point is the line's value rounded once, so
   * the residuals are a few units in the last place and the width (t(0.975; 1) = 12.7 times them) stays below
   * 1e-12 of the values, against about 1e-7 from the one-pass formula, and far inside the 1e-9 tolerance: the unfavourable end meets the target and the category is CONFIDENTLY_ON_TRACK, as unscaled.
   */
  @Test
  void exactlyLinearSeriesHasAZeroWidthIntervalAtAnyScale() {
    for (double factor : new double[] {1, 0.1288, 123.4, 13.02, 0.0010000136, 1e-3, 1e3}) {
      double[] values = {2 * factor, 3 * factor, 4 * factor};
      ProgressResult r = assessFrom(values, 6, 8 * factor);
      double width = r.projectionUpper().getAsDouble() - r.projectionLower().getAsDouble();
      assertEquals(0, width, 1e-12 * 8 * factor, "width at factor " + factor);
      assertEquals(8 * factor, r.projection().getAsDouble(), 1e-14 * 8 * factor, "projection at factor " + factor);
      assertEquals(LinearProjectionCategory.CONFIDENTLY_ON_TRACK, r.category(), "category at factor " + factor);
    }
    // unscaled, every figure is exact
    ProgressResult plain = assessFrom(new double[] {2, 3, 4}, 6, 8);
    assertEquals(8, plain.projectionLower().getAsDouble(), 0);
    assertEquals(8, plain.projectionUpper().getAsDouble(), 0);
    assertEquals(0, plain.measures().get("residualStandardError"), 0);
  }

  private static ProgressInput inputOf(double[] values, double target) {
    double[] times = new double[values.length];
    for (int i = 0; i < times.length; i++) {
      times[i] = i;
    }
    return ProgressInput.builder().observations(times, values).base(0, values[0]).target(5, target).build();
  }

  /**
   * Issue 15: 2021–2024 = 4.44, 6.05, 7.66, 9.27 (a perfect line, slope 1.61), target ≥ 10.88 by 2025: the
   * projection 4.44 + 4 × 1.61 = 10.88 comes out of binary arithmetic as 10.879999999999999; within the
   * tolerance it reaches the target, and the zero-width interval reaches it too.
   */
  @Test
  void projectionOnTheTargetWithinTheToleranceReachesIt() {
    ProgressResult r = assessFrom(new double[] {4.44, 6.05, 7.66, 9.27}, 4, 10.88);
    assertEquals(10.88, r.projection().getAsDouble(), 1e-12);
    assertEquals(LinearProjectionCategory.CONFIDENTLY_ON_TRACK, r.category());
    assertEquals(ProgressOutlook.ON_TRACK, r.outlook());
  }

  /**
   * The tolerance at the three ends: NOISY projects 88.6 in [72.896792, 104.303208]; a target at each figure
   * itself (exactly on), 1e-10 × the series' magnitude beyond it (within) and 1e-8 × the magnitude beyond it
   * (beyond the tolerance). The magnitude is the largest of 40, 52, 58, 70 and the target.
   */
  @Test
  void targetExactlyOnWithinAndBeyondEachEndOfTheInterval() {
    ProgressResult r = assess(NOISY, 100, DesiredDirection.INCREASE);
    double[] figures = {
      r.projectionLower().getAsDouble(), r.projection().getAsDouble(), r.projectionUpper().getAsDouble()
    };
    LinearProjectionCategory[] reached = {
      LinearProjectionCategory.CONFIDENTLY_ON_TRACK,
      LinearProjectionCategory.PROJECTED_TO_REACH,
      LinearProjectionCategory.WITHIN_INTERVAL
    };
    LinearProjectionCategory[] missed = {
      LinearProjectionCategory.PROJECTED_TO_REACH,
      LinearProjectionCategory.WITHIN_INTERVAL,
      LinearProjectionCategory.PROJECTED_TO_FALL_SHORT
    };
    for (int i = 0; i < figures.length; i++) {
      double x = figures[i];
      double scale = Math.max(70, x);
      assertEquals(reached[i], assess(NOISY, x, DesiredDirection.INCREASE).category(), "on " + x);
      assertEquals(reached[i], assess(NOISY, x + 1e-10 * scale, DesiredDirection.INCREASE).category(), "near " + x);
      assertEquals(missed[i], assess(NOISY, x + 1e-8 * scale, DesiredDirection.INCREASE).category(), "past " + x);
    }
  }

  /**
   * The slope against 0: a falling line 50, 50 − δ, 50 − 2δ (zero-width interval, far below 60) is flat within
   * the tolerance for δ = 0 and δ = 1e-10 × 50 (PROJECTED_TO_FALL_SHORT) and moving away for δ = 1e-8 × 50.
   */
  @Test
  void slopeExactlyZeroWithinAndBeyondTheTolerance() {
    for (double delta : new double[] {0, 1e-10 * 50}) {
      assertEquals(
          LinearProjectionCategory.PROJECTED_TO_FALL_SHORT,
          assess(new double[] {50, 50 - delta, 50 - 2 * delta}, 60, DesiredDirection.INCREASE).category());
    }
    double delta = 1e-8 * 50;
    assertEquals(
        LinearProjectionCategory.MOVING_AWAY,
        assess(new double[] {50, 50 - delta, 50 - 2 * delta}, 60, DesiredDirection.INCREASE).category());
  }

  /** Lower is better: a rank line 60, 48, 36 projects 0 at t = 5; a target of −1e-10 × 60 is within reach. */
  @Test
  void lowerIsBetterAllowsTheToleranceUpwards() {
    assertEquals(
        LinearProjectionCategory.CONFIDENTLY_ON_TRACK,
        assess(new double[] {60, 48, 36}, -1e-10 * 60, DesiredDirection.DECREASE).category());
    assertEquals(
        LinearProjectionCategory.PROJECTED_TO_FALL_SHORT,
        assess(new double[] {60, 48, 36}, -1e-8 * 60, DesiredDirection.DECREASE).category());
  }
  /**
   * The t quantile is kept per number of degrees of freedom once computed: for every series length from 3 to 70
   * (past the 64 kept) and two confidence levels, the quantile of a first and of a repeated assessment is exactly
   * the one Commons Math computes afresh, t(1 − α/2; n − 2).
   */
  @Test
  void keptQuantileIsExactlyTheComputedOne() {
    for (double confidence : new double[] {0.95, 0.8}) {
      LinearProjectionMethod method = LinearProjectionMethod.of(confidence, 3);
      for (int n = 3; n <= 70; n++) {
        double[] times = new double[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
          times[i] = i;
          values[i] = 10 + i + (i % 2) * 0.5;
        }
        ProgressInput input =
            ProgressInput.builder().observations(times, values).base(0, 10).target(n + 5, 1000).build();
        double fresh =
            new TDistribution(null, n - 2.0, TDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY)
                .inverseCumulativeProbability(1.0 - (1.0 - confidence) / 2.0);
        assertEquals(fresh, method.assess(input).measures().get("tQuantile"), 0.0, "first, n = " + n);
        assertEquals(fresh, method.assess(input).measures().get("tQuantile"), 0.0, "again, n = " + n);
      }
    }
  }
}
