package org.reformindicators.core.derivation;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.reformindicators.core.area.UnitRegistry;
import org.reformindicators.core.period.PeriodKind;
import org.reformindicators.core.record.ProcedureList;

/**
 * How a {@link Derivation} runs, such as quarterly periods by completion date, broken down by agency.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class DerivationOptions implements Serializable {

  /** The version of the serial form: Java serialization ships values between JVMs of one library version. */
  private static final long serialVersionUID = 1L;

  /** Only the generated implementation extends this type. */
  DerivationOptions() {}

  /**
   * Returns the default options: yearly periods, each rule's own date, no extra breakdown, no registry, no
   * procedure list.
   *
   * @return the defaults
   */
  public static DerivationOptions defaults() {
    return builder().build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the kind of the periods derived.
   *
   * @return {@link PeriodKind#YEAR} unless given; one of year, half-year, quarter and month
   */
  @Value.Default
  public PeriodKind periodKind() {
    return PeriodKind.YEAR;
  }

  /**
   * Returns the date basis that replaces every rule's own.
   *
   * @return the basis, or empty to use each rule's
   */
  public abstract Optional<DateBasis> date();

  /**
   * Returns the extra breakdown of every observation.
   *
   * @return the grouping, or empty
   */
  public abstract Optional<Grouping> by();

  /**
   * Returns the registry through which dossiers' unit codes are resolved, following successor links for units
   * abolished before the attribution date.
   *
   * @return the registry, or empty to take unit codes as they are
   */
  public abstract Optional<UnitRegistry> registry();

  /**
   * Returns the procedure list.
   *
   * @return the list, empty unless given
   */
  @Value.Default
  public ProcedureList procedures() {
    return ProcedureList.empty();
  }

  /**
   * Checks the period kind.
   *
   * @throws IllegalArgumentException if the period kind is not year, half-year, quarter or month
   */
  @Value.Check
  void check() {
    if (!EnumSet.of(PeriodKind.YEAR, PeriodKind.HALF_YEAR, PeriodKind.QUARTER, PeriodKind.MONTH)
        .contains(periodKind())) {
      throw new IllegalArgumentException(
          "derivation: period kind must be YEAR, HALF_YEAR, QUARTER or MONTH, was " + periodKind());
    }
  }

  /**
   * Builds {@link DerivationOptions} values: one setter per attribute (lists also take {@code add…} and {@code addAll…}),
   * {@code from(…)} to start from an existing value, and {@code build()}, which validates. The implementation
   * is generated and not part of the API.
   *
   * <p>Instances are not thread-safe.
   */
  public static final class Builder extends ImmutableDerivationOptions.Builder {
    Builder() {}
  }
}
