package org.reformindicators.core.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.Indicator;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.target.Baseline;
import org.reformindicators.core.target.RankUniverseRule;
import org.reformindicators.core.target.Target;
import org.reformindicators.core.target.TargetKind;

/**
 * One clause evaluated as of one period: the data it sees and the steps every kind shares. Created per clause,
 * never shared. Not part of the API; holds no mutable state.
 */
final class Scope {

  final Plan plan;
  final ObservationSet observations;
  final EvaluationSettings settings;
  final RankUniverseRule universeRule;
  final Target target;
  final ReportingPeriod until;
  final Indicator indicator;
  /** The plan's readings that govern the clause, as a rule ({@link #readings(Target)}), or empty. */
  private final Optional<Rule> readings;
  /** The series this evaluation has loaded so far, shared by the clauses of one plan and unit. */
  private final LoadedSeries loaded;

  /** A scope of its own: the readings rule derived here, series loaded afresh. */
  Scope(
      Plan plan,
      ObservationSet observations,
      EvaluationSettings settings,
      Target target,
      Indicator indicator,
      ReportingPeriod until) {
    this(plan, observations, settings, target, indicator, until, readings(target), new LoadedSeries());
  }

  /**
   * A scope within an evaluation of a plan: the readings rule derived once per plan, the series shared with the
   * other clauses evaluated against the same plan, observations and settings.
   */
  Scope(
      Plan plan,
      ObservationSet observations,
      EvaluationSettings settings,
      Target target,
      Indicator indicator,
      ReportingPeriod until,
      Optional<Rule> readings,
      LoadedSeries loaded) {
    this.plan = plan;
    this.observations = observations;
    this.settings = settings;
    this.universeRule = settings.rankUniverseRule().orElse(plan.rankUniverseRule());
    this.target = target;
    this.until = until;
    this.indicator = indicator;
    this.readings = readings;
    this.loaded = loaded;
  }

  /** The breakdown of the series to read: the clause's own value, then those of the frame. */
  BreakdownKey breakdown(Frame frame) {
    if (frame.extraBreakdown().isEmpty()) {
      return target.breakdown().orElse(BreakdownKey.TOTAL);
    }
    Map<String, String> map = new LinkedHashMap<>();
    target.breakdown().ifPresent(b -> map.putAll(b.asMap()));
    map.putAll(frame.extraBreakdown());
    return BreakdownKey.of(map);
  }

  Series load(Frame frame) {
    return loaded.load(this, breakdown(frame));
  }

  Series toUniverse(Series series, int universe) {
    return SeriesLoader.toUniverse(series, universe, universeRule);
  }

  /** The baseline: the value the plan states, else the observation of the baseline period. */
  Optional<Base> resolve(Baseline baseline, List<DataPoint> points) {
    if (baseline.value().isPresent()) {
      return Optional.of(new Base(baseline.period(), baseline.value().getAsDouble(), BaselineSource.STATED));
    }
    return Points.at(points, baseline.period())
        .map(p -> new Base(baseline.period(), p.value(), BaselineSource.BASELINE_PERIOD));
  }

  /**
   * A builder with the clause, the part and what it is judged against; for the clause as a whole, the plan's
   * readings that govern it are its first rule.
   */
  ImmutableClauseAssessment.Builder start(Frame frame, TargetKind judged) {
    ImmutableClauseAssessment.Builder b =
        ClauseAssessment.builder()
            .clauseId(target.clauseId())
            .target(target)
            .part(frame.part())
            .requirement(new Requirement(judged, frame.deadline(), frame.judgedInPeriod(), until));
    if (frame.part().isEmpty()) {
      readings.ifPresent(b::addRules);
    }
    return b;
  }

  /** The plan's readings that govern a clause, as a rule, or empty when none does. */
  static Optional<Rule> readings(Target target) {
    if (target.readings().isEmpty()) {
      return Optional.empty();
    }
    List<String> ids = new ArrayList<>(target.readings().size());
    target.readings().forEach(r -> ids.add(r.id()));
    return Optional.of(new Rule.ReadingsApplied(ids));
  }

  ClauseAssessment notAssessable(Reason reason, Frame frame, TargetKind judged, Series series) {
    return notAssessable(reason, frame, judged, series, new ArrayList<>(series.rules()));
  }

  /** NOT_ASSESSABLE with the latest value of the series, if any. */
  ClauseAssessment notAssessable(Reason reason, Frame frame, TargetKind judged, Series series, List<Rule> rules) {
    ImmutableClauseAssessment.Builder b = start(frame, judged);
    series.latest().ifPresent(latest -> latest(b, latest));
    return notAssessable(reason, rules, b);
  }

  static ClauseAssessment notAssessable(Reason reason, List<Rule> rules, ImmutableClauseAssessment.Builder b) {
    return b.status(ProgressStatus.NOT_ASSESSABLE).cause(reason).addAllRules(rules).build();
  }

  /** Sets the latest value, its period, status and universe. */
  static void latest(ImmutableClauseAssessment.Builder b, DataPoint p) {
    b.latestValue(p.value()).latestPeriod(p.period()).latestStatus(p.status());
    Points.boxed(p.universe()).ifPresent(b::latestUniverse);
  }

  Reason noData() {
    return new Reason.NoData(target.indicatorCode(), plan.unitCode(), until);
  }
}
