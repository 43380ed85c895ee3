package org.reformindicators.core.progress;

import java.util.List;
import java.util.Objects;

/**
 * UN ESCAP's current status and anticipated progress of the Asia-Pacific SDG progress report, such as
 * {@code EscapMethod.defaults()} forecasting a share at the target year by time-weighted regression and
 * asking the province to accelerate when the forecast falls short.
 *
 * <p>Source: UN ESCAP's Asia-Pacific SDG progress report, as its implementations compute it.
 *
 * <ul>
 *   <li>Current status CS = 10·d·(I_now − I_base) / |TV − I_base|, d = +1 when higher is better and −1
 *       otherwise; CS = 10 once the target is met. Reported in {@link ProgressResult#measures()} as {@code
 *       "currentStatus"} (absent when TV = I_base and the target is not met).
 *   <li>Anticipated progress: the value at the target time T is forecast by weighted least squares
 *       through every observation, with weights w_i = (T − t_min) / (T − t_i) so that recent points weigh
 *       more; progress gap = (TV − forecast) / (TV − I_base) ({@code "progressGap"}). Gap ≤ 0 (parameter
 *       {@code maintainGap}): maintain progress; gap &gt; 1 ({@code reverseGap}): reverse trend (the
 *       forecast is worse than the base); in between: accelerate.
 *   <li>Target-year special case: the weight is undefined for an observation at T (and negative after
 *       it). When the latest observation is at or after T no forecast is made: the latest observed value
 *       takes the forecast's place ({@code "observedAtTargetTime"} = 1).
 * </ul>
 *
 * <p>Library rules: a latest value meeting the target is {@link EscapCategory#TARGET_ACHIEVED}; a target
 * met at the base but no longer met (TV on the wrong side of, or equal to, I_base) is {@link
 * EscapCategory#REVERSE_TREND}; fewer than {@code minimumObservations} (2) points or no target is {@link
 * EscapCategory#INSUFFICIENT_DATA}. The progress gap is compared with its cut-offs allowing {@link
 * Tolerance#EPSILON} (1e-9). The rates are linear: actual = d × the weighted slope, required = d·(TV −
 * I_base)/(T − t_base). Immutable and thread-safe.
 */
public final class EscapMethod extends AbstractProgressMethod {

  private static final long serialVersionUID = 1L;

  /** The progress gap at or below which the forecast reaches the target, 0. */
  public static final double DEFAULT_MAINTAIN_GAP = 0.0;
  /** The progress gap above which the forecast is worse than the base, 1. */
  public static final double DEFAULT_REVERSE_GAP = 1.0;
  /** The minimum number of observations for a forecast, 2. */
  public static final int DEFAULT_MINIMUM_OBSERVATIONS = 2;

  private static final String ID = "escap";
  private static final double FULL_STATUS = 10.0;
  private static final MethodParameter MAINTAIN_GAP =
      MethodParameter.number("maintainGap", DEFAULT_MAINTAIN_GAP, ParameterRange.all());
  private static final MethodParameter REVERSE_GAP =
      MethodParameter.number("reverseGap", DEFAULT_REVERSE_GAP, ParameterRange.all());
  private static final MethodParameter MINIMUM_OBSERVATIONS =
      MethodParameter.integer("minimumObservations", DEFAULT_MINIMUM_OBSERVATIONS, ParameterRange.atLeast(2));
  private static final ProgressMethodDescriptor DESCRIPTOR =
      ProgressMethodDescriptor.of(
          ID,
          List.of(MAINTAIN_GAP, REVERSE_GAP, MINIMUM_OBSERVATIONS),
          List.of(EscapCategory.values()),
          EscapMethod::new);
  private static final EscapMethod DEFAULTS = new EscapMethod(DESCRIPTOR.defaultValues());

  private final double maintainGap;
  private final double reverseGap;
  private final int minimumObservations;

  private EscapMethod(ParameterValues parameters) {
    super(ID, parameters);
    this.maintainGap = parameters.number(MAINTAIN_GAP);
    this.reverseGap = parameters.number(REVERSE_GAP);
    this.minimumObservations = parameters.integer(MINIMUM_OBSERVATIONS);
    Growth.decreasing(new String[] {REVERSE_GAP.name(), MAINTAIN_GAP.name()}, reverseGap, maintainGap);
  }

  /**
   * Returns how the registry knows this method: id {@code escap}, the parameters {@code maintainGap} (0),
   * {@code reverseGap} (1, above {@code maintainGap}) and {@code minimumObservations} (2, a whole number of
   * at least 2: a regression needs two points), and the categories of {@link EscapCategory}.
   *
   * @return the descriptor
   */
  public static ProgressMethodDescriptor descriptor() {
    return DESCRIPTOR;
  }

  /**
   * Returns the method with the default parameters (gaps 0 and 1, two observations).
   *
   * @return the default method
   */
  public static EscapMethod defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the method with the given parameters.
   *
   * @param maintainGap the progress gap at or below which progress is to be maintained (0)
   * @param reverseGap the progress gap above which the trend must be reversed (1)
   * @param minimumObservations the minimum number of observations for a forecast (2)
   * @return the method
   * @throws IllegalArgumentException if {@code maintainGap >= reverseGap}, a gap is not finite, or fewer
   *     than two observations are asked for
   */
  public static EscapMethod of(double maintainGap, double reverseGap, int minimumObservations) {
    return new EscapMethod(
        DESCRIPTOR.defaultValues()
            .with(MAINTAIN_GAP, maintainGap)
            .with(REVERSE_GAP, reverseGap)
            .with(MINIMUM_OBSERVATIONS, minimumObservations));
  }

  @Override
  public int minimumObservations() {
    return minimumObservations;
  }

  @Override
  public ProgressResult assess(ProgressInput input) {
    Objects.requireNonNull(input, "input");
    if (input.stopsAtMetTarget()) {
      return ProgressResult.builder(this, EscapCategory.TARGET_ACHIEVED)
          .rateKind(RateKind.LINEAR)
          .measure("currentStatus", FULL_STATUS)
          .build();
    }
    ProgressResult decided =
        precheck(input, EscapCategory.TARGET_ACHIEVED, EscapCategory.INSUFFICIENT_DATA, RateKind.LINEAR, false);
    if (decided != null) {
      return decided;
    }
    double d = input.direction().sign();
    double base = input.baseValue();
    double target = input.targetValue();
    double targetTime = input.targetTime();
    double distance = target - base;
    double horizon = targetTime - input.baseTime();
    boolean observedAtTarget = input.latestTime() >= targetTime;
    if (!observedAtTarget && input.size() < minimumObservations) {
      return unassessable(EscapCategory.INSUFFICIENT_DATA, UnassessableReason.TOO_FEW_OBSERVATIONS, RateKind.LINEAR);
    }
    double forecast;
    double slope;
    if (observedAtTarget) {
      forecast = input.latestValue();
      slope = (input.latestValue() - base) / (input.latestTime() - input.baseTime());
    } else {
      double[] line = weightedLine(input, targetTime);
      slope = line[1];
      forecast = line[0] + slope * targetTime;
    }
    double required = d * distance / horizon;
    ProgressResult.Builder result;
    if (!(d * distance > 0)) {
      // The target was met at the base and is no longer met.
      result = ProgressResult.builder(this, EscapCategory.REVERSE_TREND);
      if (distance != 0) {
        result.measure("currentStatus", currentStatus(input, d, distance));
      }
    } else {
      double gap = (target - forecast) / distance;
      EscapCategory category;
      if (Tolerance.atMost(gap, maintainGap)) {
        category = EscapCategory.MAINTAIN_PROGRESS;
      } else if (!Tolerance.atMost(gap, reverseGap)) {
        category = EscapCategory.REVERSE_TREND;
      } else {
        category = EscapCategory.ACCELERATE;
      }
      result =
          ProgressResult.builder(this, category)
              .measure("currentStatus", currentStatus(input, d, distance))
              .measure("progressGap", gap);
    }
    return result
        .measure("observedAtTargetTime", observedAtTarget ? 1.0 : 0.0)
        .rateKind(RateKind.LINEAR)
        .rates(d * slope, required)
        .projection(forecast)
        .build();
  }

  private static double currentStatus(ProgressInput in, double d, double distance) {
    return Math.min(FULL_STATUS, FULL_STATUS * d * (in.latestValue() - in.baseValue()) / Math.abs(distance));
  }

  /**
   * Weighted least squares with w_i = (T − t_min)/(T − t_i); every t_i &lt; T and at least two distinct
   * times, so the weighted spread of the times is positive.
   *
   * @return {intercept, slope}
   */
  private static double[] weightedLine(ProgressInput in, double targetTime) {
    int n = in.size();
    double tMin = in.time(0);
    double sumW = 0;
    double sumWt = 0;
    double sumWy = 0;
    for (int i = 0; i < n; i++) {
      double w = (targetTime - tMin) / (targetTime - in.time(i));
      sumW += w;
      sumWt += w * in.time(i);
      sumWy += w * in.value(i);
    }
    double meanT = sumWt / sumW;
    double meanY = sumWy / sumW;
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      double w = (targetTime - tMin) / (targetTime - in.time(i));
      double dt = in.time(i) - meanT;
      sxx += w * dt * dt;
      sxy += w * dt * (in.value(i) - meanY);
    }
    double slope = sxy / sxx;
    return new double[] {meanY - slope * meanT, slope};
  }
}
