package org.reformindicators.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.progress.DesiredDirection;
import org.reformindicators.core.target.RankImprovementPerYear;
import org.reformindicators.core.target.ReductionFromBaseline;

/**
 * Judges the kinds measured from a baseline the clause names: a rank improvement per year and a reduction from
 * a baseline. Both ask for a straight path from the baseline to the deadline, so the level required by now lies
 * on it. Not part of the API; stateless and thread-safe.
 */
final class BaselineEvaluator {

  private BaselineEvaluator() {}

  /**
   * Places gained a year from the baseline rank: target rank = baseline − minPlaces × years, no better than 1st
   * (a gain the scale cannot hold asks for 1st place, then met and not exceeded).
   */
  static ClauseAssessment rankImprovement(Scope s, RankImprovementPerYear k, Frame frame) {
    Series raw = s.load(frame);
    Optional<Base> found = s.resolve(k.baselineRank(), raw.points());
    if (found.isEmpty()) {
      return s.notAssessable(new Reason.MissingBaseline(k.baselineRank().period()), frame, k, raw);
    }
    Base base = found.get();
    int universe =
        Points.at(raw.points(), base.period())
            .flatMap(p -> Points.boxed(p.universe()))
            .orElse(SeriesLoader.latestUniverse(raw));
    Series series = s.toUniverse(raw, universe);
    double years = ReportingPeriod.yearsBetween(base.period(), frame.deadline());
    double askedRank = base.value() - k.minPlaces() * years;
    double targetRank = Math.max(1.0, askedRank);
    double exceedRank = Math.max(1.0, base.value() - k.maxPlaces() * years);
    List<Rule> capped = new ArrayList<>();
    if (targetRank != askedRank) {
      capped.add(new Rule.RankTargetCapped(askedRank));
    }
    Goal goal =
        new Goal(
            k,
            DesiredDirection.DECREASE,
            targetRank,
            r -> r <= targetRank,
            r -> r < exceedRank,
            t -> Math.max(1.0, base.value() - k.minPlaces() * t),
            false);
    return GoalJudge.judge(s, goal, Optional.of(base), series, frame, capped);
  }

  /** At least a given percentage below a positive baseline, on a straight path from it to the deadline. */
  static ClauseAssessment reduction(Scope s, ReductionFromBaseline k, Frame frame) {
    Series series = s.load(frame);
    Optional<Base> found = s.resolve(k.baselineValue(), series.points());
    if (found.isEmpty()) {
      return s.notAssessable(new Reason.MissingBaseline(k.baselineValue().period()), frame, k, series);
    }
    Base base = found.get();
    if (!(base.value() > 0)) {
      return s.notAssessable(new Reason.NonPositiveBaseline(base.value(), base.period()), frame, k, series);
    }
    double required = k.requiredValue(base.value());
    double horizon = ReportingPeriod.yearsBetween(base.period(), frame.deadline());
    Goal goal =
        new Goal(
            k,
            DesiredDirection.DECREASE,
            required,
            v -> k.isMet(base.value(), v),
            v -> k.isExceeded(base.value(), v),
            t -> base.value() + (required - base.value()) * Math.min(1.0, Math.max(0.0, t / horizon)),
            false);
    return GoalJudge.judge(s, goal, Optional.of(base), series, frame, List.of());
  }
}
