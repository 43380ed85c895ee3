package org.reformindicators.io.evaluation;

import java.util.Objects;
import org.reformindicators.core.evaluation.EvaluationSettings;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.plan.Plan;

/**
 * What a streamed read of a {@code plan-assessments} document found besides its units, such as the Quảng Ngãi
 * plan as written, as of {@code 2024}, with the default settings, and 3,321 units handed over: the head of the
 * document (read before the first unit) and the number of units.
 *
 * <p>Immutable and thread-safe.
 *
 * @param template the plan as written, before it is applied to each unit
 * @param asOf the period every unit is assessed as of
 * @param settings the evaluator's settings before each unit's successor facts, the defaults when absent
 * @param unitCount how many units the document holds, each handed to the consumer in document order
 */
public record PlanAssessmentsHeader(Plan template, ReportingPeriod asOf, EvaluationSettings settings, long unitCount) {

  /**
   * Checks the members.
   *
   * @param template the plan as written
   * @param asOf the period
   * @param settings the settings
   * @param unitCount the number of units
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code unitCount} is negative
   */
  public PlanAssessmentsHeader {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(settings, "settings");
    if (unitCount < 0) {
      throw new IllegalArgumentException("unitCount must be at least 0, was " + unitCount);
    }
  }
}
