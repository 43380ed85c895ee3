package org.reformindicators.core.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.progress.ProgressResult;
import org.reformindicators.core.target.BaselineChoice;
import org.reformindicators.core.target.BaselineRule;

/**
 * The judgement every measured kind shares once it knows its {@link Goal}: the baseline, the status (met,
 * missed after the deadline, or the progress method's outlook before it), the level required by now, the gap,
 * the attainment, the rates and the projection. The rules are documented on {@link PlanEvaluator}. Not part of
 * the API; stateless and thread-safe.
 */
final class GoalJudge {

  private GoalJudge() {}

  /**
   * Judges a goal on a series.
   *
   * @param fixedBase the baseline the kind fixes, or empty for the default (the last value before the phase)
   * @param extraRules rules of the kind, listed after those of the series
   */
  static ClauseAssessment judge(
      Scope s, Goal goal, Optional<Base> fixedBase, Series series, Frame frame, List<Rule> extraRules) {
    // room for the most rules a judgement adds without growing: breaks, baseline, a method that does not fit, a
    // trend from a break, a fallback and the method used, the trend, a limited projection (8)
    List<Rule> rules = new ArrayList<>(series.rules().size() + extraRules.size() + 8);
    rules.addAll(series.rules());
    rules.addAll(extraRules);
    if (series.blocked().isPresent()) {
      return s.notAssessable(series.blocked().get(), frame, goal.judged(), series, rules);
    }
    List<DataPoint> points = series.points();
    if (points.isEmpty()) {
      return s.notAssessable(s.noData(), frame, goal.judged(), series, rules);
    }
    int baseRuleAt = rules.size();
    Optional<BaselineRule> planRule = Optional.empty();
    Base base;
    if (fixedBase.isPresent()) {
      base = fixedBase.get();
    } else if (s.target.baselineChoice().isPresent()) {
      BaselineChoice choice = s.target.baselineChoice().get();
      Optional<Base> chosen;
      if (choice instanceof BaselineChoice.Stated stated) {
        chosen = s.resolve(stated.baseline(), points);
        if (chosen.isEmpty()) {
          return s.notAssessable(
              new Reason.MissingBaseline(stated.baseline().period()), frame, goal.judged(), series, rules);
        }
      } else {
        planRule = Optional.of(((BaselineChoice.ByRule) choice).rule());
        chosen = ruleBase(s, planRule.get(), points);
        if (chosen.isEmpty()) {
          return s.notAssessable(new Reason.NoValueBeforePhase(s.plan.phase()), frame, goal.judged(), series, rules);
        }
      }
      base = chosen.get();
    } else {
      base = defaultBase(s, points);
    }
    DataPoint latest = points.get(points.size() - 1);
    ReportingPeriod deadline = frame.deadline();
    boolean deadlinePassed = !s.until.endDate().isBefore(deadline.endDate());
    ImmutableClauseAssessment.Builder b =
        s.start(frame, goal.judged())
            .baselineValue(base.value())
            .baselinePeriod(base.period())
            .baselineSource(base.source())
            .targetValue(goal.targetValue());
    List<ReportingPeriod> breaks = new ArrayList<>();
    LocalDate baseEnd = base.period().endDate();
    for (DataPoint p : points) {
      if (!p.end().isBefore(baseEnd) && p.isBreak()) {
        breaks.add(p.period());
      }
    }
    if (!breaks.isEmpty()) {
      rules.add(new Rule.SeriesBreaks(breaks));
    }
    b.seriesBreaks(breaks);
    double horizon = ReportingPeriod.yearsBetween(base.period(), deadline);
    double d = goal.direction().sign();
    ProgressStatus status;
    boolean exceeded = false;
    Optional<Reason> reason = Optional.empty();
    Optional<ProgressResult> method = Optional.empty();
    DataPoint judged = latest;
    if (deadlinePassed) {
      Optional<DataPoint> inPeriod = Points.lastWithin(points, deadline);
      if (inPeriod.isEmpty()) {
        Scope.latest(b, latest);
        return Scope.notAssessable(new Reason.NoValueAtDeadline(deadline), rules, b);
      }
      judged = inPeriod.get();
      if (goal.met().test(judged.value())) {
        status = ProgressStatus.ACHIEVED;
        exceeded = goal.exceeded().test(judged.value());
      } else {
        status = ProgressStatus.NOT_ACHIEVED;
      }
    } else if (goal.met().test(latest.value())) {
      if (frame.judgedInPeriod()) {
        // Already at the required level, but the clause is judged in its period: on track, not yet achieved.
        status = ProgressStatus.ON_TRACK;
      } else {
        // Met before the deadline: achieved, as Eurostat and Open SDG keep it, with the method's outlook beside.
        status = ProgressStatus.ACHIEVED;
        exceeded = goal.exceeded().test(latest.value());
        if (!goal.trendless() && horizon > 0) {
          outlook(s, goal, base, points, deadline, horizon, rules, baseRuleAt, planRule, b);
        }
      }
    } else if (goal.trendless()) {
      status = ProgressStatus.NOT_ASSESSABLE;
      reason = Optional.of(new Reason.YesNoWithoutTrend(deadline));
    } else if (!(horizon > 0)) {
      status = ProgressStatus.NOT_ASSESSABLE;
      reason = Optional.of(new Reason.BaselineNotBeforeDeadline(base.period(), deadline));
      baseRule(s, base, points, rules, baseRuleAt, planRule);
    } else {
      baseRule(s, base, points, rules, baseRuleAt, planRule);
      ProgressResult r = MethodRunner.run(s, goal, base, points, deadline, horizon, rules, false);
      method = Optional.of(r);
      status = ProgressStatus.fromOutlook(r.outlook());
      if (status == ProgressStatus.ACHIEVED) {
        // The method saw the target met: only possible for a value within tolerance; keep the goal's word.
        status = ProgressStatus.ON_TRACK;
      }
      reason = r.reason().map(Reason.MethodCannotAssess::new);
      reportProjection(s, r, latest, b, rules);
    }
    Scope.latest(b, judged);
    double tJudged = ReportingPeriod.yearsBetween(base.period(), judged.period());
    double tNow = ReportingPeriod.yearsBetween(base.period(), deadlinePassed ? deadline : s.until);
    double applicable =
        goal.targetAt() == null || !(horizon > 0)
            ? goal.targetValue()
            : goal.targetAt().applyAsDouble(Math.min(horizon, Math.max(0.0, tNow)));
    b.applicableTargetValue(applicable).gap(d * (applicable - judged.value()));
    if (goal.targetValue() != base.value()) {
      b.attainmentPercent((judged.value() - base.value()) / (goal.targetValue() - base.value()) * 100);
    }
    if (tJudged > 0) {
      b.linearProgressPerYear(d * (judged.value() - base.value()) / tJudged);
    }
    if (horizon > 0) {
      b.requiredLinearProgressPerYear(d * (goal.targetValue() - base.value()) / horizon);
    }
    return b.status(status).exceeded(exceeded).cause(reason).methodResult(method).addAllRules(rules).build();
  }

  /**
   * Reports the method's projection and interval limited to the indicator's natural range (a percentage within
   * 0–100, a rank within 1..universe of the latest value, a count at least 0), saying so in the rules when a
   * figure was limited; the method's own figures stay untouched in its result. Limiting is monotone, so it never
   * changes whether a figure within the range meets the target, and so never contradicts the method's category.
   */
  private static void reportProjection(
      Scope s, ProgressResult r, DataPoint latest, ImmutableClauseAssessment.Builder b, List<Rule> rules) {
    if (r.projection().isEmpty()) {
      return;
    }
    double low = s.indicator.measure().lowerBound().orElse(Double.NEGATIVE_INFINITY);
    double high =
        s.indicator.measure().requiresUniverse()
            ? (latest.universe().isPresent() ? latest.universe().getAsInt() : Double.POSITIVE_INFINITY)
            : s.indicator.measure().upperBound().orElse(Double.POSITIVE_INFINITY);
    double projection = r.projection().getAsDouble();
    double shown = Points.limit(projection, low, high);
    b.projection(shown);
    boolean limited = shown != projection;
    OptionalDouble lower = OptionalDouble.empty();
    OptionalDouble upper = OptionalDouble.empty();
    if (r.projectionLower().isPresent() && r.projectionUpper().isPresent()) {
      lower = r.projectionLower();
      upper = r.projectionUpper();
      double shownLower = Points.limit(lower.getAsDouble(), low, high);
      double shownUpper = Points.limit(upper.getAsDouble(), low, high);
      b.projectionLower(shownLower).projectionUpper(shownUpper);
      limited |= shownLower != lower.getAsDouble() || shownUpper != upper.getAsDouble();
    }
    if (limited) {
      rules.add(
          new Rule.ProjectionLimited(
              Double.isInfinite(low) ? OptionalDouble.empty() : OptionalDouble.of(low),
              Double.isInfinite(high) ? OptionalDouble.empty() : OptionalDouble.of(high),
              projection,
              lower,
              upper));
    }
  }

  /**
   * Runs the method on a target met before its deadline for its outlook to the deadline, which the assessment
   * carries beside its status; an outlook the method cannot give (too few values) is left out with its rules.
   */
  private static void outlook(
      Scope s, Goal goal, Base base, List<DataPoint> points, ReportingPeriod deadline, double horizon,
      List<Rule> rules, int baseRuleAt, Optional<BaselineRule> planRule, ImmutableClauseAssessment.Builder b) {
    int before = rules.size();
    ProgressResult r = MethodRunner.run(s, goal, base, points, deadline, horizon, rules, true);
    if (r.reason().isPresent()) {
      rules.subList(before, rules.size()).clear();
      return;
    }
    b.outlook(r);
    reportProjection(s, r, points.get(points.size() - 1), b, rules);
    baseRule(s, base, points, rules, baseRuleAt, planRule);
  }

  /**
   * States how the baseline was chosen by a rule (the plan's, or the first observation for want of one before
   * the phase), where the status or the outlook depends on the baseline (the method's trend runs from it, or it
   * is too late for a trend): a clause judged by its value alone lists no baseline rule.
   */
  private static void baseRule(
      Scope s, Base base, List<DataPoint> points, List<Rule> rules, int at, Optional<BaselineRule> planRule) {
    if (planRule.isPresent()) {
      rules.add(at, new Rule.BaselineByRule(planRule.get(), base.period()));
    } else if (base.source() == BaselineSource.FIRST_OBSERVATION) {
      rules.add(at, new Rule.FirstObservationAsBaseline(s.plan.phase(), points.get(0).period()));
    }
  }

  /** The baseline a plan's rule chooses, or empty when no observation precedes the phase for the rule to take. */
  static Optional<Base> ruleBase(Scope s, BaselineRule rule, List<DataPoint> points) {
    Base base = defaultBase(s, points);
    if (rule == BaselineRule.FIRST_OBSERVATION) {
      DataPoint first = points.get(0);
      return Optional.of(new Base(first.period(), first.value(), BaselineSource.FIRST_OBSERVATION));
    }
    return base.source() == BaselineSource.LAST_BEFORE_PHASE ? Optional.of(base) : Optional.empty();
  }

  /** The last value before the plan's phase, else the first value. */
  static Base defaultBase(Scope s, List<DataPoint> points) {
    LocalDate phaseStart = s.plan.phase().startDate();
    DataPoint before = null;
    for (DataPoint p : points) {
      if (p.end().isBefore(phaseStart)) {
        before = p;
      }
    }
    if (before != null) {
      return new Base(before.period(), before.value(), BaselineSource.LAST_BEFORE_PHASE);
    }
    DataPoint first = points.get(0);
    return new Base(first.period(), first.value(), BaselineSource.FIRST_OBSERVATION);
  }
}
