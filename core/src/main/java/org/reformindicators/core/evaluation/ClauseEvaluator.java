package org.reformindicators.core.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reformindicators.core.indicator.Indicator;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.period.CalendarDay;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.target.Band;
import org.reformindicators.core.target.Breakdown;
import org.reformindicators.core.target.ChangePerYear;
import org.reformindicators.core.target.Completion;
import org.reformindicators.core.target.ExternalThreshold;
import org.reformindicators.core.target.NestedShare;
import org.reformindicators.core.target.NotApplicable;
import org.reformindicators.core.target.Qualitative;
import org.reformindicators.core.target.RankBand;
import org.reformindicators.core.target.RankImprovementPerYear;
import org.reformindicators.core.target.Recurring;
import org.reformindicators.core.target.ReductionFromBaseline;
import org.reformindicators.core.target.Target;
import org.reformindicators.core.target.TargetKind;
import org.reformindicators.core.target.Threshold;

/**
 * Evaluates the clauses of one plan against one observation set as of one period, handing each kind to its
 * evaluator ({@link LevelEvaluator}, {@link BaselineEvaluator}, {@link ChangeEvaluator}, {@link
 * RecurringEvaluator}, {@link BreakdownEvaluator}). Created per call of {@link PlanEvaluator}, never shared; holds
 * no mutable state, so it is thread-safe anyway. Not part of the API.
 *
 * <p>The rules are documented on {@link PlanEvaluator}.
 */
final class ClauseEvaluator {

  private final Plan plan;
  private final ObservationSet observations;
  private final EvaluationSettings settings;
  private final ReportingPeriod asOf;
  /** The series loaded so far: every clause of this evaluation reads the same unit, set and settings. */
  private final LoadedSeries loaded = new LoadedSeries();

  ClauseEvaluator(Plan plan, ObservationSet observations, EvaluationSettings settings, ReportingPeriod asOf) {
    this.plan = plan;
    this.observations = observations;
    this.settings = settings;
    this.asOf = asOf;
  }

  /**
   * Evaluates one clause; never throws for data that do not fit, returning NOT_ASSESSABLE instead. The plan's
   * readings that govern the clause ({@code readings}, {@link Scope#readings(Target)} derived once per plan) are
   * listed first among the rules applied.
   */
  ClauseAssessment evaluate(Target target, Indicator indicator, Optional<Rule> readings) {
    try {
      Optional<NotApplicable> lapse = target.notApplicable();
      if (lapse.isPresent() && !asOf.endDate().isBefore(lapse.get().from())) {
        LocalDate lastDay = lapse.get().lastApplicableDay();
        Scope upToLapse =
            new Scope(plan, observations, settings, target, indicator, CalendarDay.of(lastDay), readings, loaded);
        ClauseAssessment before = assess(upToLapse, target, Optional.of(new ClausePart.UpTo(lastDay)));
        return notApplicable(target, lapse.get(), before, readings);
      }
      return assess(
          new Scope(plan, observations, settings, target, indicator, asOf, readings, loaded),
          target,
          Optional.empty());
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      return ClauseAssessment.builder()
          .clauseId(target.clauseId())
          .target(target)
          .status(ProgressStatus.NOT_ASSESSABLE)
          .cause(new Reason.DataDoNotFit(e.getMessage()))
          .addAllRules(readings.stream().toList())
          .build();
    }
  }

  private static ClauseAssessment assess(Scope scope, Target target, Optional<ClausePart> part) {
    return assess(scope, target.kind(), new Frame(target.deadline(), target.isMilestone(), part, Map.of()));
  }

  /** A lapsed clause: NOT_APPLICABLE, with its judgement up to the last applicable day as data and as a part. */
  private ClauseAssessment notApplicable(
      Target target, NotApplicable lapse, ClauseAssessment before, Optional<Rule> readings) {
    Reason.Lapsed lapsed = new Reason.Lapsed(lapse, before.status());
    return ClauseAssessment.builder()
        .clauseId(target.clauseId())
        .target(target)
        .status(ProgressStatus.NOT_APPLICABLE)
        .cause(lapsed)
        .requirement(new Requirement(target.kind(), target.deadline(), target.isMilestone(), asOf))
        .latestValue(before.latestValue())
        .latestPeriod(before.latestPeriod())
        .latestStatus(before.latestStatus())
        .addAllRules(readings.stream().toList())
        .addRules(lapsed)
        .addParts(before)
        .build();
  }

  /** Judges one kind in one frame: the dispatch to the kind's evaluator. */
  static ClauseAssessment assess(Scope s, TargetKind kind, Frame frame) {
    return kind.accept(
        new TargetKind.Visitor<ClauseAssessment>() {
          @Override
          public ClauseAssessment visit(Threshold k) {
            return LevelEvaluator.threshold(s, k, frame);
          }

          @Override
          public ClauseAssessment visit(Band k) {
            return LevelEvaluator.band(s, k, frame);
          }

          @Override
          public ClauseAssessment visit(RankBand k) {
            return LevelEvaluator.rankBand(s, k, frame);
          }

          @Override
          public ClauseAssessment visit(RankImprovementPerYear k) {
            return BaselineEvaluator.rankImprovement(s, k, frame);
          }

          @Override
          public ClauseAssessment visit(ChangePerYear k) {
            return ChangeEvaluator.changePerYear(s, k, frame);
          }

          @Override
          public ClauseAssessment visit(ReductionFromBaseline k) {
            return BaselineEvaluator.reduction(s, k, frame);
          }

          @Override
          public ClauseAssessment visit(Completion k) {
            return LevelEvaluator.completion(s, k, frame);
          }

          @Override
          public ClauseAssessment visit(Recurring k) {
            return RecurringEvaluator.recurring(s, k, frame);
          }

          @Override
          public ClauseAssessment visit(NestedShare k) {
            return LevelEvaluator.nestedShare(s, k, frame);
          }

          @Override
          public ClauseAssessment visit(Breakdown k) {
            return BreakdownEvaluator.breakdown(s, k, frame);
          }

          @Override
          public ClauseAssessment visit(ExternalThreshold k) {
            return LevelEvaluator.externalThreshold(s, k, frame);
          }

          @Override
          public ClauseAssessment visit(Qualitative k) {
            return s.start(frame, k).status(ProgressStatus.MANUAL).build();
          }
        });
  }
}
