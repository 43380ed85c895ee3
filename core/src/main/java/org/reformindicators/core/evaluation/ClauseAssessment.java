package org.reformindicators.core.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.reformindicators.core.observation.ObservationStatus;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.progress.ProgressCategory;
import org.reformindicators.core.progress.ProgressResult;
import org.reformindicators.core.target.BilingualText;
import org.reformindicators.core.target.ClauseId;
import org.reformindicators.core.target.Target;

/**
 * The assessment of one clause of a plan as of a period, such as {@code T1b ON_TRACK}: PAR INDEX rank 39 in
 * 2021 against "25–30 of 63 by 2025", SDSN on track (24 places gained a year where 6.6 are required).
 *
 * <p>Carries the {@link #status()} (with {@link #exceeded()} for a result better than the whole band), the
 * reason when the clause is not assessable or not applicable, the figures behind the status, the progress
 * method's full result (id, parameters, own category, ratio, rates, projection), the explicit rules the engine
 * applied, the breaks in series it saw, and a short explanation in Vietnamese and English. A clause made of
 * several parts (one per breakdown value, one per recurring period, or the judgement up to the day a lapsed
 * clause stopped applying) lists them in {@link #parts()}, each itself a {@code ClauseAssessment} labelled by
 * {@link #part()}.
 *
 * <p>The typed result (status, figures, {@link #cause()}, {@link #requirement()}, {@link #baselineSource()},
 * {@link #rules()}, {@link #methodResult()}) is the content and what {@code equals} compares; {@link
 * #explanation()}, {@link #reason()} and {@link #rulesApplied()} are views rendered by {@link AssessmentRenderer}
 * on first call, never by the engine itself.
 *
 * <p>Figures, all finite when present:
 *
 * <ul>
 *   <li>{@link #targetValue()}: the value the clause requires at its deadline (for a rank, the weaker end of
 *       the band, in the band's universe); {@link #applicableTargetValue()}: the value required as of the
 *       assessment period — on the straight path from the baseline to the deadline where the clause implies
 *       one (a change or an improvement per year, a reduction from a baseline), otherwise the deadline's
 *       value;
 *   <li>{@link #gap()}: how far the latest value falls short of the applicable target, in the indicator's
 *       unit, positive when short, zero or negative when met (sign-adjusted by the desired direction);
 *   <li>{@link #attainmentPercent()}: the share of the way from the baseline to the deadline's target that the
 *       latest value has covered (100 = met; above 100 = beyond; negative = moved away);
 *   <li>{@link #linearProgressPerYear()} and {@link #requiredLinearProgressPerYear()}: linear rates in the
 *       indicator's unit per year from the baseline, sign-adjusted so that positive is progress towards the
 *       target (for a rank, places gained a year); the method's own rates (e.g. Eurostat's compound rate) are in
 *       {@link #methodResult()};
 *   <li>{@link #projection()} with {@link #projectionLower()} and {@link #projectionUpper()}: the method's
 *       projection to the deadline and its interval, where the method gives them, limited to the indicator's
 *       natural range (a percentage within 0–100, a rank within 1..universe, a count at least 0) with a rule
 *       in {@link #rulesApplied()} saying so whenever a figure was limited; the method's own, unlimited figures
 *       stay in {@link #methodResult()}.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ClauseAssessment {

  /** Only the generated implementation extends this type. */
  ClauseAssessment() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the clause id.
   *
   * @return the clause id, e.g. {@code T1b}
   */
  public abstract ClauseId clauseId();

  /**
   * Returns the target assessed.
   *
   * @return the target
   */
  public abstract Target target();

  /**
   * Returns the part this assessment covers when it is a part of a clause: a breakdown value ({@code
   * SECTOR=LAND}), a recurring period ({@code 2022}) or {@code until 2025-06-30} for a lapsed clause.
   *
   * @return the part, or empty for the clause as a whole
   */
  public abstract Optional<ClausePart> part();

  /**
   * Returns the status.
   *
   * @return the status
   */
  public abstract ProgressStatus status();

  /**
   * Tells whether the result is better than the whole target (a rank better than the band's best end, a share
   * above an "at least" threshold); only with {@link ProgressStatus#ACHIEVED}.
   *
   * @return {@code true} when achieved and exceeded
   */
  @Value.Default
  public boolean exceeded() {
    return false;
  }

  /**
   * Returns why the clause is not assessable or not applicable, as data (e.g. the id of a missing external
   * norm; for a lapsed clause, the status judged on the data up to its last applicable day); present for the
   * assessments the engine makes with those two statuses, empty for one read from a document of format version 1
   * (which holds the text only, in {@link #heldReason()}).
   *
   * @return the typed reason, or empty
   */
  public abstract Optional<Reason> cause();

  /**
   * Returns what the clause was judged against: the kind, the deadline and the period judged as of. Present for
   * the assessments the engine makes, empty for one read from a document of format version 1.
   *
   * @return the requirement, or empty
   */
  public abstract Optional<Requirement> requirement();

  /**
   * Returns how the baseline was chosen; present with {@link #baselineValue()} on the assessments the engine
   * makes, empty for one read from a document of format version 1.
   *
   * @return the source of the baseline, or empty
   */
  public abstract Optional<BaselineSource> baselineSource();

  /**
   * Returns every explicit rule the engine applied, as data; empty for an assessment read from a document of
   * format version 1, which holds their text only ({@link #heldRulesApplied()}).
   *
   * @return the rules, in the order applied
   */
  public abstract List<Rule> rules();

  /**
   * Returns the status judged on the data up to the last day a lapsed clause applied (T7b, T9b: district level
   * abolished from 2025-07-01), as data: the {@link Reason.Lapsed#statusUpToLapse()} of the {@link #cause()}.
   *
   * @return the status up to the lapse, or empty when the clause has not lapsed (or was read from format version
   *     1, which holds it only in the text)
   */
  public Optional<ProgressStatus> statusUpToLapse() {
    Optional<Reason> cause = cause();
    return cause.isPresent() && cause.get() instanceof Reason.Lapsed lapsed
        ? Optional.of(lapsed.statusUpToLapse())
        : Optional.empty();
  }

  /**
   * Returns the reason text held by an assessment read from a document of format version 1, which has no
   * typed {@link #cause()}; empty for the assessments the engine makes and those read from version 2.
   *
   * @return the text as written, or empty
   */
  public abstract Optional<BilingualText> heldReason();

  /**
   * Returns the explanation held by an assessment read from a document of format version 1, which has no typed
   * result to render; empty for the assessments the engine makes and those read from version 2.
   *
   * @return the text as written, or empty
   */
  public abstract Optional<BilingualText> heldExplanation();

  /**
   * Returns the rules' text held by an assessment read from a document of format version 1, which has no typed
   * {@link #rules()}; empty for the assessments the engine makes and those read from version 2.
   *
   * @return the texts as written, possibly empty
   */
  public abstract List<BilingualText> heldRulesApplied();

  /**
   * Returns why the clause is not assessable or not applicable; present exactly for those two statuses: the
   * {@link #cause()} as {@link AssessmentRenderer} words it, or the {@link #heldReason()}. Rendered on first
   * call, never by the engine; not part of {@code equals}.
   *
   * @return the reason, or empty
   */
  @Value.Lazy
  public Optional<BilingualText> reason() {
    Optional<BilingualText> held = heldReason();
    return held.isPresent() ? held : cause().map(AssessmentRenderer::reason);
  }

  /**
   * Returns a short explanation of the status: {@link AssessmentRenderer#explanation(ClauseAssessment)} of the
   * typed result, or the {@link #heldExplanation()}. Rendered on first call, never by the engine; not part of
   * {@code equals}.
   *
   * @return the explanation in Vietnamese and English
   */
  @Value.Lazy
  public BilingualText explanation() {
    Optional<BilingualText> held = heldExplanation();
    return held.isPresent() ? held.get() : AssessmentRenderer.explanation(this);
  }

  /**
   * Returns the latest value counted (ending on or before the end of the assessment period; after a deadline,
   * the value judged at the deadline).
   *
   * @return the latest value, or empty when there is none
   */
  public abstract OptionalDouble latestValue();

  /**
   * Returns the period of {@link #latestValue()}.
   *
   * @return the period, or empty
   */
  public abstract Optional<ReportingPeriod> latestPeriod();

  /**
   * Returns the SDMX observation status of the latest value (e.g. {@link ObservationStatus#NORMAL_VALUE}, code
   * {@code A}; {@link ObservationStatus#TIME_SERIES_BREAK}, code {@code B}).
   *
   * @return the status, or empty
   */
  public abstract Optional<ObservationStatus> latestStatus();

  /**
   * Returns the universe of {@link #latestValue()} when it is a rank (e.g. 63 or 34): for a rank converted from
   * another universe, the universe it was converted to (12 of 34 compared as 21.67 of 63 gives 21.67 and 63;
   * the published rank and universe are in {@link #rulesApplied()}).
   *
   * @return the universe, or empty
   */
  public abstract OptionalInt latestUniverse();

  /**
   * Returns the baseline value rates are measured from.
   *
   * @return the baseline value, or empty
   */
  public abstract OptionalDouble baselineValue();

  /**
   * Returns the baseline period.
   *
   * @return the baseline period, or empty
   */
  public abstract Optional<ReportingPeriod> baselinePeriod();

  /**
   * Returns the value the clause requires at its deadline.
   *
   * @return the target value, or empty when the clause names none (qualitative, completion) or it is unknown
   */
  public abstract OptionalDouble targetValue();

  /**
   * Returns the value required as of the assessment period (see the class description).
   *
   * @return the applicable target value, or empty
   */
  public abstract OptionalDouble applicableTargetValue();

  /**
   * Returns the shortfall of the latest value against the applicable target (see the class description).
   *
   * @return the gap, or empty
   */
  public abstract OptionalDouble gap();

  /**
   * Returns the share of the way from the baseline to the target covered, in percent.
   *
   * @return the attainment, or empty
   */
  public abstract OptionalDouble attainmentPercent();

  /**
   * Returns the linear progress per year since the baseline: {@code d · (latest − baseline) / years}, in the
   * indicator's unit per year, where {@code d} is +1 when the clause asks for a rise and −1 when it asks for a
   * fall, so that positive is progress towards the target (for a rank, places gained a year). For a
   * lower-is-better goal this is the negated change of the value (Eurostat and Open SDG publish the change
   * itself).
   *
   * @return the progress per year, or empty (no later value than the baseline)
   */
  public abstract OptionalDouble linearProgressPerYear();

  /**
   * Returns the linear progress per year from the baseline that reaches the target at the deadline: {@code d ·
   * (target − baseline) / years}, signed like {@link #linearProgressPerYear()}.
   *
   * @return the required progress per year, or empty
   */
  public abstract OptionalDouble requiredLinearProgressPerYear();

  /**
   * Returns the method's projection to the deadline, limited to the indicator's natural range.
   *
   * @return the projection, or empty
   */
  public abstract OptionalDouble projection();

  /**
   * Returns the lower end of the projection's interval, limited to the indicator's natural range.
   *
   * @return the lower bound, or empty
   */
  public abstract OptionalDouble projectionLower();

  /**
   * Returns the upper end of the projection's interval, limited to the indicator's natural range.
   *
   * @return the upper bound, or empty
   */
  public abstract OptionalDouble projectionUpper();

  /**
   * Returns the progress method's full result: its id and parameters (so the assessment can be reproduced),
   * its own category and figures.
   *
   * @return the result, or empty when no method was needed (met, deadline passed, qualitative…)
   */
  public abstract Optional<ProgressResult> methodResult();

  /**
   * Returns the progress method's outlook to the deadline for a target already met before it, such as the linear
   * projection of 76.5 in 2025 for 95, 90, 86, 81 in 2021–2024 against "at least 80 by 2025": the status stays
   * {@link ProgressStatus#ACHIEVED} (as Eurostat and Open SDG keep it), and the outlook says whether the trend
   * holds. Its projection, limited to the indicator's natural range, is {@link #projection()}.
   *
   * @return the outlook, or empty when the target is not met early or the method cannot give one
   */
  public abstract Optional<ProgressResult> outlook();

  /**
   * Returns the method's own category, kept beside the status.
   *
   * @return the category, or empty when no method was run
   */
  @Value.Derived
  public Optional<ProgressCategory> methodCategory() {
    return methodResult().map(ProgressResult::category);
  }

  /**
   * Returns the periods of the series used whose observation carries the SDMX status {@code B} (break in
   * series): values before and after may not be comparable.
   *
   * @return the periods, in time order
   */
  public abstract List<ReportingPeriod> seriesBreaks();

  /**
   * Returns every explicit rule the engine applied to this clause (rank-universe conversion, successor-unit
   * data, a lapsed level, the readings of the plan, the method chosen by default), in Vietnamese and English. By
   * default the {@link #rules()} as {@link AssessmentRenderer} words them, or the {@link #heldRulesApplied()}.
   * Rendered on first call, never by the engine; not part of {@code equals}.
   *
   * @return the rules, possibly empty
   */
  @Value.Lazy
  public List<BilingualText> rulesApplied() {
    List<BilingualText> held = heldRulesApplied();
    return held.isEmpty() ? rules().stream().map(AssessmentRenderer::rule).toList() : held;
  }

  /**
   * Returns the parts of the clause (breakdown values, recurring periods, or the judgement up to the day a
   * lapsed clause stopped applying).
   *
   * @return the parts, possibly empty
   */
  public abstract List<ClauseAssessment> parts();

  /**
   * Checks the consistency of the assessment.
   *
   * @throws IllegalArgumentException if {@code exceeded} is set on a status other than {@code ACHIEVED}, a
   *     reason is missing for {@code NOT_ASSESSABLE} or {@code NOT_APPLICABLE} or given for another status, or
   *     a figure is not finite
   */
  @Value.Check
  void check() {
    if (exceeded() && status() != ProgressStatus.ACHIEVED) {
      throw new IllegalArgumentException(
          clauseId() + ": exceeded is only for ACHIEVED, status was " + status());
    }
    boolean needsReason =
        status() == ProgressStatus.NOT_ASSESSABLE || status() == ProgressStatus.NOT_APPLICABLE;
    boolean hasReason = cause().isPresent() || heldReason().isPresent();
    if (needsReason != hasReason) {
      throw new IllegalArgumentException(
          clauseId()
              + ": reason must be given exactly for NOT_ASSESSABLE and NOT_APPLICABLE, status was "
              + status()
              + (hasReason ? " with a reason" : " without a reason"));
    }
    finite("latestValue", latestValue());
    finite("baselineValue", baselineValue());
    finite("targetValue", targetValue());
    finite("applicableTargetValue", applicableTargetValue());
    finite("gap", gap());
    finite("attainmentPercent", attainmentPercent());
    finite("linearProgressPerYear", linearProgressPerYear());
    finite("requiredLinearProgressPerYear", requiredLinearProgressPerYear());
    finite("projection", projection());
    finite("projectionLower", projectionLower());
    finite("projectionUpper", projectionUpper());
  }

  private void finite(String field, OptionalDouble value) {
    if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
      throw new IllegalArgumentException(
          clauseId() + ": " + field + " must be finite when present, was " + value.getAsDouble());
    }
  }

  /**
   * Builds {@link ClauseAssessment} values: one setter per attribute (lists also take {@code add…} and {@code addAll…}),
   * {@code from(…)} to start from an existing value, and {@code build()}, which validates. The implementation
   * is generated and not part of the API.
   *
   * <p>Instances are not thread-safe.
   */
  public static final class Builder extends ImmutableClauseAssessment.Builder {
    Builder() {}
  }
}
