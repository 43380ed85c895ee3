package org.reformindicators.core.evaluation;

import java.util.Objects;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.target.TargetKind;

/**
 * What an assessment judged against, such as "rank 30 or better (25–30 of 63) by 2025 as of 2021".
 *
 * <p>The kind is the clause's own, except where the engine resolved it: a nested share is judged by its share
 * threshold, an external threshold by the threshold with the supplied norm, a breakdown value by its threshold
 * and a period of a recurring clause by the kind that recurs. Immutable and thread-safe.
 *
 * @param kind the kind judged
 * @param deadline the deadline (for a period of a recurring clause, that period)
 * @param judgedInPeriod whether the requirement holds in the deadline period only ("in 2022") rather than by it
 * @param asOf the period the requirement is judged as of (for a lapsed clause, its last applicable day)
 */
public record Requirement(TargetKind kind, ReportingPeriod deadline, boolean judgedInPeriod, ReportingPeriod asOf) {

  /**
   * Checks the components.
   *
   * @param kind the kind
   * @param deadline the deadline
   * @param judgedInPeriod the judgedInPeriod
   * @param asOf the asOf
   * @throws NullPointerException if a component is null
   */
  public Requirement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(asOf, "asOf");
  }

  /**
   * Tells whether the deadline has passed as of {@link #asOf()}.
   *
   * @return {@code true} when the as-of period ends on or after the deadline's end
   */
  public boolean deadlinePassed() {
    return !asOf.endDate().isBefore(deadline.endDate());
  }
}
