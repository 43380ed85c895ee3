package org.reformindicators.core.target;

import java.io.Serializable;
import java.util.Optional;

/**
 * What a clause commits to, such as {@code RankBand.of(25, 30, 63)} for "xếp thứ hạng từ 25 - 30/63" (rank 25–30
 * of 63): a closed family of immutable, validated kinds.
 *
 * <p>The family is sealed so that an evaluation engine can handle every kind; {@link #accept(Visitor)} makes the
 * compiler check that it does. Each kind exposes its parameters (target values, comparison, ceiling, baseline)
 * through accessors and, where the comparison is well defined, answers {@code isMet} and {@code isExceeded}.
 * Bands in a plan are commitments at their weaker end (the readings of Decision 1256/QĐ-UBND in {@code docs/plan-1256-model.md}): a result better than
 * the whole band <em>exceeds</em> the target, it never fails it.
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface TargetKind extends Serializable
    permits Threshold,
        Band,
        RankBand,
        RankImprovementPerYear,
        ChangePerYear,
        ReductionFromBaseline,
        Completion,
        Recurring,
        NestedShare,
        Breakdown,
        ExternalThreshold,
        Qualitative {

  /**
   * Returns the stable name of this kind, as used in plan files and reports.
   *
   * @return the name, such as {@code "rank-band"}
   */
  String kindName();

  /**
   * Calls the method of the visitor that handles this kind.
   *
   * @param <R> the result type
   * @param visitor the visitor
   * @return what the visitor returns
   * @throws NullPointerException if {@code visitor} is null
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * Returns whether this kind is judged against data; only {@link Qualitative} (and a {@link Recurring} of it)
   * is assessed by hand.
   *
   * @return {@code true} unless assessed by hand
   */
  default boolean isMeasured() {
    return true;
  }

  /**
   * Returns the baseline the kind measures from, if it has one.
   *
   * @return the baseline, or empty
   */
  default Optional<Baseline> baseline() {
    return Optional.empty();
  }

  /**
   * Returns the values this kind names in the indicator's own unit (thresholds, band ends, ceilings), so that a
   * plan can check them against the indicator's bounds (a percentage above 100 is rejected). Ranks, rates and
   * reduction percentages are not in the indicator's unit and are checked by the kind itself.
   *
   * @return a new array, possibly empty
   */
  default double[] levels() {
    return new double[0];
  }

  /**
   * Handles each kind of target; implement it to be told by the compiler when a kind is added.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    /**
     * Handles a threshold.
     *
     * @param kind the kind
     * @return the result
     */
    R visit(Threshold kind);

    /**
     * Handles a two-sided band.
     *
     * @param kind the kind
     * @return the result
     */
    R visit(Band kind);

    /**
     * Handles a rank band.
     *
     * @param kind the kind
     * @return the result
     */
    R visit(RankBand kind);

    /**
     * Handles an improvement in rank per year.
     *
     * @param kind the kind
     * @return the result
     */
    R visit(RankImprovementPerYear kind);

    /**
     * Handles a change per year.
     *
     * @param kind the kind
     * @return the result
     */
    R visit(ChangePerYear kind);

    /**
     * Handles a reduction from a baseline.
     *
     * @param kind the kind
     * @return the result
     */
    R visit(ReductionFromBaseline kind);

    /**
     * Handles a completion.
     *
     * @param kind the kind
     * @return the result
     */
    R visit(Completion kind);

    /**
     * Handles a recurring target.
     *
     * @param kind the kind
     * @return the result
     */
    R visit(Recurring kind);

    /**
     * Handles a nested share.
     *
     * @param kind the kind
     * @return the result
     */
    R visit(NestedShare kind);

    /**
     * Handles a breakdown.
     *
     * @param kind the kind
     * @return the result
     */
    R visit(Breakdown kind);

    /**
     * Handles an external threshold.
     *
     * @param kind the kind
     * @return the result
     */
    R visit(ExternalThreshold kind);

    /**
     * Handles a qualitative target.
     *
     * @param kind the kind
     * @return the result
     */
    R visit(Qualitative kind);
  }
}
