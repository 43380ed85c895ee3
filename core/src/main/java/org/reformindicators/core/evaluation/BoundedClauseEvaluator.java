package org.reformindicators.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.ToDoubleFunction;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.Indicator;
import org.reformindicators.core.observation.Bound;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.observation.ObservationStatus;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.target.Target;

/**
 * Judges a clause whose series holds values published only as a {@link Bound} (a PCI rank "worse than 30 of 63",
 * {@code 31–63}): a layer over {@link ClauseEvaluator} that leaves every evaluator as it is.
 *
 * <p>A clause without a bounded value of its indicator for the plan's unit, up to the end of {@code asOf}, is
 * judged as before. Otherwise it is judged twice, once with every such bounded value at its lower end and once at
 * its upper end, each end taken as a value of status {@code A} (the kind, the method and every rule run as for any
 * value). When the two judgements agree (status, the method's category and a lapsed clause's status up to its
 * lapse) that status is given, flagged {@code exceeded} only when both ends exceed the target, with a {@link
 * Reason.BoundedValue} among the rules and only the figures that are the same at both ends; otherwise the clause is {@link ProgressStatus#NOT_ASSESSABLE}
 * with the {@link Reason.BoundedValue} as its reason. For a monotone rule (a threshold, a band, a rank band) the
 * two ends decide every value within the bound. A bounded value of another indicator (a nested share's parent)
 * is not used.
 *
 * <p>Created per evaluation, never shared; thread-safe as it holds no mutable state. Not part of the API.
 */
final class BoundedClauseEvaluator {

  private final Plan plan;
  private final ObservationSet observations;
  private final EvaluationSettings settings;
  private final ReportingPeriod asOf;
  private final ClauseEvaluator plain;

  BoundedClauseEvaluator(Plan plan, ObservationSet observations, EvaluationSettings settings, ReportingPeriod asOf) {
    this.plan = plan;
    this.observations = observations;
    this.settings = settings;
    this.asOf = asOf;
    this.plain = new ClauseEvaluator(plan, observations, settings, asOf);
  }

  /**
   * Evaluates one clause.
   *
   * @param readings the rule naming the plan's readings that govern the clause ({@link Scope#readings(Target)})
   */
  ClauseAssessment evaluate(Target target, Indicator indicator, Optional<Rule> readings) {
    List<Observation> bounded = boundedOf(indicator);
    if (bounded.isEmpty()) {
      return plain.evaluate(target, indicator, readings);
    }
    ClauseAssessment low = new ClauseEvaluator(plan, atEnds(bounded, Bound::lower), settings, asOf)
        .evaluate(target, indicator, readings);
    ClauseAssessment high = new ClauseEvaluator(plan, atEnds(bounded, Bound::upper), settings, asOf)
        .evaluate(target, indicator, readings);
    Observation latest = bounded.get(bounded.size() - 1);
    Bound bound = latest.bound().orElseThrow();
    Reason.BoundedValue named = new Reason.BoundedValue(
        latest.indicator(), latest.period(), bound.lower(), bound.upper(), low.status(), high.status());
    if (agree(low, high)) {
      return agreed(low, high, named);
    }
    return ClauseAssessment.builder()
        .clauseId(target.clauseId())
        .target(target)
        .status(ProgressStatus.NOT_ASSESSABLE)
        .cause(named)
        .requirement(low.requirement())
        .latestPeriod(same(low.latestPeriod(), high.latestPeriod()))
        .latestUniverse(low.latestUniverse().equals(high.latestUniverse()) ? low.latestUniverse()
            : OptionalInt.empty())
        .addAllRules(readings.stream().toList())
        .addRules(named)
        .build();
  }

  /** The bounded observations of the clause's indicator for the plan's unit up to the end of the as-of period. */
  private List<Observation> boundedOf(Indicator indicator) {
    List<Observation> all = observations.boundedObservations();
    if (all.isEmpty()) {
      return List.of();
    }
    UnitCode unit = plan.unitCode();
    List<Observation> found = new ArrayList<>();
    for (Observation o : all) {
      if (o.indicator().equals(indicator.code())
          && o.unit().equals(unit)
          && !o.period().endDate().isAfter(asOf.endDate())) {
        found.add(o);
      }
    }
    found.sort((a, b) -> a.period().endDate().compareTo(b.period().endDate()));
    return found;
  }

  /** The plan unit's observations with each bounded one replaced by one end of its bound. */
  private ObservationSet atEnds(List<Observation> bounded, ToDoubleFunction<Bound> end) {
    UnitCode unit = plan.unitCode();
    ObservationSet.Builder set = ObservationSet.builder();
    for (Observation o : observations.filter(o -> o.unit().equals(unit) && o.bound().isEmpty()).observations()) {
      set.add(o);
    }
    for (Observation o : bounded) {
      ObservationStatus status = o.status().isMissing() ? ObservationStatus.NORMAL_VALUE : o.status();
      set.add(Observation.builder()
          .from(o)
          .bound(Optional.empty())
          .status(status)
          .value(end.applyAsDouble(o.bound().orElseThrow()))
          .build());
    }
    return set.build();
  }

  private static boolean agree(ClauseAssessment low, ClauseAssessment high) {
    return low.status() == high.status()
        && low.methodCategory().equals(high.methodCategory())
        && low.statusUpToLapse().equals(high.statusUpToLapse());
  }

  /** The agreed judgement: the status, the rule, and the figures that are the same at both ends. */
  private static ClauseAssessment agreed(ClauseAssessment low, ClauseAssessment high, Reason.BoundedValue named) {
    List<Rule> rules = new ArrayList<>(low.rules());
    rules.add(named);
    return ClauseAssessment.builder()
        .from(low)
        .rules(rules)
        .exceeded(low.exceeded() && high.exceeded())
        .latestValue(same(low.latestValue(), high.latestValue()))
        .baselineValue(same(low.baselineValue(), high.baselineValue()))
        .targetValue(same(low.targetValue(), high.targetValue()))
        .applicableTargetValue(same(low.applicableTargetValue(), high.applicableTargetValue()))
        .gap(same(low.gap(), high.gap()))
        .attainmentPercent(same(low.attainmentPercent(), high.attainmentPercent()))
        .linearProgressPerYear(same(low.linearProgressPerYear(), high.linearProgressPerYear()))
        .requiredLinearProgressPerYear(
            same(low.requiredLinearProgressPerYear(), high.requiredLinearProgressPerYear()))
        .projection(same(low.projection(), high.projection()))
        .projectionLower(same(low.projectionLower(), high.projectionLower()))
        .projectionUpper(same(low.projectionUpper(), high.projectionUpper()))
        .methodResult(low.methodResult().equals(high.methodResult()) ? low.methodResult() : Optional.empty())
        .build();
  }

  private static OptionalDouble same(OptionalDouble a, OptionalDouble b) {
    return a.equals(b) ? a : OptionalDouble.empty();
  }

  private static <T> Optional<T> same(Optional<T> a, Optional<T> b) {
    return a.equals(b) ? a : Optional.empty();
  }
}
