package org.reformindicators.core.progress;

import java.util.List;
import java.util.Objects;

/**
 * Eurostat's progress assessment of the EU SDG monitoring report, such as {@code
 * EurostatMethod.defaults()} rating a ratio of actual to required growth of 80 % as moderate progress.
 *
 * <p>With a target (Eurostat's SDG progress methodology: formula and cut-offs): actual rate a = CAGR(base →
 * latest), required rate r = CAGR(base → target value at the target time), both sign-adjusted by the
 * desired direction so that "better" is positive, with CAGR(t0→t1) = (y1 / y0)^(1/(t1 − t0)) − 1; ratio R
 * = a / r. R ≥ 95 % significant progress; 60 % ≤ R &lt; 95 % moderate progress; 0 ≤ R &lt; 60 %
 * insufficient progress; R &lt; 0 movement away. Two library rules complete the published method: a
 * latest value that already meets the target is {@link EurostatCategory#TARGET_ACHIEVED}; a target that
 * was met at the base (r ≤ 0) and is no longer met is {@link EurostatCategory#MOVEMENT_AWAY}.
 *
 * <p>Without a target (Eurostat's SDG progress methodology; the cut-offs are parameters a user can change): the sign-adjusted CAGR over the last {@code windowYears}
 * years (from the earliest observation at or after latest − window to the latest): ≥ 1 % significant
 * progress; 0 to 1 % moderate progress; −1 % to 0 moderate movement away; ≤ −1 % significant movement
 * away.
 *
 * <p>The CAGR is undefined for a zero base or values of different signs: those give {@link
 * EurostatCategory#CANNOT_ASSESS} with {@link UnassessableReason#ZERO_BASE}, {@link
 * UnassessableReason#ZERO_VALUE} or {@link UnassessableReason#MIXED_SIGNS}. For a series of negative
 * values the rate is that of the value, not of its magnitude ({@code sign(y0)·((y1/y0)^(1/t) − 1)}), as
 * Open SDG does by flipping the direction. Ratios, rates and the window's start are compared allowing {@link
 * Tolerance#EPSILON} (1e-9), so a ratio that is exactly 95 % in decimal is significant progress. Immutable and
 * thread-safe.
 */
public final class EurostatMethod extends AbstractProgressMethod {

  private static final long serialVersionUID = 1L;

  /** The published cut-off for significant progress, R ≥ 0.95. */
  public static final double DEFAULT_SIGNIFICANT_CUTOFF = 0.95;
  /** The published cut-off for moderate progress, R ≥ 0.60. */
  public static final double DEFAULT_MODERATE_CUTOFF = 0.60;
  /** The published cut-off between insufficient progress and movement away, R ≥ 0. */
  public static final double DEFAULT_AWAY_CUTOFF = 0.0;
  /** Without a target, the CAGR of 1 % a year that separates significant from moderate. */
  public static final double DEFAULT_NO_TARGET_RATE = 0.01;
  /** Without a target, the assessment window of 5 years. */
  public static final double DEFAULT_WINDOW_YEARS = 5.0;

  private static final String ID = "eurostat";
  private static final MethodParameter SIGNIFICANT_CUTOFF =
      MethodParameter.number("significantCutoff", DEFAULT_SIGNIFICANT_CUTOFF, ParameterRange.all());
  private static final MethodParameter MODERATE_CUTOFF =
      MethodParameter.number("moderateCutoff", DEFAULT_MODERATE_CUTOFF, ParameterRange.all());
  private static final MethodParameter AWAY_CUTOFF =
      MethodParameter.number("awayCutoff", DEFAULT_AWAY_CUTOFF, ParameterRange.all());
  private static final MethodParameter NO_TARGET_RATE =
      MethodParameter.number("noTargetRate", DEFAULT_NO_TARGET_RATE, ParameterRange.greaterThan(0));
  private static final MethodParameter WINDOW_YEARS =
      MethodParameter.number("windowYears", DEFAULT_WINDOW_YEARS, ParameterRange.greaterThan(0));
  private static final ProgressMethodDescriptor DESCRIPTOR =
      ProgressMethodDescriptor.of(
          ID,
          List.of(SIGNIFICANT_CUTOFF, MODERATE_CUTOFF, AWAY_CUTOFF, NO_TARGET_RATE, WINDOW_YEARS),
          List.of(EurostatCategory.values()),
          RateKind.COMPOUND,
          EurostatMethod::new);
  private static final EurostatMethod DEFAULTS = new EurostatMethod(DESCRIPTOR.defaultValues());

  private final double significantCutoff;
  private final double moderateCutoff;
  private final double awayCutoff;
  private final double noTargetRate;
  private final double windowYears;

  private EurostatMethod(ParameterValues parameters) {
    super(ID, parameters);
    this.significantCutoff = parameters.number(SIGNIFICANT_CUTOFF);
    this.moderateCutoff = parameters.number(MODERATE_CUTOFF);
    this.awayCutoff = parameters.number(AWAY_CUTOFF);
    this.noTargetRate = parameters.number(NO_TARGET_RATE);
    this.windowYears = parameters.number(WINDOW_YEARS);
    Growth.decreasing(
        new String[] {SIGNIFICANT_CUTOFF.name(), MODERATE_CUTOFF.name(), AWAY_CUTOFF.name()},
        significantCutoff,
        moderateCutoff,
        awayCutoff);
  }

  /**
   * Returns how the registry knows this method: id {@code eurostat}, the parameters {@code significantCutoff}
   * (0.95), {@code moderateCutoff} (0.60), {@code awayCutoff} (0), {@code noTargetRate} (0.01, positive) and
   * {@code windowYears} (5, positive), and the categories of {@link EurostatCategory}.
   *
   * @return the descriptor
   */
  public static ProgressMethodDescriptor descriptor() {
    return DESCRIPTOR;
  }

  /**
   * Returns the method with the published defaults (95 %, 60 %, 0; 1 % and 5 years without a target).
   *
   * @return the default method
   */
  public static EurostatMethod defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the method with the given cut-offs.
   *
   * @param significantCutoff the ratio at and above which progress is significant (0.95)
   * @param moderateCutoff the ratio at and above which progress is moderate (0.60)
   * @param awayCutoff the ratio below which the indicator moves away (0)
   * @param noTargetRate without a target, the CAGR separating significant from moderate (0.01)
   * @param windowYears without a target, the assessment window in years (5)
   * @return the method
   * @throws IllegalArgumentException if the cut-offs are not finite and strictly decreasing, or the rate
   *     or window is not positive
   */
  public static EurostatMethod of(
      double significantCutoff,
      double moderateCutoff,
      double awayCutoff,
      double noTargetRate,
      double windowYears) {
    return new EurostatMethod(
        DESCRIPTOR.defaultValues()
            .with(SIGNIFICANT_CUTOFF, significantCutoff)
            .with(MODERATE_CUTOFF, moderateCutoff)
            .with(AWAY_CUTOFF, awayCutoff)
            .with(NO_TARGET_RATE, noTargetRate)
            .with(WINDOW_YEARS, windowYears));
  }

  @Override
  public ProgressResult assess(ProgressInput input) {
    Objects.requireNonNull(input, "input");
    if (input.size() == 0) {
      return cannotAssess(UnassessableReason.NO_OBSERVATIONS);
    }
    return input.hasTarget() ? withTarget(input) : withoutTarget(input);
  }

  private ProgressResult withTarget(ProgressInput in) {
    ProgressResult decided =
        precheck(in, EurostatCategory.TARGET_ACHIEVED, EurostatCategory.CANNOT_ASSESS, RateKind.COMPOUND, true);
    if (decided != null) {
      return decided;
    }
    double base = in.baseValue();
    double latest = in.latestValue();
    double target = in.targetValue();
    double elapsed = in.latestTime() - in.baseTime();
    double horizon = in.targetTime() - in.baseTime();
    UnassessableReason problem = Growth.compoundProblem(base, latest, target);
    if (problem != null) {
      return cannotAssess(problem);
    }
    double d = in.direction().sign() * Math.signum(base);
    double actual = d * Growth.cagr(base, latest, elapsed);
    double required = d * Growth.cagr(base, target, horizon);
    if (!(required > 0)) {
      // The target was met at the base; the latest value no longer meets it.
      return ProgressResult.builder(this, EurostatCategory.MOVEMENT_AWAY)
          .rates(actual, required)
          .build();
    }
    double ratio = actual / required;
    EurostatCategory category =
        Growth.band(
            ratio,
            significantCutoff,
            moderateCutoff,
            awayCutoff,
            EurostatCategory.SIGNIFICANT_PROGRESS,
            EurostatCategory.MODERATE_PROGRESS,
            EurostatCategory.INSUFFICIENT_PROGRESS,
            EurostatCategory.MOVEMENT_AWAY);
    return ProgressResult.builder(this, category).ratio(ratio).rates(actual, required).build();
  }

  private ProgressResult withoutTarget(ProgressInput in) {
    int last = in.size() - 1;
    double windowStart = in.latestTime() - windowYears;
    int start = 0;
    while (start < last && !Tolerance.atLeast(in.time(start), windowStart)) {
      start++;
    }
    if (start == last) {
      return cannotAssess(UnassessableReason.TOO_FEW_OBSERVATIONS);
    }
    double y0 = in.value(start);
    double y1 = in.value(last);
    UnassessableReason problem = Growth.compoundProblem(y0, y1);
    if (problem != null) {
      return cannotAssess(problem);
    }
    double d = in.direction().sign() * Math.signum(y0);
    double rate = d * Growth.cagr(y0, y1, in.latestTime() - in.time(start));
    EurostatCategory category;
    if (Tolerance.atLeast(rate, noTargetRate)) {
      category = EurostatCategory.SIGNIFICANT_PROGRESS;
    } else if (Tolerance.atLeast(rate, 0)) {
      category = EurostatCategory.MODERATE_PROGRESS;
    } else if (!Tolerance.atMost(rate, -noTargetRate)) {
      category = EurostatCategory.MODERATE_MOVEMENT_AWAY;
    } else {
      category = EurostatCategory.SIGNIFICANT_MOVEMENT_AWAY;
    }
    return ProgressResult.builder(this, category)
        .actualRate(rate)
        .measure("windowStartTime", in.time(start))
        .build();
  }

  private ProgressResult cannotAssess(UnassessableReason reason) {
    return unassessable(EurostatCategory.CANNOT_ASSESS, reason, RateKind.COMPOUND);
  }
}
