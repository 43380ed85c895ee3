package org.reformindicators.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.target.Qualitative;
import org.reformindicators.core.target.Recurring;

/**
 * Judges a recurring clause period by period: every period already ended, then the next one; the clause takes
 * the status of its most worrying part, a period still to come counting as on track where its requirement is
 * already met. Not part of the API; stateless and thread-safe.
 */
final class RecurringEvaluator {

  private RecurringEvaluator() {}

  static ClauseAssessment recurring(Scope s, Recurring k, Frame frame) {
    List<ClauseAssessment> parts = new ArrayList<>();
    ProgressStatus overall = ProgressStatus.ACHIEVED;
    boolean allExceeded = true;
    boolean pending = false;
    List<ReportingPeriod> unknown = new ArrayList<>();
    for (ReportingPeriod period : k.periods()) {
      boolean past = !s.until.endDate().isBefore(period.endDate());
      if (!past && pending) {
        break;
      }
      Frame each = new Frame(period, true, Optional.of(new ClausePart.InPeriod(period)), frame.extraBreakdown());
      ClauseAssessment p = ClauseEvaluator.assess(s, k.each(), each);
      parts.add(p);
      if (past) {
        if (p.status() != ProgressStatus.NOT_ACHIEVED
            && p.status() != ProgressStatus.ACHIEVED
            && p.status() != ProgressStatus.MANUAL) {
          unknown.add(period);
        }
        allExceeded &= p.exceeded();
        overall = overall.worse(p.status());
      } else {
        pending = true;
        // A requirement already met for a period still to come is on track, not yet achieved.
        overall = overall.worse(p.status() == ProgressStatus.ACHIEVED ? ProgressStatus.ON_TRACK : p.status());
      }
    }
    if (k.each() instanceof Qualitative) {
      overall = ProgressStatus.MANUAL;
    }
    Optional<Reason> reason = Optional.empty();
    if (overall == ProgressStatus.NOT_ASSESSABLE) {
      reason =
          Optional.of(
              unknown.isEmpty()
                  ? parts.get(parts.size() - 1).cause().orElseGet(s::noData)
                  : new Reason.PeriodsNotAssessable(unknown));
    }
    boolean exceeded = overall == ProgressStatus.ACHIEVED && allExceeded && !parts.isEmpty();
    ImmutableClauseAssessment.Builder b =
        s.start(frame, k).status(overall).exceeded(exceeded).cause(reason).parts(parts);
    if (!parts.isEmpty()) {
      ClauseAssessment last = parts.get(parts.size() - 1);
      b.latestValue(last.latestValue())
          .latestPeriod(last.latestPeriod())
          .latestStatus(last.latestStatus())
          .targetValue(last.targetValue())
          .applicableTargetValue(last.applicableTargetValue())
          .gap(last.gap());
    }
    return b.build();
  }
}
