package org.reformindicators.core.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.indicator.MeasureKind;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.progress.RateKind;
import org.reformindicators.core.progress.UnassessableReason;
import org.reformindicators.core.target.BaselineRule;

/**
 * An explicit rule the engine applied to a clause, as data, such as {@code MethodChosen[methodId=sdsn]}. {@link
 * AssessmentRenderer} writes it in Vietnamese and English.
 *
 * <p>Every record is immutable and thread-safe.
 */
public sealed interface Rule
    permits Rule.ReadingsApplied,
        Reason.Lapsed,
        Reason.RankNotComparable,
        Reason.BoundedValue,
        Rule.RankTargetCapped,
        Rule.ParentShare,
        Rule.ParentMissing,
        Rule.NormSupplied,
        Rule.RiseFromActual,
        Rule.SeriesBreaks,
        Rule.ProjectionLimited,
        Rule.TrendFromBreak,
        Rule.TooFewSinceBreak,
        Rule.MethodChosen,
        Rule.DefaultMethod,
        Rule.EurostatFallback,
        Rule.FirstObservationAsBaseline,
        Rule.SuccessorDataUsed,
        Rule.SuccessorDataIgnored,
        Rule.RankConverted,
        Rule.BaselineByRule,
        Rule.TrendObservations,
        Rule.MethodDoesNotFit {

  /**
   * The plan's readings that govern the clause.
   *
   * @param readingIds the reading ids, in plan order
   */
  record ReadingsApplied(List<String> readingIds) implements Rule {

    /**
     * Copies the list.
     *
     * @param readingIds the readingIds
     * @throws NullPointerException if {@code readingIds} is or holds null
     */
    public ReadingsApplied {
      readingIds = List.copyOf(readingIds);
    }
  }

  /**
   * A rank gain that asks for a rank better than 1st, so 1st place is the target.
   *
   * @param askedRank the rank the gain asks for
   */
  record RankTargetCapped(double askedRank) implements Rule {}

  /**
   * The parent share of a nested share and the share of the whole it gives.
   *
   * @param parentCode the parent indicator code
   * @param parentShare the parent's latest share, in percent
   * @param period the period of the parent's share
   * @param shareOfWhole the nested share as a share of the whole, in percent
   */
  record ParentShare(IndicatorCode parentCode, double parentShare, ReportingPeriod period, double shareOfWhole)
      implements Rule {}

  /**
   * A nested share whose parent indicator has no value.
   *
   * @param parentCode the parent indicator code
   */
  record ParentMissing(IndicatorCode parentCode) implements Rule {}

  /**
   * An external norm supplied by the caller.
   *
   * @param normId the norm id
   * @param value the value supplied
   */
  record NormSupplied(String normId, double value) implements Rule {}

  /**
   * A year-on-year rise measured from an actual value.
   *
   * @param value the actual value
   * @param period its period
   */
  record RiseFromActual(double value, ReportingPeriod period) implements Rule {}

  /**
   * Breaks in series (status {@code B}) in the values used.
   *
   * @param periods the periods of the breaks, in order
   */
  record SeriesBreaks(List<ReportingPeriod> periods) implements Rule {

    /**
     * Copies the list.
     *
     * @param periods the periods
     * @throws NullPointerException if {@code periods} is or holds null
     */
    public SeriesBreaks {
      periods = List.copyOf(periods);
    }
  }

  /**
   * The projection and its interval limited to the indicator's natural range.
   *
   * @param low the lower end of the range, or empty when it has none
   * @param high the upper end of the range, or empty when it has none
   * @param projection the method's own projection
   * @param lower the method's own lower bound, or empty
   * @param upper the method's own upper bound, or empty
   */
  record ProjectionLimited(
      OptionalDouble low, OptionalDouble high, double projection, OptionalDouble lower, OptionalDouble upper)
      implements Rule {

    /**
     * Checks the bounds.
     *
     * @param low the low
     * @param high the high
     * @param projection the projection
     * @param lower the lower
     * @param upper the upper
     * @throws NullPointerException if an optional component is null
     */
    public ProjectionLimited {
      Objects.requireNonNull(low, "low");
      Objects.requireNonNull(high, "high");
      Objects.requireNonNull(lower, "lower");
      Objects.requireNonNull(upper, "upper");
    }
  }

  /**
   * The trend fitted only from the latest break in series onwards.
   *
   * @param observations the number of observations from the break on
   * @param breakPeriod the period of the break
   * @param breakValue its value, the new series' base
   */
  record TrendFromBreak(int observations, ReportingPeriod breakPeriod, double breakValue) implements Rule {}

  /**
   * Too few observations after the latest break in series, so the trend spans the whole series.
   *
   * @param observations the number of observations from the break on
   * @param breakPeriod the period of the break
   * @param minimum the number the method needs
   */
  record TooFewSinceBreak(int observations, ReportingPeriod breakPeriod, int minimum) implements Rule {}

  /**
   * A progress method chosen by the caller.
   *
   * @param methodId the method id
   */
  record MethodChosen(String methodId) implements Rule {}

  /**
   * The method the engine chose by default.
   *
   * @param choice which default applied
   */
  record DefaultMethod(DefaultChoice choice) implements Rule {

    /**
     * Checks the choice.
     *
     * @param choice the choice
     * @throws NullPointerException if {@code choice} is null
     */
    public DefaultMethod {
      Objects.requireNonNull(choice, "choice");
    }
  }

  /** The default choices of method. */
  enum DefaultChoice {
    /** The linear projection, for 3 or more observations. */
    LINEAR_PROJECTION,
    /** The SDSN linear ratio, for a rank with fewer than 3 observations. */
    SDSN_FOR_RANK,
    /** Eurostat, for fewer than 3 observations. */
    EUROSTAT
  }

  /**
   * The default Eurostat method could not apply, so the SDSN linear ratio was used.
   *
   * @param why why Eurostat could not apply
   */
  record EurostatFallback(UnassessableReason why) implements Rule {}

  /**
   * No observation before the plan's phase, so the first observation is the baseline.
   *
   * @param phase the plan's phase
   * @param first the period of the first observation
   */
  record FirstObservationAsBaseline(ReportingPeriod phase, ReportingPeriod first) implements Rule {}

  /**
   * Data of the successor unit used after the plan unit's last day.
   *
   * @param lastDay the plan unit's last day
   */
  record SuccessorDataUsed(LocalDate lastDay) implements Rule {}

  /**
   * Observations after the plan unit's last day not used, for want of a successor rule.
   *
   * @param count how many
   * @param lastDay the plan unit's last day
   */
  record SuccessorDataIgnored(int count, LocalDate lastDay) implements Rule {}

  /**
   * A rank converted from another universe by the relative-position rule.
   *
   * @param rank the published rank
   * @param universe the universe it was published in
   * @param period its period
   * @param converted the rank in the target's universe
   * @param targetUniverse the target's universe
   */
  record RankConverted(double rank, int universe, ReportingPeriod period, double converted, int targetUniverse)
      implements Rule {}

  /**
   * The baseline chosen by the rule the plan names ({@code baseline: {rule: …}}), listed where the status depends
   * on the baseline.
   *
   * @param rule the plan's rule
   * @param period the period of the observation it chose
   */
  record BaselineByRule(BaselineRule rule, ReportingPeriod period) implements Rule {

    /**
     * Checks the components.
     *
     * @param rule the rule
     * @param period the period
     * @throws NullPointerException if an argument is null
     */
    public BaselineByRule {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(period, "period");
    }
  }

  /**
   * Which observations the trend method used: from the baseline on (a baseline before the phase, or stated by the
   * plan), or all of them (the baseline is the first observation).
   *
   * @param span which observations
   * @param from the period of the first observation used
   * @param observations how many were used
   */
  record TrendObservations(TrendSpan span, ReportingPeriod from, int observations) implements Rule {

    /**
     * Checks the components.
     *
     * @param span the span
     * @param from the first period
     * @param observations the count
     * @throws NullPointerException if an argument is null
     */
    public TrendObservations {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(from, "from");
    }
  }

  /** Which observations a trend method uses. */
  enum TrendSpan {
    /** The observations from the baseline on; earlier ones are left out. */
    FROM_BASELINE,
    /** Every observation of the series (the baseline is its first). */
    ALL
  }

  /**
   * A method the caller chose that does not fit the clause's measure, so the clause kept its default method: a
   * method of compound rates ({@link RateKind#COMPOUND}) needs a measure on a ratio scale, which a rank or a
   * completion is not ({@link MeasureKind#isRatioScale()}).
   *
   * @param methodId the id of the method chosen
   * @param rateKind the kind of rate the method computes
   * @param measureKind the kind of the clause's measure
   */
  record MethodDoesNotFit(String methodId, RateKind rateKind, MeasureKind measureKind) implements Rule {

    /**
     * Checks the components.
     *
     * @param methodId the method id
     * @param rateKind the rate kind
     * @param measureKind the measure kind
     * @throws NullPointerException if an argument is null
     */
    public MethodDoesNotFit {
      Objects.requireNonNull(methodId, "methodId");
      Objects.requireNonNull(rateKind, "rateKind");
      Objects.requireNonNull(measureKind, "measureKind");
    }
  }
}
