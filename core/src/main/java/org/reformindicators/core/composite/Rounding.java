package org.reformindicators.core.composite;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/**
 * The precision at which a methodology publishes a score, such as {@code Rounding.halfUp(2)} for the PCI
 * total (64.315 → 64.32).
 *
 * <p>Official totals are rounded in exact decimal arithmetic ({@link BigDecimal#setScale(int, RoundingMode)}),
 * so every system obtains the same digits whatever the summation order (the published totals, such as PCI 2019 of
 * Quảng Ngãi, 64.315 → 64.32, do not depend on the system that computes them). Ranking happens on the rounded value (the indices rank on the published figures). Immutable and
 * thread-safe.
 *
 * @param decimals the number of decimals kept, 0..10
 * @param mode the rounding mode; the Vietnamese publications round half up
 */
public record Rounding(int decimals, RoundingMode mode) implements Serializable {

  /** The largest number of decimals a published score carries in practice (PAPI uses four). */
  public static final int MAX_DECIMALS = 10;

  /**
   * Validates the components.
   *
   * @param decimals the number of decimals kept, 0..10
   * @param mode the rounding mode
   * @throws NullPointerException if {@code mode} is null
   * @throws IllegalArgumentException if {@code decimals} is outside 0..10 or {@code mode} is {@code UNNECESSARY}
   */
  public Rounding {
    Objects.requireNonNull(mode, "mode");
    if (decimals < 0 || decimals > MAX_DECIMALS) {
      throw new IllegalArgumentException(
          "decimals must be within 0.." + MAX_DECIMALS + ", was " + decimals);
    }
    if (mode == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("mode must round, was UNNECESSARY");
    }
  }

  /**
   * Rounds half up (away from zero on a tie) to the given number of decimals, as the Vietnamese indices do.
   *
   * @param decimals the number of decimals kept, 0..10
   * @return the rounding policy
   * @throws IllegalArgumentException if {@code decimals} is outside 0..10
   */
  public static Rounding halfUp(int decimals) {
    return new Rounding(decimals, RoundingMode.HALF_UP);
  }

  /**
   * Rounds an exact decimal value, e.g. {@code 64.315} → {@code 64.32} with {@code halfUp(2)}.
   *
   * @param value the exact value
   * @return the value with exactly {@link #decimals()} decimals
   * @throws NullPointerException if {@code value} is null
   */
  public BigDecimal apply(BigDecimal value) {
    return Objects.requireNonNull(value, "value").setScale(decimals, mode);
  }

  @Override
  public String toString() {
    return mode.name().toLowerCase(Locale.ROOT).replace('_', '-') + "(" + decimals + ")";
  }
}
