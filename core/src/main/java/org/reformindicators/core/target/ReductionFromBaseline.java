package org.reformindicators.core.target;

import java.util.Objects;
import java.util.Optional;
import org.reformindicators.core.text.NumberText;

/**
 * A fall of at least a given percent below the value at a baseline period, such as
 * {@code ReductionFromBaseline.of(20, Baseline.of(CalendarYear.of(2018)))} for "tổng giai đoạn 2018 - 2025 giảm
 * tối thiểu 20% đơn vị" (T12c).
 *
 * <p>Met when {@code value ≤ baseline · (1 − percent / 100)}, evaluated as {@code 100 · value ≤ baseline · (100 −
 * percent)} so that whole counts compare exactly (50 units less 10 % is 45: {@code 4500 ≤ 4500}). The reduction
 * achieved is {@code (baseline − value) / baseline · 100}. The baseline value must be positive.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param minReductionPercent the least reduction, in percent of the baseline value, within (0, 100]
 * @param baselineValue the period whose value the reduction is measured from, possibly before the phase
 */
public record ReductionFromBaseline(double minReductionPercent, Baseline baselineValue) implements TargetKind {

  /**
   * Validates the kind.
   *
   * @param minReductionPercent the least reduction
   * @param baselineValue the baseline
   * @throws NullPointerException if {@code baselineValue} is null
   * @throws IllegalArgumentException if the percent is not within (0, 100] or a stated baseline value is not
   *     positive
   */
  public ReductionFromBaseline {
    Objects.requireNonNull(baselineValue, "baselineValue");
    Checks.requirePositive("minReductionPercent", minReductionPercent);
    Checks.requirePercent("minReductionPercent", minReductionPercent);
    if (baselineValue.value().isPresent() && baselineValue.value().getAsDouble() <= 0) {
      throw new IllegalArgumentException(
          "baseline value of a reduction must be positive, was "
              + NumberText.machine(baselineValue.value().getAsDouble()));
    }
  }

  /**
   * Returns a reduction of at least {@code minReductionPercent} from a baseline.
   *
   * @param minReductionPercent the least reduction
   * @param baselineValue the baseline
   * @return the kind
   * @throws NullPointerException if {@code baselineValue} is null
   * @throws IllegalArgumentException as the constructor
   */
  public static ReductionFromBaseline of(double minReductionPercent, Baseline baselineValue) {
    return new ReductionFromBaseline(minReductionPercent, baselineValue);
  }

  /**
   * Returns the largest value that meets the target.
   *
   * @param baseline the value at the baseline period, positive
   * @return {@code baseline · (1 − minReductionPercent / 100)}
   * @throws IllegalArgumentException if {@code baseline} is not positive and finite
   */
  public double requiredValue(double baseline) {
    Checks.requirePositive("baseline value", baseline);
    return baseline * (100 - minReductionPercent) / 100;
  }

  /**
   * Returns the reduction achieved.
   *
   * @param baseline the value at the baseline period, positive
   * @param observed the value now
   * @return {@code (baseline − observed) / baseline · 100}, negative for a rise
   * @throws IllegalArgumentException if {@code baseline} is not positive and finite or {@code observed} is not
   *     finite
   */
  public static double reductionPercent(double baseline, double observed) {
    Checks.requirePositive("baseline value", baseline);
    Checks.requireFinite("observed value", observed);
    return (baseline - observed) / baseline * 100;
  }

  /**
   * Returns whether a value is at least {@link #minReductionPercent()} below the baseline value.
   *
   * @param baseline the value at the baseline period, positive
   * @param observed the value now
   * @return {@code true} if {@code 100 · observed ≤ baseline · (100 − minReductionPercent)}
   * @throws IllegalArgumentException if {@code baseline} is not positive and finite or {@code observed} is not
   *     finite
   */
  public boolean isMet(double baseline, double observed) {
    Checks.requirePositive("baseline value", baseline);
    Checks.requireFinite("observed value", observed);
    return 100 * observed <= baseline * (100 - minReductionPercent);
  }

  /**
   * Returns whether a value is more than {@link #minReductionPercent()} below the baseline value.
   *
   * @param baseline the value at the baseline period, positive
   * @param observed the value now
   * @return {@code true} if {@code 100 · observed < baseline · (100 − minReductionPercent)}
   * @throws IllegalArgumentException if {@code baseline} is not positive and finite or {@code observed} is not
   *     finite
   */
  public boolean isExceeded(double baseline, double observed) {
    Checks.requirePositive("baseline value", baseline);
    Checks.requireFinite("observed value", observed);
    return 100 * observed < baseline * (100 - minReductionPercent);
  }

  @Override
  public Optional<Baseline> baseline() {
    return Optional.of(baselineValue);
  }

  @Override
  public String kindName() {
    return "reduction-from-baseline";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * Returns the kind as text, such as {@code −20 % from 2018}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "−" + NumberText.machine(minReductionPercent) + " % from " + baselineValue;
  }
}
