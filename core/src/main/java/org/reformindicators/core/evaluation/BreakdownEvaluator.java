package org.reformindicators.core.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reformindicators.core.target.Breakdown;
import org.reformindicators.core.target.Threshold;

/**
 * Judges a clause with one threshold per breakdown value, each on its own series; the clause takes the status of
 * its most worrying value. Not part of the API; stateless and thread-safe.
 */
final class BreakdownEvaluator {

  private BreakdownEvaluator() {}

  static ClauseAssessment breakdown(Scope s, Breakdown k, Frame frame) {
    List<ClauseAssessment> parts = new ArrayList<>();
    ProgressStatus overall = ProgressStatus.ACHIEVED;
    boolean allExceeded = true;
    List<ClausePart> unknown = new ArrayList<>();
    for (Map.Entry<String, Threshold> e : k.thresholds().entrySet()) {
      Map<String, String> by = new LinkedHashMap<>(frame.extraBreakdown());
      by.put(k.dimension(), e.getKey());
      ClausePart part = new ClausePart.ByBreakdown(k.dimension(), e.getKey());
      ClauseAssessment p =
          ClauseEvaluator.assess(
              s, e.getValue(), new Frame(frame.deadline(), frame.judgedInPeriod(), Optional.of(part), by));
      parts.add(p);
      if (p.status() == ProgressStatus.NOT_ASSESSABLE) {
        unknown.add(part);
      }
      overall = overall.worse(p.status());
      allExceeded &= p.exceeded();
    }
    Optional<Reason> reason =
        overall == ProgressStatus.NOT_ASSESSABLE
            ? Optional.of(new Reason.PartsNotAssessable(unknown))
            : Optional.empty();
    boolean exceeded = overall == ProgressStatus.ACHIEVED && allExceeded;
    return s.start(frame, k).status(overall).exceeded(exceeded).cause(reason).parts(parts).build();
  }
}
