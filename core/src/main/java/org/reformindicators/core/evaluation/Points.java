package org.reformindicators.core.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.reformindicators.core.period.ReportingPeriod;

/** Look-ups in a time-ordered list of {@link DataPoint}s. Not part of the API; stateless and thread-safe. */
final class Points {

  private Points() {}

  /** The observation of a period: the one with that exact period, else the last ending within it. */
  static Optional<DataPoint> at(List<DataPoint> points, ReportingPeriod period) {
    for (DataPoint p : points) {
      if (p.period().equals(period)) {
        return Optional.of(p);
      }
    }
    return lastWithin(points, period);
  }

  /** The last observation ending within a period. */
  static Optional<DataPoint> lastWithin(List<DataPoint> points, ReportingPeriod period) {
    DataPoint found = null;
    LocalDate start = period.startDate();
    LocalDate last = period.endDate();
    for (DataPoint p : points) {
      LocalDate end = p.end();
      if (!end.isBefore(start) && !end.isAfter(last)) {
        found = p;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The last point, or empty. */
  static Optional<DataPoint> latest(List<DataPoint> points) {
    return points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1));
  }

  static double limit(double x, double low, double high) {
    return Math.max(low, Math.min(high, x));
  }

  static Optional<Integer> boxed(OptionalInt value) {
    return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
  }
}
