package org.reformindicators.examples.report;

import java.util.Optional;
import org.reformindicators.core.target.Band;
import org.reformindicators.core.target.Breakdown;
import org.reformindicators.core.target.ChangePerYear;
import org.reformindicators.core.target.Completion;
import org.reformindicators.core.target.ExternalThreshold;
import org.reformindicators.core.target.NestedShare;
import org.reformindicators.core.target.Qualitative;
import org.reformindicators.core.target.RankBand;
import org.reformindicators.core.target.RankImprovementPerYear;
import org.reformindicators.core.target.Recurring;
import org.reformindicators.core.target.ReductionFromBaseline;
import org.reformindicators.core.target.TargetKind;
import org.reformindicators.core.target.Threshold;

/**
 * The level a target kind sets in its indicator's own unit, drawn on a chart as a line or a band,
 * such as the band {@code 25..30} of {@code RankBand.of(25, 30, 63)} or the line {@code 80} of
 * {@code Threshold.atLeast(80)}.
 *
 * <p>Kinds whose level is not a fixed value of the indicator (a change per year, a rank
 * improvement, a reduction from a baseline value, a breakdown with several thresholds, an external
 * norm, a qualitative criterion) have none; their charts show the series and the deadline only.
 *
 * <p>Immutable and thread-safe (stateless).
 */
final class TargetLevels implements TargetKind.Visitor<Optional<double[]>> {

  /** The shared instance. */
  static final TargetLevels INSTANCE = new TargetLevels();

  private TargetLevels() {}

  /**
   * Returns the level of a kind as {@code {low, high}} (equal for a line).
   *
   * @param kind the kind
   * @return the level, or empty when the kind has no fixed level
   */
  static Optional<double[]> of(TargetKind kind) {
    return kind.accept(INSTANCE);
  }

  @Override
  public Optional<double[]> visit(Threshold kind) {
    return Optional.of(new double[] {kind.value(), kind.value()});
  }

  @Override
  public Optional<double[]> visit(Band kind) {
    return Optional.of(new double[] {kind.min(), kind.max()});
  }

  @Override
  public Optional<double[]> visit(RankBand kind) {
    return Optional.of(new double[] {kind.best(), kind.worst()});
  }

  @Override
  public Optional<double[]> visit(RankImprovementPerYear kind) {
    return Optional.empty();
  }

  @Override
  public Optional<double[]> visit(ChangePerYear kind) {
    return Optional.empty();
  }

  @Override
  public Optional<double[]> visit(ReductionFromBaseline kind) {
    return Optional.empty();
  }

  @Override
  public Optional<double[]> visit(Completion kind) {
    return Optional.of(new double[] {1, 1});
  }

  @Override
  public Optional<double[]> visit(Recurring kind) {
    return kind.each().accept(this);
  }

  @Override
  public Optional<double[]> visit(NestedShare kind) {
    return kind.share().accept(this);
  }

  @Override
  public Optional<double[]> visit(Breakdown kind) {
    return Optional.empty();
  }

  @Override
  public Optional<double[]> visit(ExternalThreshold kind) {
    return Optional.empty();
  }

  @Override
  public Optional<double[]> visit(Qualitative kind) {
    return Optional.empty();
  }
}
