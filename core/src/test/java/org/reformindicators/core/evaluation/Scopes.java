package org.reformindicators.core.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.plan.QuangNgaiPlan1256;
import org.reformindicators.core.target.ClauseId;
import org.reformindicators.core.target.Target;

/** Scopes and frames on the Quảng Ngãi plan, so that each kind evaluator can be tested on its own. */
final class Scopes {

  static final Plan PLAN = QuangNgaiPlan1256.plan();

  private Scopes() {}

  static Target target(String clause) {
    return PLAN.target(ClauseId.parse(clause)).orElseThrow();
  }

  static Scope scope(String clause, List<Observation> data, int asOfYear) {
    return scope(clause, data, asOfYear, EvaluationSettings.defaults());
  }

  static Scope scope(String clause, List<Observation> data, int asOfYear, EvaluationSettings settings) {
    return new Scope(
        PLAN, Fixtures.set(data), settings, target(clause), PLAN.indicatorOf(target(clause)), CalendarYear.of(asOfYear));
  }

  /** The frame of the clause as a whole: its deadline, by (or in, for a milestone) it. */
  static Frame whole(String clause) {
    Target t = target(clause);
    return new Frame(t.deadline(), t.isMilestone(), Optional.empty(), Map.of());
  }

  /** The frame of one period of a recurring clause. */
  static Frame inPeriod(ReportingPeriod period) {
    return new Frame(period, true, Optional.of(new ClausePart.InPeriod(period)), Map.of());
  }
}
