package org.reformindicators.core.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.period.Phase;
import org.reformindicators.core.period.ReportingPeriod;

/**
 * The same target in each of several periods, such as {@code Recurring.everyYear(Threshold.exactly(100), 2021,
 * 2025)} for "Hằng năm 100% văn bản QPPL …" (T3, every year).
 *
 * <p>The target is met when {@link #each()} is met in every one of {@link #periods()}; an engine judges each
 * period on its own value. For a {@link ChangePerYear} along a trajectory (T7: each year of 2022–2025), each
 * period is judged against the path at that period.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param each the target for each period; not itself recurring
 * @param periods the periods, at least one, in time order and not overlapping
 */
public record Recurring(TargetKind each, List<ReportingPeriod> periods) implements TargetKind {

  /**
   * Validates the kind and keeps an unmodifiable copy of the periods.
   *
   * @param each the target for each period
   * @param periods the periods
   * @throws NullPointerException if an argument or a period is null
   * @throws IllegalArgumentException if {@code each} is recurring, there are no periods, or two periods are out of
   *     order or overlap
   */
  public Recurring {
    Objects.requireNonNull(each, "each");
    Objects.requireNonNull(periods, "periods");
    if (each instanceof Recurring) {
      throw new IllegalArgumentException("a recurring target must not recur itself, was each " + each);
    }
    periods = List.copyOf(periods);
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("a recurring target needs at least one period, was none");
    }
    for (int i = 1; i < periods.size(); i++) {
      ReportingPeriod previous = periods.get(i - 1);
      ReportingPeriod next = periods.get(i);
      if (!previous.endDate().isBefore(next.startDate())) {
        throw new IllegalArgumentException(
            "recurring periods must be in time order without overlap, was " + previous + " before " + next);
      }
    }
  }

  /**
   * Returns a target that recurs in each of several periods.
   *
   * @param each the target for each period
   * @param periods the periods, in time order
   * @return the kind
   * @throws NullPointerException if an argument or a period is null
   * @throws IllegalArgumentException as the constructor
   */
  public static Recurring of(TargetKind each, List<? extends ReportingPeriod> periods) {
    return new Recurring(each, List.copyOf(periods));
  }

  /**
   * Returns a target that recurs in every calendar year from {@code firstYear} to {@code lastYear}.
   *
   * @param each the target for each year
   * @param firstYear the first year, inclusive
   * @param lastYear the last year, inclusive, not before {@code firstYear}
   * @return the kind
   * @throws NullPointerException if {@code each} is null
   * @throws IllegalArgumentException if {@code lastYear < firstYear}, a year is outside the supported range, or
   *     {@code each} is recurring
   */
  public static Recurring everyYear(TargetKind each, int firstYear, int lastYear) {
    if (lastYear < firstYear) {
      throw new IllegalArgumentException(
          "recurring lastYear must not be before firstYear, was " + lastYear + " < " + firstYear);
    }
    List<ReportingPeriod> years = new ArrayList<>(lastYear - firstYear + 1);
    for (int year = firstYear; year <= lastYear; year++) {
      years.add(CalendarYear.of(year));
    }
    return new Recurring(each, years);
  }

  /**
   * Returns a target that recurs in every calendar year of a phase, as T3 ("Hằng năm", every year of 2021–2025).
   *
   * @param each the target for each year
   * @param phase the phase, such as {@code Phase.of(2021, 2025)}
   * @return the kind
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code each} is recurring
   */
  public static Recurring everyYearOf(TargetKind each, Phase phase) {
    Objects.requireNonNull(phase, "phase");
    return new Recurring(each, List.copyOf(phase.years()));
  }

  /**
   * Returns the first period.
   *
   * @return the first period
   */
  public ReportingPeriod first() {
    return periods.get(0);
  }

  /**
   * Returns the last period.
   *
   * @return the last period
   */
  public ReportingPeriod last() {
    return periods.get(periods.size() - 1);
  }

  @Override
  public boolean isMeasured() {
    return each.isMeasured();
  }

  @Override
  public Optional<Baseline> baseline() {
    return each.baseline();
  }

  @Override
  public double[] levels() {
    return each.levels();
  }

  @Override
  public String kindName() {
    return "recurring";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * Returns the kind as text, such as {@code = 100 in each of 2021..2025}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return each + " in each of " + first() + ".." + last();
  }
}
