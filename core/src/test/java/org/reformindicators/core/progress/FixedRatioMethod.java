package org.reformindicators.core.progress;

import java.util.List;
import java.util.Objects;

/**
 * A progress method an embedding application might write itself, registered as {@code fixed-ratio}: the
 * linear rate achieved since the base divided by the linear rate required to reach the target on time
 * (as SDSN computes it), judged against one cut-off, {@code requiredRatio}: at or above it the series keeps
 * pace, below it the series falls behind.
 *
 * <p>Shared by the tests of core and io (through core's test-jar) to show that a method written outside the
 * library is evaluated, written and read back like a bundled one. A record, so equality is by its two
 * parameters.
 *
 * @param requiredRatio the ratio of actual to required rate at and above which the series keeps pace, positive
 * @param minimumObservations the fewest observations the method assesses, at least 2
 */
public record FixedRatioMethod(double requiredRatio, int minimumObservations) implements ProgressMethod {

  /** The id under which the method is registered. */
  public static final String ID = "fixed-ratio";
  /** The cut-off, a positive number, 1 unless set. */
  public static final MethodParameter REQUIRED_RATIO =
      MethodParameter.number("requiredRatio", 1.0, ParameterRange.greaterThan(0));
  /** The fewest observations, a whole number of at least 2, 2 unless set. */
  public static final MethodParameter MINIMUM_OBSERVATIONS =
      MethodParameter.integer("minimumObservations", 2, ParameterRange.atLeast(2));

  private static final ProgressMethodDescriptor DESCRIPTOR =
      ProgressMethodDescriptor.of(
          ID,
          List.of(REQUIRED_RATIO, MINIMUM_OBSERVATIONS),
          List.of(Category.values()),
          values -> new FixedRatioMethod(values.number(REQUIRED_RATIO), values.integer(MINIMUM_OBSERVATIONS)));

  /** The method's own categories. */
  public enum Category implements ProgressCategory {
    /** The latest value meets the target. */
    ACHIEVED("target achieved", "đã đạt mục tiêu", ProgressOutlook.ACHIEVED),
    /** Ratio at or above {@code requiredRatio}. */
    KEEPING_PACE("keeping pace", "giữ nhịp", ProgressOutlook.ON_TRACK),
    /** Ratio below {@code requiredRatio}, or a target met at the base and no longer met. */
    FALLING_BEHIND("falling behind", "chậm nhịp", ProgressOutlook.AT_RISK),
    /** The data cannot be assessed. */
    CANNOT_ASSESS("cannot be assessed", "không đánh giá được", ProgressOutlook.NOT_ASSESSABLE);

    private final CategoryDescription description;

    Category(String labelEn, String labelVi, ProgressOutlook outlook) {
      this.description = new CategoryDescription(labelEn, labelVi, outlook);
    }

    @Override
    public CategoryDescription description() {
      return description;
    }
  }

  /**
   * Checks the parameters against their kinds and ranges.
   *
   * @param requiredRatio the cut-off, positive
   * @param minimumObservations the fewest observations, at least 2
   */
  public FixedRatioMethod {
    REQUIRED_RATIO.check(requiredRatio);
    MINIMUM_OBSERVATIONS.check(minimumObservations);
  }

  /**
   * Returns how a registry knows the method.
   *
   * @return the descriptor
   */
  public static ProgressMethodDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public ParameterValues parameters() {
    return DESCRIPTOR.defaultValues()
        .with(REQUIRED_RATIO, requiredRatio)
        .with(MINIMUM_OBSERVATIONS, minimumObservations);
  }

  @Override
  public ProgressResult assess(ProgressInput in) {
    Objects.requireNonNull(in, "in");
    if (in.size() == 0) {
      return cannotAssess(UnassessableReason.NO_OBSERVATIONS);
    }
    if (!in.hasTarget()) {
      return cannotAssess(UnassessableReason.NO_TARGET);
    }
    if (in.latestMeetsTarget()) {
      return ProgressResult.builder(this, Category.ACHIEVED).rateKind(RateKind.LINEAR).build();
    }
    if (in.size() < minimumObservations) {
      return cannotAssess(UnassessableReason.TOO_FEW_OBSERVATIONS);
    }
    double elapsed = in.latestTime() - in.baseTime();
    double horizon = in.targetTime() - in.baseTime();
    if (!(elapsed > 0)) {
      return cannotAssess(UnassessableReason.NO_OBSERVATION_AFTER_BASE);
    }
    if (!(horizon > 0)) {
      return cannotAssess(UnassessableReason.TARGET_TIME_NOT_AFTER_BASE);
    }
    double d = in.direction().sign();
    double actual = d * (in.latestValue() - in.baseValue()) / elapsed;
    double required = d * (in.targetValue() - in.baseValue()) / horizon;
    if (!(required > 0)) {
      return ProgressResult.builder(this, Category.FALLING_BEHIND)
          .rateKind(RateKind.LINEAR)
          .rates(actual, required)
          .build();
    }
    double ratio = actual / required;
    Category category = ratio >= requiredRatio ? Category.KEEPING_PACE : Category.FALLING_BEHIND;
    return ProgressResult.builder(this, category)
        .rateKind(RateKind.LINEAR)
        .ratio(ratio)
        .rates(actual, required)
        .build();
  }

  private ProgressResult cannotAssess(UnassessableReason reason) {
    return ProgressResult.builder(this, Category.CANNOT_ASSESS)
        .rateKind(RateKind.LINEAR)
        .reason(reason)
        .build();
  }
}
