package org.reformindicators.core.progress;

import java.util.List;
import java.util.Objects;

/**
 * Statistics Canada's progress measure as implemented by Open SDG, such as {@code
 * OpenSdgMethod.defaults()} rating a share growing 0.8 % a year towards its natural limit of 100 % as on
 * track when the limit factor C is 0.5.
 *
 * <p>Source: Open SDG's published progress methodology ({@code
 * docs/progress-methodology.md} of open-sdg/open-sdg). Observed growth CAGR = (y_i / y_0)^(1/(t_i −
 * t_0)) − 1 from the base to the latest observation.
 *
 * <ul>
 *   <li>With a target: CAGR_T = (y_T / y_0)^(1/(t_T − t_0)) − 1 and R = d·CAGR / |CAGR_T|, d = +1 when
 *       higher is better and −1 otherwise. A latest value at or beyond the target is "target
 *       achieved" whatever the trend; otherwise R ≥ 95 % on track, 60 % ≤ R &lt; 95 % progress made but
 *       acceleration needed, 0 ≤ R &lt; 60 % limited progress, R &lt; 0 deterioration. A target equal to
 *       the base (CAGR_T = 0) not met by the latest value is deterioration (library rule).
 *   <li>Without a target: d·CAGR ≥ 1.5 %·C on track; 0.5 %·C to 1.5 %·C acceleration needed; 0 to 0.5
 *       %·C limited progress; &lt; 0 deterioration. The natural-limit factor C shrinks the positive
 *       thresholds near a limit in the desired direction: for a maximum limit (higher is better, 0 ≤ y0
 *       &lt; ylim) C = 1 − (y0/ylim)^4.44; for a minimum limit (lower is better, 0 ≤ ylim &lt; y0) C = 1
 *       − (ylim/y0)^4.44, the same factor at the same relative distance, as the source requires; C = 0
 *       when the base is at the limit (then CAGR ≥ 0 is on track, as the source prescribes). The input
 *       gives one limit value: it is a maximum when higher is better and it lies at or above the base,
 *       a minimum when lower is better and it lies at or below the base, and is ignored otherwise (C =
 *       1), since "only a limit that affects progress in the desired direction is considered".
 * </ul>
 *
 * <p>Minimum data requirements as published: an observation after the base (at least two years of data);
 * a base or target value of zero is replaced by 0.001 ({@code zeroReplacement}) (library rules: so is a
 * zero latest value, so that 0 → 0 reads as no change rather than −100 %, and in a series of negative
 * values the replacement is −0.001); all non-zero values must be positive or all negative (for negative
 * values the direction is flipped), otherwise {@link
 * OpenSdgCategory#UNABLE_TO_ASSESS} with {@link UnassessableReason#MIXED_SIGNS}. Ratios and rates are
 * compared with their cut-offs allowing {@link Tolerance#EPSILON} (1e-9). Immutable and thread-safe.
 */
public final class OpenSdgMethod extends AbstractProgressMethod {

  private static final long serialVersionUID = 1L;

  /** The published cut-off for on track, R ≥ 0.95. */
  public static final double DEFAULT_ON_TRACK_CUTOFF = 0.95;
  /** The published cut-off for "acceleration needed", R ≥ 0.60. */
  public static final double DEFAULT_MODERATE_CUTOFF = 0.60;
  /** The published cut-off between limited progress and deterioration, R ≥ 0. */
  public static final double DEFAULT_DETERIORATION_CUTOFF = 0.0;
  /** Without a target, the on-track growth rate 1.5 % (before the factor C). */
  public static final double DEFAULT_NO_TARGET_ON_TRACK_RATE = 0.015;
  /** Without a target, the "acceleration needed" growth rate 0.5 % (before the factor C). */
  public static final double DEFAULT_NO_TARGET_MODERATE_RATE = 0.005;
  /** The exponent of the natural-limit factor, 4.44. */
  public static final double DEFAULT_LIMIT_EXPONENT = 4.44;
  /** The replacement of a zero base or target, 0.001. */
  public static final double DEFAULT_ZERO_REPLACEMENT = 0.001;

  private static final String ID = "open-sdg";
  private static final MethodParameter ON_TRACK_CUTOFF =
      MethodParameter.number("onTrackCutoff", DEFAULT_ON_TRACK_CUTOFF, ParameterRange.all());
  private static final MethodParameter MODERATE_CUTOFF =
      MethodParameter.number("moderateCutoff", DEFAULT_MODERATE_CUTOFF, ParameterRange.all());
  private static final MethodParameter DETERIORATION_CUTOFF =
      MethodParameter.number("deteriorationCutoff", DEFAULT_DETERIORATION_CUTOFF, ParameterRange.all());
  private static final MethodParameter NO_TARGET_ON_TRACK_RATE =
      MethodParameter.number("noTargetOnTrackRate", DEFAULT_NO_TARGET_ON_TRACK_RATE, ParameterRange.greaterThan(0));
  private static final MethodParameter NO_TARGET_MODERATE_RATE =
      MethodParameter.number("noTargetModerateRate", DEFAULT_NO_TARGET_MODERATE_RATE, ParameterRange.greaterThan(0));
  private static final MethodParameter LIMIT_EXPONENT =
      MethodParameter.number("limitExponent", DEFAULT_LIMIT_EXPONENT, ParameterRange.greaterThan(0));
  private static final MethodParameter ZERO_REPLACEMENT =
      MethodParameter.number("zeroReplacement", DEFAULT_ZERO_REPLACEMENT, ParameterRange.greaterThan(0));
  private static final ProgressMethodDescriptor DESCRIPTOR =
      ProgressMethodDescriptor.of(
          ID,
          List.of(
              ON_TRACK_CUTOFF,
              MODERATE_CUTOFF,
              DETERIORATION_CUTOFF,
              NO_TARGET_ON_TRACK_RATE,
              NO_TARGET_MODERATE_RATE,
              LIMIT_EXPONENT,
              ZERO_REPLACEMENT),
          List.of(OpenSdgCategory.values()),
          RateKind.COMPOUND,
          OpenSdgMethod::new);
  private static final OpenSdgMethod DEFAULTS = new OpenSdgMethod(DESCRIPTOR.defaultValues());

  private final double onTrackCutoff;
  private final double moderateCutoff;
  private final double deteriorationCutoff;
  private final double onTrackRate;
  private final double moderateRate;
  private final double limitExponent;
  private final double zeroReplacement;

  private OpenSdgMethod(ParameterValues parameters) {
    super(ID, parameters);
    this.onTrackCutoff = parameters.number(ON_TRACK_CUTOFF);
    this.moderateCutoff = parameters.number(MODERATE_CUTOFF);
    this.deteriorationCutoff = parameters.number(DETERIORATION_CUTOFF);
    this.onTrackRate = parameters.number(NO_TARGET_ON_TRACK_RATE);
    this.moderateRate = parameters.number(NO_TARGET_MODERATE_RATE);
    this.limitExponent = parameters.number(LIMIT_EXPONENT);
    this.zeroReplacement = parameters.number(ZERO_REPLACEMENT);
    Growth.decreasing(
        new String[] {ON_TRACK_CUTOFF.name(), MODERATE_CUTOFF.name(), DETERIORATION_CUTOFF.name()},
        onTrackCutoff,
        moderateCutoff,
        deteriorationCutoff);
    Growth.decreasing(
        new String[] {NO_TARGET_ON_TRACK_RATE.name(), NO_TARGET_MODERATE_RATE.name()},
        onTrackRate,
        moderateRate);
  }

  /**
   * Returns how the registry knows this method: id {@code open-sdg}, the parameters {@code onTrackCutoff}
   * (0.95), {@code moderateCutoff} (0.60), {@code deteriorationCutoff} (0), {@code noTargetOnTrackRate}
   * (0.015, positive), {@code noTargetModerateRate} (0.005, positive), {@code limitExponent} (4.44,
   * positive) and {@code zeroReplacement} (0.001, positive), and the categories of {@link OpenSdgCategory}.
   *
   * @return the descriptor
   */
  public static ProgressMethodDescriptor descriptor() {
    return DESCRIPTOR;
  }

  /**
   * Returns the method with the published defaults.
   *
   * @return the default method
   */
  public static OpenSdgMethod defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the method with the given parameters.
   *
   * @param onTrackCutoff ratio at and above which the series is on track (0.95)
   * @param moderateCutoff ratio at and above which progress needs acceleration (0.60)
   * @param deteriorationCutoff ratio below which the series deteriorates (0)
   * @param noTargetOnTrackRate without a target, the on-track growth rate before C (0.015)
   * @param noTargetModerateRate without a target, the moderate growth rate before C (0.005)
   * @param limitExponent the exponent of the natural-limit factor (4.44)
   * @param zeroReplacement the value replacing a zero base or target (0.001)
   * @return the method
   * @throws IllegalArgumentException if cut-offs or rates are not strictly decreasing and finite, or the
   *     exponent or replacement is not positive
   */
  public static OpenSdgMethod of(
      double onTrackCutoff,
      double moderateCutoff,
      double deteriorationCutoff,
      double noTargetOnTrackRate,
      double noTargetModerateRate,
      double limitExponent,
      double zeroReplacement) {
    return new OpenSdgMethod(
        DESCRIPTOR.defaultValues()
            .with(ON_TRACK_CUTOFF, onTrackCutoff)
            .with(MODERATE_CUTOFF, moderateCutoff)
            .with(DETERIORATION_CUTOFF, deteriorationCutoff)
            .with(NO_TARGET_ON_TRACK_RATE, noTargetOnTrackRate)
            .with(NO_TARGET_MODERATE_RATE, noTargetModerateRate)
            .with(LIMIT_EXPONENT, limitExponent)
            .with(ZERO_REPLACEMENT, zeroReplacement));
  }

  @Override
  public ProgressResult assess(ProgressInput input) {
    Objects.requireNonNull(input, "input");
    if (input.size() == 0) {
      return cannotAssess(UnassessableReason.NO_OBSERVATIONS);
    }
    if (input.stopsAtMetTarget()) {
      return ProgressResult.builder(this, OpenSdgCategory.TARGET_ACHIEVED).build();
    }
    double elapsed = input.latestTime() - input.baseTime();
    if (!(elapsed > 0)) {
      return cannotAssess(UnassessableReason.NO_OBSERVATION_AFTER_BASE);
    }
    int sign = seriesSign(input);
    if (sign == 0) {
      return cannotAssess(UnassessableReason.MIXED_SIGNS);
    }
    double base = replaceZero(input.baseValue(), sign);
    double latest = replaceZero(input.latestValue(), sign);
    // For a series of negative values the desired direction is flipped (source, minimum data requirements).
    double d = input.direction().sign() * sign;
    double observed = Growth.cagr(base, latest, elapsed);
    return input.hasTarget()
        ? withTarget(input, base, sign, d, observed)
        : withoutTarget(input, d, observed);
  }

  private ProgressResult withTarget(
      ProgressInput in, double base, int sign, double d, double observed) {
    double horizon = in.targetTime() - in.baseTime();
    if (!(horizon > 0)) {
      return cannotAssess(UnassessableReason.TARGET_TIME_NOT_AFTER_BASE);
    }
    double required = Growth.cagr(base, replaceZero(in.targetValue(), sign), horizon);
    double actual = d * observed;
    if (required == 0) {
      return ProgressResult.builder(this, OpenSdgCategory.DETERIORATION)
          .rates(actual, 0.0)
          .build();
    }
    double ratio = actual / Math.abs(required);
    OpenSdgCategory category =
        Growth.band(
            ratio,
            onTrackCutoff,
            moderateCutoff,
            deteriorationCutoff,
            OpenSdgCategory.ON_TRACK,
            OpenSdgCategory.ACCELERATION_NEEDED,
            OpenSdgCategory.LIMITED_PROGRESS,
            OpenSdgCategory.DETERIORATION);
    return ProgressResult.builder(this, category)
        .ratio(ratio)
        .rates(actual, Math.abs(required))
        .build();
  }

  private ProgressResult withoutTarget(ProgressInput in, double d, double observed) {
    double c = limitFactor(in);
    double rate = d * observed;
    OpenSdgCategory category;
    if (c == 0 && Tolerance.atLeast(rate, 0)) {
      // Base at the limit and the value maintained: on track (source, special considerations).
      category = OpenSdgCategory.ON_TRACK;
    } else {
      category =
          Growth.band(
              rate,
              onTrackRate * c,
              moderateRate * c,
              0.0,
              OpenSdgCategory.ON_TRACK,
              OpenSdgCategory.ACCELERATION_NEEDED,
              OpenSdgCategory.LIMITED_PROGRESS,
              OpenSdgCategory.DETERIORATION);
    }
    return ProgressResult.builder(this, category)
        .actualRate(rate)
        .measure("limitFactor", c)
        .build();
  }

  /**
   * The natural-limit factor C of the source, documented on the class.
   *
   * @param in the input, whose original (unreplaced) base value is used
   * @return C in [0, 1]
   */
  double limitFactor(ProgressInput in) {
    if (in.naturalLimit().isEmpty()) {
      return 1.0;
    }
    double limit = in.naturalLimit().getAsDouble();
    double y0 = in.baseValue();
    if (y0 < 0 || limit < 0) {
      return 1.0;
    }
    if (in.direction() == DesiredDirection.INCREASE) {
      // Only a limit at or above the base is a maximum in the desired direction.
      if (limit < y0 || limit == 0) {
        return 1.0;
      }
      return 1.0 - Math.pow(y0 / limit, limitExponent);
    }
    // Only a limit at or below the base is a minimum in the desired direction.
    if (limit > y0) {
      return 1.0;
    }
    return y0 == 0 ? 0.0 : 1.0 - Math.pow(limit / y0, limitExponent);
  }

  private double replaceZero(double value, int sign) {
    return value == 0 ? sign * zeroReplacement : value;
  }

  /**
   * The common sign of the non-zero values among the base, the observations and the target: {@code +1}
   * (also when every value is zero), {@code -1}, or {@code 0} when the signs are mixed.
   */
  private static int seriesSign(ProgressInput in) {
    boolean positive = false;
    boolean negative = false;
    int n = in.size();
    for (int i = -2; i < n; i++) {
      double v;
      if (i == -2) {
        v = in.baseValue();
      } else if (i == -1) {
        v = in.hasTarget() ? in.targetValue() : 0.0;
      } else {
        v = in.value(i);
      }
      positive |= v > 0;
      negative |= v < 0;
    }
    if (positive && negative) {
      return 0;
    }
    return negative ? -1 : 1;
  }

  private ProgressResult cannotAssess(UnassessableReason reason) {
    return unassessable(OpenSdgCategory.UNABLE_TO_ASSESS, reason, RateKind.COMPOUND);
  }
}
