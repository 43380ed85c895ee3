package org.reformindicators.core.evaluation;

import java.util.List;
import java.util.Optional;

/**
 * The loaded series of a clause, with the rules applied while loading it and, when the latest value cannot be
 * compared with the target, the reason. Not part of the API; immutable and thread-safe.
 *
 * @param points the values, one per end date, in time order
 * @param rules the rules applied while loading
 * @param blocked why the series cannot be judged, or empty
 */
record Series(List<DataPoint> points, List<Rule> rules, Optional<Reason> blocked) {

  Series {
    points = List.copyOf(points);
    rules = List.copyOf(rules);
  }

  Optional<DataPoint> latest() {
    return Points.latest(points);
  }
}
