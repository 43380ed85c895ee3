package org.reformindicators.core.evaluation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.target.ClauseId;

/**
 * The assessment of a whole plan as of a period, such as Quảng Ngãi's plan 1256/QĐ-UBND as of {@code 2022}: one
 * {@link ClauseAssessment} per clause, in plan order ({@code T1a} … {@code T9c}, {@code T10a} …).
 *
 * <p>Carries the plan, the period it is as of (and whether that period was taken from the data because the
 * caller gave none) and the settings used, so that a report can be reproduced from the same data. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class PlanAssessment {

  /** Only the generated implementation extends this type. */
  PlanAssessment() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the plan assessed.
   *
   * @return the plan
   */
  public abstract Plan plan();

  /**
   * Returns the period the assessment is as of: observations count when their period ends on or before its
   * end.
   *
   * @return the as-of period
   */
  public abstract ReportingPeriod asOf();

  /**
   * Returns what the caller should know about the data as a whole, such as rows present but none of the plan's
   * unit.
   *
   * @return the warnings, possibly empty
   */
  public abstract List<EvaluationWarning> warnings();

  /**
   * Tells whether {@link #asOf()} was taken from the data (the latest period in the observations) because the
   * caller gave none.
   *
   * @return {@code true} when defaulted from the data
   */
  public abstract boolean asOfFromData();

  /**
   * Returns the settings used.
   *
   * @return the settings
   */
  public abstract EvaluationSettings settings();

  /**
   * Returns the clause assessments, in plan order.
   *
   * @return the assessments, one per clause of the plan
   */
  public abstract List<ClauseAssessment> clauses();

  /**
   * Returns the assessment of a clause.
   *
   * @param clauseId the clause id, e.g. {@code T1b}
   * @return the assessment, or empty when the plan has no such clause
   * @throws NullPointerException if {@code clauseId} is null
   */
  public Optional<ClauseAssessment> clause(ClauseId clauseId) {
    ClauseId id = Objects.requireNonNull(clauseId, "clauseId");
    return clauses().stream().filter(c -> c.clauseId().equals(id)).findFirst();
  }

  /**
   * Counts the clauses by status.
   *
   * @return a map from every status to its count (zero included), in the order of {@link ProgressStatus}
   */
  public Map<ProgressStatus, Integer> statusCounts() {
    Map<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
    for (ProgressStatus s : ProgressStatus.values()) {
      counts.put(s, 0);
    }
    for (ClauseAssessment c : clauses()) {
      counts.merge(c.status(), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * Checks that there is one assessment per clause of the plan, in plan order.
   *
   * @throws IllegalArgumentException if the clause ids differ from the plan's
   */
  @Value.Check
  void check() {
    List<ClauseId> ids = clauses().stream().map(ClauseAssessment::clauseId).toList();
    if (!ids.equals(plan().clauseIds())) {
      throw new IllegalArgumentException(
          "clauses must be the plan's clauses in plan order " + plan().clauseIds() + ", was " + ids);
    }
  }

  /**
   * Builds {@link PlanAssessment} values: one setter per attribute (lists also take {@code add…} and {@code addAll…}),
   * {@code from(…)} to start from an existing value, and {@code build()}, which validates. The implementation
   * is generated and not part of the API.
   *
   * <p>Instances are not thread-safe.
   */
  public static final class Builder extends ImmutablePlanAssessment.Builder {
    Builder() {}
  }
}
