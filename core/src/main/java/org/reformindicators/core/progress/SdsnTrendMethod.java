package org.reformindicators.core.progress;

import java.util.List;
import java.util.Objects;

/**
 * The trend assessment of the SDSN Sustainable Development Report, such as {@code
 * SdsnTrendMethod.defaults()} calling a share that grows 3 points a year where 4 are required
 * "moderately improving".
 *
 * <p>Source: SDSN's Sustainable Development Report: the achieved linear annual rate, d·(y_latest − y_base)/(t_latest −
 * t_base), divided by the linear rate required to reach the target (the report's green threshold) by the
 * deadline, d·(TV − y_base)/(T − t_base), with d = +1 when higher is better and −1 otherwise. Ratio ≥ 1
 * on track (or maintaining achievement), 0.5 to 1 moderately improving, 0 to 0.5 stagnating, &lt; 0
 * decreasing. Linear rates are defined for a zero base, so only missing data prevents an assessment.
 *
 * <p>Library rules: a latest value meeting the target is {@link SdsnCategory#MAINTAINING_ACHIEVEMENT}; a
 * target met at the base but no longer met (required rate ≤ 0) is {@link SdsnCategory#DECREASING}. The ratio
 * is compared with the cut-offs allowing {@link Tolerance#EPSILON} (1e-9). Immutable and thread-safe.
 */
public final class SdsnTrendMethod extends AbstractProgressMethod {

  private static final long serialVersionUID = 1L;

  /** The ratio at and above which the trend is on track, 1. */
  public static final double DEFAULT_ON_TRACK_RATIO = 1.0;
  /** The ratio at and above which the trend is moderately improving, 0.5. */
  public static final double DEFAULT_MODERATE_RATIO = 0.5;
  /** The ratio below which the trend is decreasing, 0. */
  public static final double DEFAULT_DECREASING_RATIO = 0.0;

  private static final String ID = "sdsn";
  private static final MethodParameter ON_TRACK_RATIO =
      MethodParameter.number("onTrackRatio", DEFAULT_ON_TRACK_RATIO, ParameterRange.all());
  private static final MethodParameter MODERATE_RATIO =
      MethodParameter.number("moderateRatio", DEFAULT_MODERATE_RATIO, ParameterRange.all());
  private static final MethodParameter DECREASING_RATIO =
      MethodParameter.number("decreasingRatio", DEFAULT_DECREASING_RATIO, ParameterRange.all());
  private static final ProgressMethodDescriptor DESCRIPTOR =
      ProgressMethodDescriptor.of(
          ID,
          List.of(ON_TRACK_RATIO, MODERATE_RATIO, DECREASING_RATIO),
          List.of(SdsnCategory.values()),
          SdsnTrendMethod::new);
  private static final SdsnTrendMethod DEFAULTS = new SdsnTrendMethod(DESCRIPTOR.defaultValues());

  private final double onTrackRatio;
  private final double moderateRatio;
  private final double decreasingRatio;

  private SdsnTrendMethod(ParameterValues parameters) {
    super(ID, parameters);
    this.onTrackRatio = parameters.number(ON_TRACK_RATIO);
    this.moderateRatio = parameters.number(MODERATE_RATIO);
    this.decreasingRatio = parameters.number(DECREASING_RATIO);
    Growth.decreasing(
        new String[] {ON_TRACK_RATIO.name(), MODERATE_RATIO.name(), DECREASING_RATIO.name()},
        onTrackRatio,
        moderateRatio,
        decreasingRatio);
  }

  /**
   * Returns how the registry knows this method: id {@code sdsn}, the parameters {@code onTrackRatio} (1),
   * {@code moderateRatio} (0.5) and {@code decreasingRatio} (0), strictly decreasing, and the categories of
   * {@link SdsnCategory}.
   *
   * @return the descriptor
   */
  public static ProgressMethodDescriptor descriptor() {
    return DESCRIPTOR;
  }

  /**
   * Returns the method with the published cut-offs 1, 0.5 and 0.
   *
   * @return the default method
   */
  public static SdsnTrendMethod defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the method with the given cut-offs.
   *
   * @param onTrackRatio the ratio at and above which the trend is on track (1)
   * @param moderateRatio the ratio at and above which it is moderately improving (0.5)
   * @param decreasingRatio the ratio below which it is decreasing (0)
   * @return the method
   * @throws IllegalArgumentException if the cut-offs are not finite and strictly decreasing
   */
  public static SdsnTrendMethod of(double onTrackRatio, double moderateRatio, double decreasingRatio) {
    return new SdsnTrendMethod(
        DESCRIPTOR.defaultValues()
            .with(ON_TRACK_RATIO, onTrackRatio)
            .with(MODERATE_RATIO, moderateRatio)
            .with(DECREASING_RATIO, decreasingRatio));
  }

  @Override
  public ProgressResult assess(ProgressInput input) {
    Objects.requireNonNull(input, "input");
    ProgressResult decided =
        precheck(input, SdsnCategory.MAINTAINING_ACHIEVEMENT, SdsnCategory.CANNOT_ASSESS, RateKind.LINEAR, true);
    if (decided != null) {
      return decided;
    }
    double elapsed = input.latestTime() - input.baseTime();
    double horizon = input.targetTime() - input.baseTime();
    double d = input.direction().sign();
    double actual = d * (input.latestValue() - input.baseValue()) / elapsed;
    double required = d * (input.targetValue() - input.baseValue()) / horizon;
    if (!(required > 0)) {
      return ProgressResult.builder(this, SdsnCategory.DECREASING)
          .rateKind(RateKind.LINEAR)
          .rates(actual, required)
          .build();
    }
    double ratio = actual / required;
    SdsnCategory category =
        Growth.band(
            ratio,
            onTrackRatio,
            moderateRatio,
            decreasingRatio,
            SdsnCategory.ON_TRACK,
            SdsnCategory.MODERATELY_IMPROVING,
            SdsnCategory.STAGNATING,
            SdsnCategory.DECREASING);
    return ProgressResult.builder(this, category)
        .rateKind(RateKind.LINEAR)
        .ratio(ratio)
        .rates(actual, required)
        .build();
  }
}
