package org.reformindicators.core.target;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.reformindicators.core.text.NumberText;

/**
 * A minimum rise per year, absolute or relative, optionally up to a ceiling, such as
 * {@code ChangePerYear.trajectory(ChangeMeasure.ABSOLUTE, 20, 100, Baseline.of(CalendarYear.of(2021)))} for the
 * Quảng Ngãi reading of T7: "+20 percentage points a year from the 2021 value, until 100 %".
 *
 * <p>The value required after {@code years} years from a reference value {@code y0}. The established methods have
 * no capped growth target (none of Eurostat, Open SDG, UN ESCAP or SDSN has one); the relative form is the compound
 * growth of the compound annual growth rate (CAGR) run forwards, the absolute form its linear counterpart in percentage points
 * (Decision 1256/QĐ-UBND, T7):
 * <ul>
 *   <li>{@link ChangeMeasure#ABSOLUTE}: {@code y0 + rate · years};</li>
 *   <li>{@link ChangeMeasure#RELATIVE}: {@code y0 · (1 + rate / 100)^years} (compound growth);</li>
 * </ul>
 * then capped at the ceiling when there is one ("cho đến khi đạt tỷ lệ 100%"), so a value at the ceiling always
 * meets the target. The reference is the previous year's actual value for {@link ChangeReference#YEAR_ON_YEAR}
 * (with {@code years = 1}) or the value at {@link #base()} for {@link ChangeReference#TRAJECTORY}. Falls in value
 * are expressed with {@link ReductionFromBaseline}, so the rate is positive.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param measure absolute (percentage points) or relative (percent)
 * @param minChangePerYear the minimum rise a year, positive
 * @param ceiling the value at which the rise stops being required, such as 100, or empty
 * @param reference against what the rise is measured
 * @param base the base period, present exactly when {@code reference} is {@link ChangeReference#TRAJECTORY}
 */
public record ChangePerYear(
    ChangeMeasure measure,
    double minChangePerYear,
    OptionalDouble ceiling,
    ChangeReference reference,
    Optional<Baseline> base)
    implements TargetKind {

  /**
   * Validates the kind.
   *
   * @param measure the measure
   * @param minChangePerYear the minimum rise a year
   * @param ceiling the ceiling or empty
   * @param reference the reference
   * @param base the base period or empty
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the rate is not positive and finite, the ceiling is not finite, a
   *     trajectory has no base period or a year-on-year reading has one, or the ceiling is below a stated base
   *     value
   */
  public ChangePerYear {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(ceiling, "ceiling");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(base, "base");
    Checks.requirePositive("minChangePerYear", minChangePerYear);
    if (ceiling.isPresent()) {
      Checks.requireFinite("ceiling", ceiling.getAsDouble());
    }
    if (reference == ChangeReference.TRAJECTORY && base.isEmpty()) {
      throw new IllegalArgumentException("a TRAJECTORY change per year needs a base period, was none");
    }
    if (reference == ChangeReference.YEAR_ON_YEAR && base.isPresent()) {
      throw new IllegalArgumentException(
          "a YEAR_ON_YEAR change per year is measured against the previous actual value and takes no base period, "
              + "was "
              + base.get());
    }
    if (ceiling.isPresent() && base.isPresent() && base.get().value().isPresent()) {
      double baseValue = base.get().value().getAsDouble();
      if (ceiling.getAsDouble() < baseValue) {
        throw new IllegalArgumentException(
            "ceiling must not be below the baseline value, was ceiling "
                + NumberText.machine(ceiling.getAsDouble())
                + " < baseline "
                + NumberText.machine(baseValue)
                + " at "
                + base.get().period());
      }
    }
  }

  /**
   * Returns a change per year along a trajectory from a base period, up to a ceiling.
   *
   * @param measure absolute or relative
   * @param minChangePerYear the minimum rise a year
   * @param ceiling the ceiling
   * @param base the base period
   * @return the kind
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as the constructor
   */
  public static ChangePerYear trajectory(
      ChangeMeasure measure, double minChangePerYear, double ceiling, Baseline base) {
    return new ChangePerYear(
        measure, minChangePerYear, OptionalDouble.of(ceiling), ChangeReference.TRAJECTORY, Optional.of(base));
  }

  /**
   * Returns a change per year against the previous actual value, up to a ceiling.
   *
   * @param measure absolute or relative
   * @param minChangePerYear the minimum rise a year
   * @param ceiling the ceiling
   * @return the kind
   * @throws NullPointerException if {@code measure} is null
   * @throws IllegalArgumentException as the constructor
   */
  public static ChangePerYear yearOnYear(ChangeMeasure measure, double minChangePerYear, double ceiling) {
    return new ChangePerYear(
        measure, minChangePerYear, OptionalDouble.of(ceiling), ChangeReference.YEAR_ON_YEAR, Optional.empty());
  }

  /**
   * Returns the value required {@code years} years after a reference value, capped at the ceiling.
   *
   * @param referenceValue the previous actual value or the base value
   * @param years years since the reference, positive (1 year on year)
   * @return the required value: {@code min(ceiling, y0 + rate·years)} or {@code min(ceiling, y0·(1 + rate/100)^years)}
   * @throws IllegalArgumentException if an argument is not finite, {@code years} is not positive, or the measure
   *     is relative and the reference value is not positive (relative growth from zero or below is undefined)
   */
  public double requiredValue(double referenceValue, double years) {
    Checks.requireFinite("reference value", referenceValue);
    Checks.requirePositive("years", years);
    double required;
    if (measure == ChangeMeasure.ABSOLUTE) {
      required = referenceValue + minChangePerYear * years;
    } else {
      if (referenceValue <= 0) {
        throw new IllegalArgumentException(
            "reference value must be positive for a RELATIVE change, was " + NumberText.machine(referenceValue));
      }
      required = referenceValue * Math.pow(1 + minChangePerYear / 100, years);
    }
    return ceiling.isPresent() ? Math.min(ceiling.getAsDouble(), required) : required;
  }

  /**
   * Returns whether a value meets the required value.
   *
   * @param observed the value now
   * @param referenceValue the previous actual value or the base value
   * @param years years since the reference
   * @return {@code true} if {@code observed ≥ requiredValue(referenceValue, years)}
   * @throws IllegalArgumentException as {@link #requiredValue(double, double)}
   */
  public boolean isMet(double observed, double referenceValue, double years) {
    return observed >= requiredValue(referenceValue, years);
  }

  /**
   * Returns whether a value is above the required value.
   *
   * @param observed the value now
   * @param referenceValue the previous actual value or the base value
   * @param years years since the reference
   * @return {@code true} if {@code observed > requiredValue(referenceValue, years)}
   * @throws IllegalArgumentException as {@link #requiredValue(double, double)}
   */
  public boolean isExceeded(double observed, double referenceValue, double years) {
    return observed > requiredValue(referenceValue, years);
  }

  @Override
  public Optional<Baseline> baseline() {
    return base;
  }

  @Override
  public double[] levels() {
    return ceiling.isPresent() ? new double[] {ceiling.getAsDouble()} : new double[0];
  }

  @Override
  public String kindName() {
    return "change-per-year";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * Returns the kind as text, such as {@code +20 points a year from 2021 until 100}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    String rate =
        "+" + NumberText.machine(minChangePerYear) + (measure == ChangeMeasure.ABSOLUTE ? " points" : " %") + " a year";
    String from = base.map(b -> " from " + b).orElse(" year on year");
    String until = ceiling.isPresent() ? " until " + NumberText.machine(ceiling.getAsDouble()) : "";
    return rate + from + until;
  }

  /** Replaces the target kind by its serial form (the optionals are not serializable). */
  private Object writeReplace() {
    return new SerialForm(
        measure, minChangePerYear, ceiling.isPresent() ? ceiling.getAsDouble() : null, reference, base.orElse(null));
  }

  /** The serial form of a change per year, nulls for absent parts; reading it back validates it. */
  private record SerialForm(
      ChangeMeasure measure, double minChangePerYear, Double ceiling, ChangeReference reference, Baseline base)
      implements Serializable {

    private Object readResolve() {
      return new ChangePerYear(measure, minChangePerYear,
          ceiling == null ? OptionalDouble.empty() : OptionalDouble.of(ceiling), reference, Optional.ofNullable(base));
    }
  }
}
