package org.reformindicators.core.derivation;

import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;
import org.reformindicators.core.indicator.IndicatorCode;

/**
 * An indicator defined over dossier records, such as T5 of Decision 1256/QĐ-UBND: {@code
 * QNG_DOSSIERS_TRANSFERRED_ELECTRONICALLY} = dossiers passed between agencies electronically ÷ dossiers ended, × 100,
 * by completion date.
 *
 * <p>The {@linkplain #population() population} condition picks the dossiers a rule counts (the denominator of a
 * ratio); a ratio's {@linkplain #numerator() numerator} condition is tested only on those, so the numerator never
 * exceeds the denominator. A rule may always break its observations down by one {@linkplain #groupBy() dimension}
 * (T7a–c by handling level, T14b by sector); the caller may add one more. The {@linkplain #definition()
 * definition} cites the legal text; the {@linkplain #reading() reading} says where the rule is this library's
 * reading of it.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class DerivationRule implements Serializable {

  /** The version of the serial form: Java serialization ships values between JVMs of one library version. */
  private static final long serialVersionUID = 1L;

  /** Only the generated implementation extends this type. */
  DerivationRule() {}

  /**
   * Returns a builder; {@code indicator}, {@code aggregation} and {@code definition} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the code of the indicator derived.
   *
   * @return the indicator code
   */
  public abstract IndicatorCode indicator();

  /**
   * Returns the clause or component the rule serves, such as {@code T5} or {@code DVC766_PROGRESS}.
   *
   * @return the reference, or empty
   */
  public abstract Optional<String> serves();

  /**
   * Returns how the matching dossiers become a value.
   *
   * @return the aggregation
   */
  public abstract Aggregation aggregation();

  /**
   * Returns the condition that picks the dossiers counted (a ratio's denominator).
   *
   * @return the condition, {@link Condition#always()} unless given
   */
  @Value.Default
  public Condition population() {
    return Condition.always();
  }

  /**
   * Returns the condition a population dossier must also meet to count in a ratio's numerator.
   *
   * @return the condition, {@link Condition#always()} unless given; only a ratio may have terms
   */
  @Value.Default
  public Condition numerator() {
    return Condition.always();
  }

  /**
   * Returns the quantity a mean averages.
   *
   * @return the quantity, present exactly for a mean
   */
  public abstract Optional<MeanOf> meanOf();

  /**
   * Returns the date that attributes a dossier to a period, unless the caller overrides it.
   *
   * @return the date basis, {@link DateBasis#COMPLETED} unless given
   */
  @Value.Default
  public DateBasis date() {
    return DateBasis.COMPLETED;
  }

  /**
   * Returns the factor of a ratio: 100 for a percentage.
   *
   * @return the scale, positive and finite; 100 unless given
   */
  @Value.Default
  public double scale() {
    return 100;
  }

  /**
   * Returns the dimension this rule always breaks its observations down by.
   *
   * @return the grouping, or empty for one observation per unit and period
   */
  public abstract Optional<Grouping> groupBy();

  /**
   * Returns the legal definition the rule follows, with its citation, such as "Decision 1256/QĐ-UBND, target 5".
   *
   * @return the definition, not blank
   */
  public abstract String definition();

  /**
   * Returns where the rule is this library's reading of the definition rather than its letter.
   *
   * @return the reading, or empty when the rule follows the text
   */
  public abstract Optional<String> reading();

  /**
   * Whether the rule looks up the procedure list (a condition on a procedure field, or a breakdown by sector).
   *
   * @return {@code true} if the procedure list is needed
   */
  public boolean needsProcedureList() {
    return population().needsProcedureList()
        || numerator().needsProcedureList()
        || groupBy().filter(g -> g == Grouping.SECTOR).isPresent();
  }

  /**
   * Checks the rule.
   *
   * @throws IllegalArgumentException if a numerator is given for another aggregation than a ratio, a mean has no
   *     quantity or another aggregation has one, the scale is not positive and finite, or the definition is blank;
   *     the message names the indicator, the field and the value
   */
  @Value.Check
  void check() {
    String where = "rule " + indicator() + ": ";
    if (aggregation() != Aggregation.RATIO && !numerator().terms().isEmpty()) {
      throw new IllegalArgumentException(
          where + "numerator is allowed only for aggregation RATIO, was " + numerator() + " with " + aggregation());
    }
    if ((aggregation() == Aggregation.MEAN) != meanOf().isPresent()) {
      throw new IllegalArgumentException(
          where + "meanOf is required for aggregation MEAN and allowed only there, was "
              + meanOf().map(MeanOf::fieldName).orElse("none") + " with " + aggregation());
    }
    if (!(scale() > 0) || !Double.isFinite(scale())) {
      throw new IllegalArgumentException(where + "scale must be positive and finite, was " + scale());
    }
    if (definition().isBlank()) {
      throw new IllegalArgumentException(where + "definition must cite the legal definition, was blank");
    }
    if (reading().isPresent() && reading().get().isBlank()) {
      throw new IllegalArgumentException(where + "reading must not be blank when present");
    }
  }

  /**
   * Builds {@link DerivationRule} values: one setter per attribute (lists also take {@code add…} and {@code addAll…}),
   * {@code from(…)} to start from an existing value, and {@code build()}, which validates. The implementation
   * is generated and not part of the API.
   *
   * <p>Instances are not thread-safe.
   */
  public static final class Builder extends ImmutableDerivationRule.Builder {
    Builder() {}
  }
}
