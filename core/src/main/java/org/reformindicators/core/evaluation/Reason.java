package org.reformindicators.core.evaluation;

import java.util.List;
import java.util.Objects;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.progress.UnassessableReason;
import org.reformindicators.core.target.BilingualText;
import org.reformindicators.core.target.NotApplicable;
import org.reformindicators.core.target.RankUniverseRule;

/**
 * Why a clause is not assessable or not applicable, as data, such as {@code MissingNorm[normId=
 * CENTRAL_STAFF_REDUCTION_RATIO, …]}. {@link AssessmentRenderer} writes it in Vietnamese and English.
 *
 * <p>Every record is immutable and thread-safe.
 */
public sealed interface Reason
    permits Reason.DataDoNotFit,
        Reason.Lapsed,
        Reason.NoData,
        Reason.MissingBaseline,
        Reason.NoValueBeforePhase,
        Reason.NonPositiveBaseline,
        Reason.NoPreviousValue,
        Reason.MissingNorm,
        Reason.NoValueAtDeadline,
        Reason.RankNotComparable,
        Reason.YesNoWithoutTrend,
        Reason.BaselineNotBeforeDeadline,
        Reason.MethodCannotAssess,
        Reason.PeriodsNotAssessable,
        Reason.PartsNotAssessable,
        Reason.BoundedValue {

  /**
   * The data contradict the clause (e.g. a rank that is not a whole number).
   *
   * @param message the message of the rule the data broke
   */
  record DataDoNotFit(String message) implements Reason {}

  /**
   * The clause no longer applies (e.g. the district level abolished from 2025-07-01); carries the status judged
   * on the data up to its last applicable day. Also listed among the rules applied.
   *
   * @param lapse when and why the clause stopped applying
   * @param statusUpToLapse the status judged on the data up to {@link NotApplicable#lastApplicableDay()}
   */
  record Lapsed(NotApplicable lapse, ProgressStatus statusUpToLapse) implements Reason, Rule {

    /**
     * Checks the components.
     *
     * @param lapse the lapse
     * @param statusUpToLapse the statusUpToLapse
     * @throws NullPointerException if a component is null
     */
    public Lapsed {
      Objects.requireNonNull(lapse, "lapse");
      Objects.requireNonNull(statusUpToLapse, "statusUpToLapse");
    }
  }

  /**
   * No value of the indicator for the plan's unit up to the end of a period.
   *
   * @param indicatorCode the indicator code
   * @param unitCode the unit code
   * @param until the period
   */
  record NoData(IndicatorCode indicatorCode, UnitCode unitCode, ReportingPeriod until) implements Reason {}

  /**
   * No value for the baseline period the clause names.
   *
   * @param baselinePeriod the baseline period
   */
  record MissingBaseline(ReportingPeriod baselinePeriod) implements Reason {}

  /**
   * The plan chose the last observation before its phase as the baseline, and none precedes the phase.
   *
   * @param phase the plan's phase
   */
  record NoValueBeforePhase(ReportingPeriod phase) implements Reason {}

  /**
   * A reduction from a baseline that is zero or negative, which leaves the reduction undefined.
   *
   * @param value the baseline value
   * @param period the baseline period
   */
  record NonPositiveBaseline(double value, ReportingPeriod period) implements Reason {}

  /**
   * A year-on-year rise past its deadline without a value of the period before.
   *
   * @param previous the period before the deadline
   */
  record NoPreviousValue(ReportingPeriod previous) implements Reason {}

  /**
   * An external threshold whose norm was not supplied.
   *
   * @param normId the id of the missing norm, e.g. {@code CENTRAL_STAFF_REDUCTION_RATIO}
   * @param description what the norm is, as the plan describes it
   */
  record MissingNorm(String normId, BilingualText description) implements Reason {}

  /**
   * The deadline has passed but there is no value for it.
   *
   * @param deadline the deadline
   */
  record NoValueAtDeadline(ReportingPeriod deadline) implements Reason {}

  /**
   * A rank published in another universe that the plan's rule does not convert; a rule applied too, and the
   * reason when it is the latest value.
   *
   * @param rank the published rank
   * @param universe the universe it was published in
   * @param period its period
   * @param targetUniverse the universe of the target
   * @param rule the plan's rank-universe rule
   */
  record RankNotComparable(
      double rank, int universe, ReportingPeriod period, int targetUniverse, RankUniverseRule rule)
      implements Reason, Rule {}

  /**
   * A yes/no clause not yet done before its deadline: it has no trend to project.
   *
   * @param deadline the deadline
   */
  record YesNoWithoutTrend(ReportingPeriod deadline) implements Reason {}

  /**
   * The baseline period does not precede the deadline.
   *
   * @param baseline the baseline period
   * @param deadline the deadline
   */
  record BaselineNotBeforeDeadline(ReportingPeriod baseline, ReportingPeriod deadline) implements Reason {}

  /**
   * The progress method could not assess the series (e.g. too few observations).
   *
   * @param why the method's reason
   */
  record MethodCannotAssess(UnassessableReason why) implements Reason {}

  /**
   * Periods of a recurring clause that cannot be assessed.
   *
   * @param periods the periods, in order
   */
  record PeriodsNotAssessable(List<ReportingPeriod> periods) implements Reason {

    /**
     * Copies the list.
     *
     * @param periods the periods
     * @throws NullPointerException if {@code periods} is or holds null
     */
    public PeriodsNotAssessable {
      periods = List.copyOf(periods);
    }
  }

  /**
   * Breakdown values of a clause that cannot be assessed.
   *
   * @param parts the parts, in order
   */
  record PartsNotAssessable(List<ClausePart> parts) implements Reason {

    /**
     * Copies the list.
     *
     * @param parts the parts
     * @throws NullPointerException if {@code parts} is or holds null
     */
    public PartsNotAssessable {
      parts = List.copyOf(parts);
    }
  }

  /**
   * A value of the clause's series published only as a bound (a rank "worse than 30 of 63" is {@code 31–63}): the
   * clause was judged with every bounded value at its lower ends and again at its upper ends. As a rule, the two
   * judgements agreed and the status stands; as the reason of a {@link ProgressStatus#NOT_ASSESSABLE} clause, they
   * differ, so the published bound does not tell whether the clause is met. Names the latest bounded value.
   *
   * @param indicatorCode the indicator of the bounded value
   * @param period its period
   * @param lower the bound's lower end, inclusive
   * @param upper the bound's upper end, inclusive
   * @param atLower the status judged with the bounded values at their lower ends
   * @param atUpper the status judged with the bounded values at their upper ends
   */
  record BoundedValue(
      IndicatorCode indicatorCode,
      ReportingPeriod period,
      double lower,
      double upper,
      ProgressStatus atLower,
      ProgressStatus atUpper)
      implements Reason, Rule {

    /**
     * Checks the components.
     *
     * @param indicatorCode the indicator of the bounded value
     * @param period its period
     * @param lower the bound's lower end
     * @param upper the bound's upper end
     * @param atLower the status at the lower ends
     * @param atUpper the status at the upper ends
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if an end is not finite or {@code lower} exceeds {@code upper}
     */
    public BoundedValue {
      Objects.requireNonNull(indicatorCode, "indicatorCode");
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(atLower, "atLower");
      Objects.requireNonNull(atUpper, "atUpper");
      if (!Double.isFinite(lower) || !Double.isFinite(upper) || lower > upper) {
        throw new IllegalArgumentException(
            "bounded value: lower and upper must be finite with lower <= upper, was " + lower + " and " + upper);
      }
    }
  }
}
