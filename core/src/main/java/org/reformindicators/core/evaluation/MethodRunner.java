package org.reformindicators.core.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.reformindicators.core.indicator.MeasureKind;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.progress.DesiredDirection;
import org.reformindicators.core.progress.EurostatMethod;
import org.reformindicators.core.progress.LinearProjectionMethod;
import org.reformindicators.core.progress.ProgressInput;
import org.reformindicators.core.progress.ProgressMethod;
import org.reformindicators.core.progress.ProgressMethodDescriptor;
import org.reformindicators.core.progress.ProgressMethodRegistry;
import org.reformindicators.core.progress.ProgressResult;
import org.reformindicators.core.progress.SdsnTrendMethod;
import org.reformindicators.core.progress.UnassessableReason;

/**
 * Runs the progress method on a clause's series: the method the caller chose, else the default (the linear
 * projection from 3 observations; below that the SDSN ratio for a rank, Eurostat otherwise, the SDSN ratio where
 * Eurostat cannot apply), from the latest break in series on when enough values follow it. A chosen method whose
 * {@linkplain ProgressMethodDescriptor#fits descriptor} does not fit the clause's measure (a compound rate of ranks)
 * gives way to the default, saying so; a method the bundled registry does not know is taken to fit. Not part of
 * the API; stateless and thread-safe.
 */
final class MethodRunner {

  private MethodRunner() {}

  static ProgressResult run(
      Scope s, Goal goal, Base base, List<DataPoint> points, ReportingPeriod deadline, double horizon,
      List<Rule> rules, boolean outlookWhenMet) {
    ProgressResult result = choose(s, goal, base, points, deadline, horizon, rules, outlookWhenMet);
    rules.add(trendRule(base, points));
    return result;
  }

  /**
   * Which observations the trend uses: from the baseline on, or all of them when the baseline is the first (the
   * trend from a break in series is stated by its own rule).
   */
  private static Rule trendRule(Base base, List<DataPoint> points) {
    DataPoint first = null;
    int used = 0;
    LocalDate baseEnd = base.period().endDate();
    for (DataPoint p : points) {
      if (!p.end().isBefore(baseEnd)) {
        first = used == 0 ? p : first;
        used++;
      }
    }
    return new Rule.TrendObservations(
        base.source() == BaselineSource.FIRST_OBSERVATION ? Rule.TrendSpan.ALL : Rule.TrendSpan.FROM_BASELINE,
        first == null ? base.period() : first.period(),
        used);
  }

  private static ProgressResult choose(
      Scope s, Goal goal, Base base, List<DataPoint> points, ReportingPeriod deadline, double horizon,
      List<Rule> rules, boolean outlookWhenMet) {
    List<DataPoint> used = new ArrayList<>(points.size());
    LocalDate baseEnd = base.period().endDate();
    for (DataPoint p : points) {
      if (!p.end().isBefore(baseEnd)) {
        used.add(p);
      }
    }
    Optional<ProgressMethod> chosen = s.settings.chosenMethod(s.target.clauseId());
    if (chosen.isPresent()) {
      MeasureKind measure = s.indicator.measure().kind();
      Optional<ProgressMethodDescriptor> descriptor = ProgressMethodRegistry.defaults().find(chosen.get().id());
      if (descriptor.isPresent() && !descriptor.get().fits(measure)) {
        rules.add(new Rule.MethodDoesNotFit(chosen.get().id(), descriptor.get().rateKind(), measure));
        chosen = Optional.empty();
      }
    }
    ReportingPeriod trendBasePeriod = base.period();
    double trendBaseValue = base.value();
    double trendHorizon = horizon;
    int breakAt = latestBreak(used, base);
    if (breakAt >= 0) {
      DataPoint first = used.get(breakAt);
      int remaining = used.size() - breakAt;
      int minimum = minimumObservations(chosen);
      double fromBreak = ReportingPeriod.yearsBetween(first.period(), deadline);
      if (remaining >= minimum && fromBreak > 0) {
        used = new ArrayList<>(used.subList(breakAt, used.size()));
        trendBasePeriod = first.period();
        trendBaseValue = first.value();
        trendHorizon = fromBreak;
        rules.add(new Rule.TrendFromBreak(remaining, first.period(), first.value()));
      } else {
        rules.add(new Rule.TooFewSinceBreak(remaining, first.period(), minimum));
      }
    }
    double[] times = new double[used.size()];
    double[] values = new double[used.size()];
    for (int i = 0; i < used.size(); i++) {
      times[i] = ReportingPeriod.yearsBetween(trendBasePeriod, used.get(i).period());
      values[i] = used.get(i).value();
    }
    ProgressInput.Builder in =
        ProgressInput.builder()
            .observations(times, values)
            .base(0, trendBaseValue)
            .target(trendHorizon, goal.targetValue())
            .direction(goal.direction());
    OptionalDouble limit =
        goal.direction() == DesiredDirection.INCREASE
            ? s.indicator.measure().upperBound()
            : s.indicator.measure().lowerBound();
    limit.ifPresent(in::naturalLimit);
    if (outlookWhenMet) {
      in.outlookWhenMet();
    }
    ProgressInput input = in.build();
    if (chosen.isPresent()) {
      rules.add(new Rule.MethodChosen(chosen.get().id()));
      return chosen.get().assess(input);
    }
    if (input.size() >= LinearProjectionMethod.DEFAULT_MINIMUM_OBSERVATIONS) {
      rules.add(new Rule.DefaultMethod(Rule.DefaultChoice.LINEAR_PROJECTION));
      return LinearProjectionMethod.defaults().assess(input);
    }
    if (s.indicator.measure().kind() == MeasureKind.RANK) {
      rules.add(new Rule.DefaultMethod(Rule.DefaultChoice.SDSN_FOR_RANK));
      return SdsnTrendMethod.defaults().assess(input);
    }
    ProgressResult eurostat = EurostatMethod.defaults().assess(input);
    Optional<UnassessableReason> why = eurostat.reason();
    if (why.isPresent()
        && (why.get() == UnassessableReason.ZERO_BASE
            || why.get() == UnassessableReason.ZERO_VALUE
            || why.get() == UnassessableReason.MIXED_SIGNS)) {
      rules.add(new Rule.EurostatFallback(why.get()));
      return SdsnTrendMethod.defaults().assess(input);
    }
    rules.add(new Rule.DefaultMethod(Rule.DefaultChoice.EUROSTAT));
    return eurostat;
  }

  /**
   * The index in {@code used} of the latest observation with status {@code B} ending after the base, or −1. A
   * break at the base itself already starts the series the method sees.
   */
  static int latestBreak(List<DataPoint> used, Base base) {
    LocalDate baseEnd = base.period().endDate();
    for (int i = used.size() - 1; i >= 0; i--) {
      DataPoint p = used.get(i);
      if (p.end().isAfter(baseEnd) && p.isBreak()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The number of observations the progress method needs: a chosen method's {@link
   * ProgressMethod#minimumObservations()}; for the default choice the linear projection's minimum (3), the
   * method the default runs on a series of that length.
   */
  static int minimumObservations(Optional<ProgressMethod> chosen) {
    return chosen
        .map(ProgressMethod::minimumObservations)
        .orElse(LinearProjectionMethod.DEFAULT_MINIMUM_OBSERVATIONS);
  }
}
