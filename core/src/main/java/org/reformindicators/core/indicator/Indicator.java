package org.reformindicators.core.indicator;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.reformindicators.core.period.PeriodKind;
import org.reformindicators.core.period.ReportingPeriod;

/**
 * The definition of an indicator (chỉ số), such as {@code PCI_RANK}: Quảng Ngãi's place among the provinces in
 * VCCI's Provincial Competitiveness Index, a {@linkplain Measure#rank() rank} where lower is better.
 *
 * <p>A definition carries the stable {@link #code()}, names in Vietnamese and English, the {@link #measure()} with
 * its natural bounds, the desired {@link #direction()}, the published precision ({@link #decimals()}), the
 * publisher and methodology version, the {@linkplain #allowedPeriodKinds() kinds of period} and the {@linkplain
 * #breakdowns() breakdown dimensions} an observation may use. Build one with {@link #builder()}; the consistency
 * rules are checked when it is built.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Indicator implements Serializable {

  /** The version of the serial form: Java serialization ships values between JVMs of one library version. */
  private static final long serialVersionUID = 1L;

  /** Only the generated implementation extends this type. */
  Indicator() {}

  /** The largest published precision accepted, in decimals. */
  public static final int MAX_DECIMALS = 10;

  /**
   * Returns a builder; {@code code}, {@code nameVi}, {@code nameEn}, {@code measure}, {@code direction},
   * {@code decimals} and {@code publisher} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the stable code.
   *
   * @return the code, for example {@code PCI_RANK}
   */
  public abstract IndicatorCode code();

  /**
   * Returns the Vietnamese name (tên chỉ số).
   *
   * @return the Vietnamese name, for example {@code "Chỉ số năng lực cạnh tranh cấp tỉnh"}
   */
  public abstract String nameVi();

  /**
   * Returns the English name.
   *
   * @return the English name, for example {@code "Provincial Competitiveness Index"}
   */
  public abstract String nameEn();

  /**
   * Returns a description of what is measured and how; empty when none was given.
   *
   * @return the description
   */
  @Value.Default
  public String description() {
    return "";
  }

  /**
   * Returns the kind of measure with its natural bounds.
   *
   * @return the measure
   */
  public abstract Measure measure();

  /**
   * Returns the desired direction; a rank is always {@link Direction#LOWER_IS_BETTER}.
   *
   * @return the direction
   */
  public abstract Direction direction();

  /**
   * Returns the published precision in decimals (2 for the PCI and the PAR INDEX, up to 4 for PAPI).
   *
   * @return the number of decimals, 0 to {@value #MAX_DECIMALS}
   */
  public abstract int decimals();

  /**
   * Returns the publisher, such as {@code "VCCI"} or {@code "Bộ Nội vụ (Ministry of Home Affairs)"}.
   *
   * @return the publisher
   */
  public abstract String publisher();

  /**
   * Returns the methodology version, such as {@code "2948/QĐ-BNV"} for the PAR INDEX of 2017.
   *
   * @return the methodology version, or empty when not stated
   */
  public abstract Optional<String> methodologyVersion();

  /**
   * Returns the kinds of period an observation of this indicator may have, such as only {@link PeriodKind#YEAR}
   * for an annual index; empty means every kind is allowed.
   *
   * @return the allowed period kinds, possibly empty
   */
  public abstract Set<PeriodKind> allowedPeriodKinds();

  /**
   * Returns whether an observation of this indicator may have the given period.
   *
   * @param period the period
   * @return {@code true} if {@link #allowedPeriodKinds()} is empty or contains the period's kind
   * @throws NullPointerException if {@code period} is null
   */
  public boolean allowsPeriod(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    return allowedPeriodKinds().isEmpty() || allowedPeriodKinds().contains(period.kind());
  }

  /**
   * Returns the dimensions an observation of this indicator may be broken down by, in declaration order.
   *
   * @return the breakdown dimensions, possibly empty, keys unique
   */
  public abstract List<BreakdownDimension> breakdowns();

  /**
   * Returns the breakdown dimension with the given key.
   *
   * @param key the dimension key, for example {@code LEVEL}
   * @return the dimension, or empty when this indicator has no such dimension
   */
  public Optional<BreakdownDimension> breakdown(String key) {
    return breakdowns().stream().filter(d -> d.key().equals(key)).findFirst();
  }

  /**
   * Checks a value against the measure of this indicator.
   *
   * @param value the value
   * @param universe the number of units ranked, for ranks
   * @return the broken rule, or empty if the value is possible
   * @throws NullPointerException if {@code universe} is null
   * @see Measure#violation(double, OptionalInt)
   */
  public Optional<String> violation(double value, OptionalInt universe) {
    return measure().violation(value, universe);
  }

  /**
   * Rounds a value to the published precision, half-up in decimal from the value's shortest decimal text; ranking
   * and comparison with published figures happen on this value (VCCI, PCI: official totals are rounded
   * half-up to the published decimals, 64.315 → 64.32). A report writes such a value with {@link
   * org.reformindicators.core.text.NumberText#fixed(double, int, org.reformindicators.core.text.Language)} and
   * {@link #decimals()}.
   *
   * @param value a finite value
   * @return the nearest double to the rounded decimal, for example {@code 64.32}
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public double round(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value of " + code() + " must be finite, was " + value);
    }
    return BigDecimal.valueOf(value).setScale(decimals(), RoundingMode.HALF_UP).doubleValue();
  }

  /**
   * Validates the definition.
   *
   * @throws IllegalArgumentException if a name or the publisher is blank, the decimals are out of range, a rank is
   *     not {@link Direction#LOWER_IS_BETTER}, or two breakdown dimensions share a key
   */
  @Value.Check
  void check() {
    requireText("nameVi", nameVi());
    requireText("nameEn", nameEn());
    requireText("publisher", publisher());
    methodologyVersion().ifPresent(v -> requireText("methodologyVersion", v));
    if (decimals() < 0 || decimals() > MAX_DECIMALS) {
      throw new IllegalArgumentException(
          "decimals of " + code() + " must be within 0.." + MAX_DECIMALS + ", was " + decimals());
    }
    if (measure().kind() == MeasureKind.RANK && direction() != Direction.LOWER_IS_BETTER) {
      throw new IllegalArgumentException(
          "direction of rank " + code() + " must be LOWER_IS_BETTER (1 = best), was " + direction());
    }
    Set<String> keys = new HashSet<>();
    for (BreakdownDimension dimension : breakdowns()) {
      if (!keys.add(dimension.key())) {
        throw new IllegalArgumentException(
            "breakdown keys of " + code() + " must be unique, was " + dimension.key() + " twice");
      }
    }
  }

  private void requireText(String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " of " + code() + " must not be blank, was '" + value + "'");
    }
  }

  /**
   * Builds {@link Indicator} values: one setter per attribute (lists also take {@code add…} and {@code addAll…}),
   * {@code from(…)} to start from an existing value, and {@code build()}, which validates. The implementation
   * is generated and not part of the API.
   *
   * <p>Instances are not thread-safe.
   */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
