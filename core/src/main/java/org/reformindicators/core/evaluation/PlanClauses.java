package org.reformindicators.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reformindicators.core.indicator.Indicator;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.target.Target;

/**
 * What the engine derives from a plan's clauses before it reads any data, once per plan template rather than
 * once per unit: each target's indicator and the rule naming the plan's readings that govern it. A template
 * evaluated for 3,321 units resolves them once. Not part of the API; immutable and thread-safe.
 *
 * @param targets the plan's targets, in plan order
 * @param indicators the indicator of each target
 * @param readings the readings rule of each target ({@link Scope#readings(Target)}), or empty
 */
record PlanClauses(List<Target> targets, List<Indicator> indicators, List<Optional<Rule>> readings) {

  PlanClauses {
    targets = List.copyOf(targets);
    indicators = List.copyOf(indicators);
    readings = List.copyOf(readings);
  }

  /** Resolves the clauses of a plan (of any unit: a template's clauses are those of every unit's plan). */
  static PlanClauses of(Plan plan) {
    List<Target> targets = plan.targets();
    List<Indicator> indicators = new ArrayList<>(targets.size());
    List<Optional<Rule>> readings = new ArrayList<>(targets.size());
    for (Target target : targets) {
      indicators.add(plan.indicatorOf(target));
      readings.add(Scope.readings(target));
    }
    return new PlanClauses(targets, indicators, readings);
  }

  int size() {
    return targets.size();
  }
}
