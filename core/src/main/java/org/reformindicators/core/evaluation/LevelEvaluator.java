package org.reformindicators.core.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reformindicators.core.indicator.Direction;
import org.reformindicators.core.observation.SeriesValues;
import org.reformindicators.core.progress.DesiredDirection;
import org.reformindicators.core.target.Band;
import org.reformindicators.core.target.Comparison;
import org.reformindicators.core.target.Completion;
import org.reformindicators.core.target.ExternalThreshold;
import org.reformindicators.core.target.NestedShare;
import org.reformindicators.core.target.RankBand;
import org.reformindicators.core.target.Threshold;

/**
 * Judges the kinds that ask for a level by a deadline, with no baseline of their own: a threshold, a band, a
 * rank band, a completion, a nested share (by its share, with the parent's share as a rule) and an external
 * threshold (with the norm the caller supplied). Not part of the API; stateless and thread-safe.
 */
final class LevelEvaluator {

  private LevelEvaluator() {}

  static ClauseAssessment threshold(Scope s, Threshold k, Frame frame) {
    return GoalJudge.judge(s, thresholdGoal(s, k), Optional.empty(), s.load(frame), frame, List.of());
  }

  static ClauseAssessment band(Scope s, Band k, Frame frame) {
    Series series = s.load(frame);
    double latest = series.latest().map(DataPoint::value).orElse(k.min());
    boolean above = latest > k.max();
    Goal goal =
        new Goal(
            k,
            above ? DesiredDirection.DECREASE : DesiredDirection.INCREASE,
            above ? k.max() : k.min(),
            k::isMet,
            k::isExceeded,
            null,
            false);
    return GoalJudge.judge(s, goal, Optional.empty(), series, frame, List.of());
  }

  static ClauseAssessment rankBand(Scope s, RankBand k, Frame frame) {
    Series series = s.toUniverse(s.load(frame), k.universe());
    Goal goal = new Goal(k, DesiredDirection.DECREASE, k.worst(), r -> r <= k.worst(), r -> r < k.best(), null, false);
    return GoalJudge.judge(s, goal, Optional.empty(), series, frame, List.of());
  }

  static ClauseAssessment completion(Scope s, Completion k, Frame frame) {
    Goal goal = new Goal(k, DesiredDirection.INCREASE, 1.0, k::isMet, k::isExceeded, null, true);
    return GoalJudge.judge(s, goal, Optional.empty(), s.load(frame), frame, List.of());
  }

  /** A share of a share: judged by its own share; the parent's latest share and the share of the whole are rules. */
  static ClauseAssessment nestedShare(Scope s, NestedShare k, Frame frame) {
    Series series = s.load(frame);
    List<Rule> extra = new ArrayList<>();
    SeriesValues parent =
        s.observations.seriesValues(k.parentIndicatorCode(), s.plan.unitCode(), s.breakdown(frame));
    int parentLatest = latestValueEndingOnOrBefore(parent, s.until.endDate());
    if (parentLatest >= 0 && !series.points().isEmpty()) {
      double parentShare = parent.value(parentLatest);
      double nested = series.latest().orElseThrow().value();
      if (parentShare >= 0 && parentShare <= 100 && nested >= 0 && nested <= 100) {
        double whole = NestedShare.shareOfWhole(parentShare, nested);
        extra.add(new Rule.ParentShare(k.parentIndicatorCode(), parentShare, parent.period(parentLatest), whole));
      }
    } else {
      extra.add(new Rule.ParentMissing(k.parentIndicatorCode()));
    }
    return GoalJudge.judge(s, thresholdGoal(s, k.share()), Optional.empty(), series, frame, extra);
  }

  /**
   * The row with a value whose period ends latest on or before a date, of two ending on the same day the later in
   * period order, or -1: {@link org.reformindicators.core.observation.TimeSeries#latestValueEndingOnOrBefore} on
   * the columns.
   */
  static int latestValueEndingOnOrBefore(SeriesValues series, LocalDate date) {
    int best = -1;
    for (int i = 0; i < series.size(); i++) {
      LocalDate end = series.endDate(i);
      if (!series.hasValue(i) || end.isAfter(date)) {
        continue;
      }
      if (best < 0 || !end.isBefore(series.endDate(best))) {
        best = i;
      }
    }
    return best;
  }

  /** A threshold whose value is an outside norm: not assessable until the caller supplies the norm. */
  static ClauseAssessment externalThreshold(Scope s, ExternalThreshold k, Frame frame) {
    Double norm = s.settings.externalNorms().get(k.normId());
    Series series = s.load(frame);
    if (norm == null) {
      return s.notAssessable(new Reason.MissingNorm(k.normId(), k.description()), frame, k, series);
    }
    Rule supplied = new Rule.NormSupplied(k.normId(), norm);
    return GoalJudge.judge(s, thresholdGoal(s, k.resolve(norm)), Optional.empty(), series, frame, List.of(supplied));
  }

  /** The direction a threshold asks for: its comparison's, else the indicator's. */
  static Goal thresholdGoal(Scope s, Threshold k) {
    DesiredDirection direction;
    if (k.comparison() == Comparison.AT_LEAST) {
      direction = DesiredDirection.INCREASE;
    } else if (k.comparison() == Comparison.AT_MOST) {
      direction = DesiredDirection.DECREASE;
    } else {
      direction =
          s.indicator.direction() == Direction.LOWER_IS_BETTER ? DesiredDirection.DECREASE : DesiredDirection.INCREASE;
    }
    return new Goal(k, direction, k.value(), k::isMet, k::isExceeded, null, false);
  }
}
