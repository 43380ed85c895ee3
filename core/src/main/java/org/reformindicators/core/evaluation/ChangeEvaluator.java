package org.reformindicators.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.progress.DesiredDirection;
import org.reformindicators.core.target.Baseline;
import org.reformindicators.core.target.ChangePerYear;
import org.reformindicators.core.target.ChangeReference;

/**
 * Judges a change per year: on a trajectory from the baseline the clause names, or year on year from the actual
 * value of the period before the deadline (before the deadline, from the latest value). Not part of the API;
 * stateless and thread-safe.
 */
final class ChangeEvaluator {

  private ChangeEvaluator() {}

  static ClauseAssessment changePerYear(Scope s, ChangePerYear k, Frame frame) {
    Series series = s.load(frame);
    ReportingPeriod deadline = frame.deadline();
    List<Rule> extra = new ArrayList<>();
    Optional<Base> fixedBase;
    DoubleUnaryOperator along;
    double required;
    if (k.reference() == ChangeReference.TRAJECTORY) {
      Baseline baseline = k.base().orElseThrow();
      Optional<Base> found = s.resolve(baseline, series.points());
      if (found.isEmpty()) {
        return s.notAssessable(new Reason.MissingBaseline(baseline.period()), frame, k, series);
      }
      Base b = found.get();
      fixedBase = found;
      along = t -> t > 0 ? k.requiredValue(b.value(), t) : b.value();
      required = along.applyAsDouble(ReportingPeriod.yearsBetween(b.period(), deadline));
    } else {
      // Year on year: the requirement rises from the actual value of the period before the deadline (before
      // the deadline, from the latest value); rates and trend are measured from the usual baseline.
      ReportingPeriod previous = deadline.previous();
      Optional<DataPoint> prev = Points.at(series.points(), previous);
      boolean passed = !s.until.endDate().isBefore(deadline.endDate());
      if (prev.isEmpty() && passed) {
        return s.notAssessable(new Reason.NoPreviousValue(previous), frame, k, series);
      }
      Optional<DataPoint> reference = prev.or(series::latest);
      if (reference.isEmpty()) {
        return s.notAssessable(s.noData(), frame, k, series);
      }
      DataPoint from = reference.get();
      double years = ReportingPeriod.yearsBetween(from.period(), deadline);
      required = years > 0 ? k.requiredValue(from.value(), years) : from.value();
      fixedBase = Optional.empty();
      along = null;
      extra.add(new Rule.RiseFromActual(from.value(), from.period()));
    }
    double requiredValue = required;
    Goal goal =
        new Goal(k, DesiredDirection.INCREASE, requiredValue, v -> v >= requiredValue, v -> v > requiredValue, along,
            false);
    return GoalJudge.judge(s, goal, fixedBase, series, frame, extra);
  }
}
