package org.reformindicators.core.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.SeriesValues;
import org.reformindicators.core.target.RankUniverseRule;

/**
 * Loads the series a clause is judged on: the plan unit's values up to the end of the period judged, with the
 * successor unit's values where the settings ask for them, one value per end date; and converts ranks published
 * in another universe by the plan's rule. Not part of the API; stateless and thread-safe.
 */
final class SeriesLoader {

  /** The order of a series: by end date, the plan's unit before a successor, then by period. */
  private static final Comparator<DataPoint> ORDER =
      Comparator.comparing(DataPoint::end).thenComparing(DataPoint::successor).thenComparing(DataPoint::period);

  private SeriesLoader() {}

  /** Whether the points are already in {@link #ORDER} (a single unit's series in period order nearly always is). */
  private static boolean sorted(List<DataPoint> points) {
    for (int i = 1; i < points.size(); i++) {
      // ORDER compares end dates first; the rest of it only decides between equal ends
      int byEnd = points.get(i - 1).end().compareTo(points.get(i).end());
      if (byEnd > 0 || (byEnd == 0 && ORDER.compare(points.get(i - 1), points.get(i)) > 0)) {
        return false;
      }
    }
    return true;
  }

  /** Loads the clause's indicator for one breakdown (the full breakdown map, possibly empty). */
  static Series load(Scope s, BreakdownKey breakdown) {
    // the catalogue's code: already validated, so no pattern match per clause
    IndicatorCode code = s.indicator.code();
    LocalDate cutoff = s.until.endDate();
    EvaluationSettings settings = s.settings;
    Optional<LocalDate> lastDay = settings.planUnitLastDay();
    List<DataPoint> points = new ArrayList<>();
    List<Rule> rules = new ArrayList<>();
    int ignored = 0;
    boolean used = false;
    // Read in place from the set's columns: no observation object is built or visited.
    SeriesValues own = s.observations.seriesValues(code, s.plan.unitCode(), breakdown);
    for (int i = 0; i < own.size(); i++) {
      LocalDate end = own.endDate(i);
      if (end.isAfter(cutoff) || !own.hasValue(i)) {
        continue;
      }
      boolean successor = lastDay.isPresent() && end.isAfter(lastDay.get());
      if (successor && !settings.useSuccessorData()) {
        ignored++;
        continue;
      }
      used |= successor;
      points.add(point(own, i, end, successor));
    }
    if (lastDay.isPresent() && settings.useSuccessorData()) {
      for (UnitCode unit : settings.successorUnitCodes()) {
        if (unit.equals(s.plan.unitCode())) {
          continue;
        }
        SeriesValues theirs = s.observations.seriesValues(code, unit, breakdown);
        for (int i = 0; i < theirs.size(); i++) {
          LocalDate end = theirs.endDate(i);
          if (theirs.hasValue(i) && end.isAfter(lastDay.get()) && !end.isAfter(cutoff)) {
            points.add(point(theirs, i, end, true));
            used = true;
          }
        }
      }
    }
    if (used) {
      rules.add(new Rule.SuccessorDataUsed(lastDay.get()));
    }
    if (ignored > 0) {
      rules.add(new Rule.SuccessorDataIgnored(ignored, lastDay.get()));
    }
    if (!sorted(points)) {
      points.sort(ORDER);
    }
    // One value per end date: the last in period order (the shorter period), the plan's unit before a successor.
    List<DataPoint> unique = new ArrayList<>();
    for (DataPoint p : points) {
      if (!unique.isEmpty() && unique.get(unique.size() - 1).end().equals(p.end())) {
        if (p.successor() && !unique.get(unique.size() - 1).successor()) {
          continue;
        }
        unique.set(unique.size() - 1, p);
      } else {
        unique.add(p);
      }
    }
    return new Series(unique, rules, Optional.empty());
  }

  private static DataPoint point(SeriesValues series, int i, LocalDate end, boolean successor) {
    return new DataPoint(series.period(i), end, series.value(i), series.universe(i), series.status(i), successor);
  }

  /**
   * Converts ranks published in another universe by the plan's rule, saying so; a latest rank the rule cannot
   * convert blocks the series.
   *
   * @throws IllegalArgumentException if a rank to convert is not a whole number
   */
  static Series toUniverse(Series series, int universe, RankUniverseRule rule) {
    List<DataPoint> out = new ArrayList<>();
    List<Rule> rules = new ArrayList<>(series.rules());
    Optional<Reason> blocked = Optional.empty();
    List<DataPoint> points = series.points();
    for (int i = 0; i < points.size(); i++) {
      DataPoint p = points.get(i);
      if (p.universe().isEmpty() || p.universe().getAsInt() == universe) {
        out.add(p);
        continue;
      }
      int n = p.universe().getAsInt();
      double rank = p.value();
      if (rank != Math.rint(rank)) {
        throw new IllegalArgumentException("rank must be a whole number, was " + rank + " in " + p.period());
      }
      if (rule == RankUniverseRule.RELATIVE_POSITION) {
        double converted = rule.toUniverse((int) rank, n, universe);
        out.add(p.inUniverse(converted, universe));
        rules.add(new Rule.RankConverted(rank, n, p.period(), converted, universe));
      } else {
        Reason.RankNotComparable not = new Reason.RankNotComparable(rank, n, p.period(), universe, rule);
        rules.add(not);
        if (i == points.size() - 1) {
          blocked = Optional.of(not);
        }
      }
    }
    return new Series(out, rules, blocked);
  }

  /** The universe of the latest rank that has one, else {@link Integer#MAX_VALUE}. */
  static int latestUniverse(Series series) {
    for (int i = series.points().size() - 1; i >= 0; i--) {
      if (series.points().get(i).universe().isPresent()) {
        return series.points().get(i).universe().getAsInt();
      }
    }
    return Integer.MAX_VALUE;
  }
}
