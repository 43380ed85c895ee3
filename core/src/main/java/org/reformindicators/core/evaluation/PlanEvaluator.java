package org.reformindicators.core.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Consumer;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.Indicator;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.plan.Plan;

/**
 * The evaluation engine, such as {@code PlanEvaluator.defaults().evaluate(plan, observations,
 * CalendarYear.of(2022))}: the progress status of every clause of a plan as of a period.
 *
 * <p><b>Which data count.</b> Only the plan's unit ({@link Plan#unitCode()}); the clause's indicator, restricted
 * to the clause's breakdown value if it has one; observations with a value whose period ends on or before the
 * end of {@code asOf} (later observations are ignored, so adding one never changes the result). Without {@code
 * asOf} the latest period of the plan's own clause series is used (so a report on fixed data never drifts with the clock, and a
 * result no clause reads never moves it);
 * for an empty set, the first year of the plan's phase. Of several observations ending on the same day the
 * shorter period counts. Successor-unit data is used only by the explicit rule of {@link EvaluationSettings}.
 *
 * <p><b>How a measured clause is judged</b> ({@code docs/methods.md}; the readings of Decision 1256/QĐ-UBND that {@code docs/plan-1256-model.md} states):
 *
 * <ol>
 *   <li>No value → {@link ProgressStatus#NOT_ASSESSABLE}.
 *   <li>Deadline passed ({@code asOf} ends on or after the deadline's end): the value judged is the latest one
 *       ending within the deadline period; met → {@link ProgressStatus#ACHIEVED} (flagged {@code exceeded} when
 *       better than the whole target), otherwise {@link ProgressStatus#NOT_ACHIEVED}; no value in the deadline
 *       period → {@code NOT_ASSESSABLE}.
 *   <li>Before the deadline, a latest value that meets the target → {@code ACHIEVED}; for a milestone (T1e) or a
 *       recurring period still to come, which are judged in their own period, → {@link ProgressStatus#ON_TRACK}.
 *   <li>Otherwise the progress method (chosen as {@link EvaluationSettings} documents) is run on the values from
 *       the baseline to {@code asOf}, towards the deadline's target value, and its outlook gives the status
 *       ({@link ProgressStatus#fromOutlook}); its category and figures are kept in the assessment. A projection and
 *       its interval are reported within the indicator's natural range (0–100 for a percentage, 1..universe
 *       for a rank: a straight line through three ranks may otherwise "predict" rank −300), with a rule saying
 *       so; for a target within that range, limiting never changes which side of the target a figure lies
 *       on. A yes/no completion not yet done has no trend: {@code NOT_ASSESSABLE} with that reason.
 * </ol>
 *
 * <p><b>Baselines.</b> A kind with a baseline (a change per year along a trajectory, an improvement in rank per
 * year, a reduction) measures from it: the value the plan states, else the observation of that period (missing →
 * {@code NOT_ASSESSABLE}). Other kinds measure from the last result before the plan's phase (2020 for the phase
 * 2021–2025), or, when there is none, from the first observation, which the assessment states.
 *
 * <p><b>Kinds.</b> Threshold (direction from its comparison; "exactly" follows the indicator); two-sided band;
 * rank band (lower is better, met at its weaker end, exceeded above its best end); improvement in rank per year
 * (target rank = baseline − minimum × years, never better than 1st place, which the assessment states; the path
 * between them the applicable target); change per year
 * (along a trajectory, the capped path of {@link org.reformindicators.core.target.ChangePerYear#requiredValue}
 * from its base; year on year, the rise from the previous period's actual value); reduction from a
 * baseline (straight path to the reduced value); completion (1 = done); recurring (each period judged on its own
 * value once it has ended, the next period by trend; any period not achieved → {@code NOT_ACHIEVED}, any ended
 * period not assessable → {@code NOT_ASSESSABLE}, all ended and achieved → {@code ACHIEVED}); nested share (as a
 * threshold on the share, with the implied share of the whole); breakdown (one part per breakdown value, the
 * clause takes its most worrying part's status, {@link ProgressStatus#severity()}); external threshold (the norm
 * from {@link EvaluationSettings#externalNorms()}, missing → {@code NOT_ASSESSABLE}); qualitative → {@link
 * ProgressStatus#MANUAL}.
 *
 * <p><b>Ranks across universes.</b> Each rank observation carries its universe. A rank published in another
 * universe than the target's (34 after 2025-07-01, 61 when provinces went unscored) is converted only by the
 * plan's {@link org.reformindicators.core.target.RankUniverseRule} (or the settings' override): {@code
 * RELATIVE_POSITION} maps rank r of N to 1 + (r − 1)/(N − 1) · (U − 1) and the assessment says so; {@code
 * SAME_UNIVERSE_ONLY} leaves the rank out, saying so, and a clause whose latest rank is left out is {@code
 * NOT_ASSESSABLE}.
 *
 * <p><b>Lapsed clauses.</b> A clause not applicable from a date on or before the end of {@code asOf} (T7b, T9b:
 * district level from 2025-07-01) is {@link ProgressStatus#NOT_APPLICABLE}; its judgement on the data up to the
 * day before is kept as its only part.
 *
 * <p><b>Breaks in series</b> (SDMX status {@code B}: from 2022 Decree 42/2022/NĐ-CP counts "full-process and
 * partial" online services instead of "level 3 and 4", T10a/T10c, the plan's reading {@code
 * ONLINE_SERVICE_LEVELS_BREAK}) are listed in {@link ClauseAssessment#seriesBreaks()} and explained. Values before
 * a break measure a different definition, so a trend fitted across it mixes two quantities (a fall at the break
 * reads as a decline that never happened). The progress method (its trend, rates and projection) therefore uses
 * only the observations from the latest break after the baseline onwards: the break observation itself starts the
 * new series, as its base at time 0, and the horizon runs from it to the deadline. This applies when at least the
 * method's minimum number of observations remain: a chosen method's {@link
 * org.reformindicators.core.progress.ProgressMethod#minimumObservations()} (2 unless the method needs more: a
 * base and one later value), and for the default choice the linear
 * projection's minimum, 3 ({@link
 * org.reformindicators.core.progress.LinearProjectionMethod#DEFAULT_MINIMUM_OBSERVATIONS}).
 * With fewer, the method runs on the whole series as before. Either way a rule in {@link
 * ClauseAssessment#rulesApplied()} states which was done. Only the method's input changes: baselines the target
 * kind itself defines (a reduction from a fixed baseline period, a change per year along a trajectory, an
 * improvement in rank per year), the target value and path derived from them, and the assessment's own figures
 * measured from the clause's baseline (baseline, attainment, gap, actual and required annual rates) are not
 * affected; the method's result ({@link ClauseAssessment#methodResult()}) carries the rates of the new series.
 *
 * <p><b>Bounded values.</b> A value published only as a bound (a PCI rank "worse than 30 of 63" from PCI 2023,
 * {@link org.reformindicators.core.observation.Observation#bound()}) is judged at both ends: the clause is judged
 * with every bounded value of its series at its lower ends and again at its upper ends, and a status is given only
 * when the two agree; otherwise the clause is {@code NOT_ASSESSABLE} with a {@link Reason.BoundedValue} naming the
 * bound. With a rank "31–63 of 63 in 2023", a clause "10–20 of 63 in 2023" is {@code NOT_ACHIEVED} and "rank 35 or
 * better in 2023" is {@code NOT_ASSESSABLE}.
 *
 * <p><b>Never an exception from inside the engine</b> for data that do not fit a clause (a completion recorded
 * as 0.5, a relative rise from zero…): the clause is {@code NOT_ASSESSABLE} with the problem as reason, and no
 * figure is ever {@code NaN}.
 *
 * <p>Stateless, immutable and thread-safe: evaluating many plans or units is a loop or a stream over one
 * instance.
 */
public final class PlanEvaluator {

  private static final PlanEvaluator DEFAULTS = new PlanEvaluator(EvaluationSettings.defaults());

  private final EvaluationSettings settings;

  private PlanEvaluator(EvaluationSettings settings) {
    this.settings = settings;
  }

  /**
   * Returns the engine with the default settings.
   *
   * @return the engine
   */
  public static PlanEvaluator defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the engine with the given settings.
   *
   * @param settings the settings
   * @return the engine
   * @throws NullPointerException if {@code settings} is null
   */
  public static PlanEvaluator of(EvaluationSettings settings) {
    return new PlanEvaluator(Objects.requireNonNull(settings, "settings"));
  }

  /**
   * Returns the settings.
   *
   * @return the settings
   */
  public EvaluationSettings settings() {
    return settings;
  }

  /**
   * Evaluates a plan as of a period.
   *
   * @param plan the plan
   * @param observations the observations (of any units; only the plan's unit is read)
   * @param asOf the period the assessment is as of
   * @return the assessment, one clause assessment per clause in plan order
   * @throws NullPointerException if an argument is null
   */
  public PlanAssessment evaluate(Plan plan, ObservationSet observations, ReportingPeriod asOf) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(asOf, "asOf");
    return run(plan, observations, asOf, false);
  }

  /**
   * Evaluates a plan as of the latest period of its own clause series: the plan's unit and the indicators its
   * clauses read (issue 16: a related result, such as a Decision 766 rank of July 2025 that no clause reads, does not
   * move it); without such observations, the latest period present in the observations; for an empty set, the
   * first year of the plan's phase.
   *
   * @param plan the plan
   * @param observations the observations
   * @return the assessment
   * @throws NullPointerException if an argument is null
   */
  public PlanAssessment evaluate(Plan plan, ObservationSet observations) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(observations, "observations");
    // The latest period of the plan's own clause series: results no clause reads (a related index) never move it.
    Set<IndicatorCode> read = new HashSet<>();
    for (Indicator indicator : PlanClauses.of(plan).indicators()) {
      read.add(indicator.code());
    }
    ReportingPeriod asOf =
        observations.filter(o -> o.unit().equals(plan.unitCode()) && read.contains(o.indicator()))
            .latestPeriod()
            .or(observations::latestPeriod)
            .orElseGet(() -> CalendarYear.of(plan.phase().firstYear()));
    return run(plan, observations, asOf, true);
  }

  /**
   * Evaluates a plan template for one unit as of a period: the template applied to the unit ({@link
   * Plan#withUnitCode(org.reformindicators.core.area.UnitCode)}) with the unit's successor facts ({@link
   * EvaluationSettings#forUnit(AdministrativeUnit)}); exactly {@code PlanEvaluator.of(settings().forUnit(unit)).evaluate(
   * plan.withUnitCode(unit.code()), observations, asOf)}. Observations are found by the unit's code; data under
   * that code after the unit's last day are the successor's (see {@link EvaluationSettings}).
   *
   * @param plan the plan as written, for any unit
   * @param unit the unit, a code with its validity
   * @param observations the observations (of any units; only the unit's are read)
   * @param asOf the period the assessment is as of
   * @return the assessment, naming its unit
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the unit's code is not a plan unit code (2 to 5 digits)
   */
  public UnitAssessment evaluate(Plan plan, AdministrativeUnit unit, ObservationSet observations, ReportingPeriod asOf) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(asOf, "asOf");
    return evaluate(plan, PlanClauses.of(plan), unit, observations, asOf, settings.forUnit(unit));
  }

  private static UnitAssessment evaluate(
      Plan plan,
      PlanClauses clauses,
      AdministrativeUnit unit,
      ObservationSet observations,
      ReportingPeriod asOf,
      EvaluationSettings unitSettings) {
    Plan forUnit = plan.withUnitCode(unit.code());
    return new UnitAssessment(unit, run(forUnit, clauses, observations, asOf, false, unitSettings));
  }

  /**
   * Evaluates a plan template for many units in one call, handing each unit's assessment to a consumer as soon
   * as it is made, in the order of {@code units}, so that only one unit's assessment need be held (3,321 communes
   * written to a stream). Each result equals {@link #evaluate(Plan, AdministrativeUnit, ObservationSet,
   * ReportingPeriod)} for that unit. Each unit's series are found through the set's index by indicator, unit and
   * breakdown: the cost grows with the number of units times the number of clauses, never with the size of the
   * set.
   *
   * @param plan the plan as written, for any unit
   * @param units the units, each a code with its validity, distinct
   * @param observations the observations of all the units
   * @param asOf the period every unit is assessed as of
   * @param consumer receives each unit's assessment, in the order of {@code units}
   * @throws NullPointerException if an argument or a unit is null
   * @throws IllegalArgumentException if a unit's code is not a plan unit code (2 to 5 digits), or a unit appears
   *     twice; units before it have been handed over
   */
  public void evaluateEach(
      Plan plan,
      List<? extends AdministrativeUnit> units,
      ObservationSet observations,
      ReportingPeriod asOf,
      Consumer<? super UnitAssessment> consumer) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(consumer, "consumer");
    PlanClauses clauses = PlanClauses.of(plan);
    // The settings of every unit still valid (no last day) are the same: settings.forUnit depends on the unit's
    // last day and successors only, so they are made once and shared.
    EvaluationSettings openUnits = null;
    Set<AdministrativeUnit> seen = new HashSet<>();
    for (AdministrativeUnit unit : units) {
      if (!seen.add(Objects.requireNonNull(unit, "unit"))) {
        throw new IllegalArgumentException(
            "units must be distinct, was " + unit.code() + " [" + unit.validity() + "] twice");
      }
      EvaluationSettings unitSettings;
      if (unit.validUntil().isPresent()) {
        unitSettings = settings.forUnit(unit);
      } else {
        if (openUnits == null) {
          openUnits = settings.forUnit(unit);
        }
        unitSettings = openUnits;
      }
      consumer.accept(evaluate(plan, clauses, unit, observations, asOf, unitSettings));
    }
  }

  /**
   * Evaluates a plan template for many units in one call and keeps every result; see {@link #evaluateEach(Plan,
   * List, ObservationSet, ReportingPeriod, Consumer)}, which holds one at a time.
   *
   * @param plan the plan as written, for any unit
   * @param units the units, each a code with its validity, distinct
   * @param observations the observations of all the units
   * @param asOf the period every unit is assessed as of
   * @return the assessments, one per unit in the order given
   * @throws NullPointerException if an argument or a unit is null
   * @throws IllegalArgumentException if a unit's code is not a plan unit code (2 to 5 digits), or a unit appears
   *     twice
   */
  public PlanAssessments evaluateEach(
      Plan plan, List<? extends AdministrativeUnit> units, ObservationSet observations, ReportingPeriod asOf) {
    List<UnitAssessment> out = new ArrayList<>(units.size());
    evaluateEach(plan, units, observations, asOf, out::add);
    return new PlanAssessments(plan, asOf, settings, out);
  }

  private PlanAssessment run(Plan plan, ObservationSet observations, ReportingPeriod asOf, boolean fromData) {
    PlanAssessment assessment = run(plan, PlanClauses.of(plan), observations, asOf, fromData, settings);
    Optional<EvaluationWarning> unmatched = unmatchedRows(plan, observations);
    return unmatched.isEmpty() ? assessment : PlanAssessment.builder().from(assessment).warnings(List.of(unmatched.get())).build();
  }

  /**
   * A warning when there are observations but none of the plan's unit. Only the evaluation of one plan checks it:
   * a template evaluated for many units expects most rows to be of other units.
   */
  static Optional<EvaluationWarning> unmatchedRows(Plan plan, ObservationSet observations) {
    if (observations.isEmpty()) {
      return Optional.empty();
    }
    SortedSet<UnitCode> units = observations.units();
    if (units.contains(plan.unitCode())) {
      return Optional.empty();
    }
    List<UnitCode> seen = new ArrayList<>();
    for (UnitCode unit : units) {
      if (seen.size() == EvaluationWarning.UNITS_LISTED) {
        break;
      }
      seen.add(unit);
    }
    return Optional.of(new EvaluationWarning.UnmatchedRows(observations.size(), plan.unitCode(), seen, units.size()));
  }

  /**
   * Evaluates every clause of a plan; {@code planClauses} are the plan's own or its template's (the same targets,
   * resolved once for every unit).
   */
  private static PlanAssessment run(
      Plan plan,
      PlanClauses planClauses,
      ObservationSet observations,
      ReportingPeriod asOf,
      boolean fromData,
      EvaluationSettings settings) {
    BoundedClauseEvaluator evaluator = new BoundedClauseEvaluator(plan, observations, settings, asOf);
    List<ClauseAssessment> clauses = new ArrayList<>(planClauses.size());
    for (int i = 0; i < planClauses.size(); i++) {
      clauses.add(
          evaluator.evaluate(
              planClauses.targets().get(i), planClauses.indicators().get(i), planClauses.readings().get(i)));
    }
    return PlanAssessment.builder()
        .plan(plan)
        .asOf(asOf)
        .asOfFromData(fromData)
        .settings(settings)
        .clauses(clauses)
        .build();
  }

  @Override
  public String toString() {
    return "PlanEvaluator" + settings;
  }
}
