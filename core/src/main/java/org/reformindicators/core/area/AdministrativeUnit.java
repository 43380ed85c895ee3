package org.reformindicators.core.area;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * An administrative unit (đơn vị hành chính) during its validity interval, such as Quảng Ngãi, code {@code 51},
 * a province valid until 2025-06-30.
 *
 * <p>A unit's identity is its code together with its validity interval ({@code docs/formats/unit-registry.md}): the province Quảng
 * Ngãi that absorbed Kon Tum on 2025-07-01 keeps the code {@code 51} but is another unit than the pre-merger
 * province. The interval runs from {@link #validFrom()} to {@link #validUntil()}, both inclusive; either end may
 * be open (empty): an open start means "since before the data begins, date not recorded", an open end "still
 * valid".
 *
 * <p>Links to other units are stored as codes and resolved by a {@link UnitRegistry} at the boundary dates: a
 * {@linkplain #successorCodes() successor} code names the unit with that code that exists on the day after
 * {@code validUntil}; a {@linkplain #predecessorCodes() predecessor} code names the unit with that code that
 * exists on the day before {@code validFrom}; the {@linkplain #parentCode() parent} code names a unit that exists
 * on every day this unit exists. A link may be declared on either side; the registry keeps both directions.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AdministrativeUnit implements Serializable {

  /** The version of the serial form: Java serialization ships values between JVMs of one library version. */
  private static final long serialVersionUID = 1L;

  /** Only the generated implementation extends this type. */
  AdministrativeUnit() {}

  /**
   * Returns a builder; {@code code}, {@code nameVi} and {@code level} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns whether a text is a valid unit code: ASCII letters and digits, optionally followed by letters, digits,
   * {@code _}, {@code -} or {@code .}. General Statistics Office codes are digit strings with leading zeros kept
   * ({@code 01} is Hà Nội).
   *
   * @param text the text to test
   * @return {@code true} if {@code text} is a valid unit code
   * @throws NullPointerException if {@code text} is null
   */
  public static boolean isValidCode(CharSequence text) {
    return UnitCode.isValid(text);
  }

  /**
   * Returns the code, with leading zeros kept.
   *
   * @return the code, for example {@code 51}
   */
  public abstract UnitCode code();

  /**
   * Returns the Vietnamese name.
   *
   * @return the name, for example {@code "Quảng Ngãi"}
   */
  public abstract String nameVi();

  /**
   * Returns the English name, when one is recorded.
   *
   * @return the English name, or empty
   */
  public abstract Optional<String> nameEn();

  /**
   * Returns the level.
   *
   * @return the level
   */
  public abstract AdministrativeLevel level();

  /**
   * Returns the kind of unit within its level, as recorded by the source, such as {@code city} for a centrally-run
   * city (thành phố trực thuộc trung ương) and {@code province} for a province (tỉnh).
   *
   * @return the category, or empty when not recorded
   */
  public abstract Optional<String> category();

  /**
   * Returns the code of the parent unit.
   *
   * @return the parent code, or empty for a unit without parent (such as a province when no national unit is
   *     recorded)
   */
  public abstract Optional<UnitCode> parentCode();

  /**
   * Returns the first day of validity, inclusive.
   *
   * @return the first day, or empty when the start is not recorded
   */
  public abstract Optional<LocalDate> validFrom();

  /**
   * Returns the last day of validity, inclusive.
   *
   * @return the last day, or empty while the unit is still valid
   */
  public abstract Optional<LocalDate> validUntil();

  /**
   * Returns the codes of the units this one became on the day after {@link #validUntil()}.
   *
   * @return the successor codes, sorted, possibly empty
   */
  @Value.NaturalOrder
  public abstract SortedSet<UnitCode> successorCodes();

  /**
   * Returns the codes of the units this one was formed from on {@link #validFrom()}.
   *
   * @return the predecessor codes, sorted, possibly empty
   */
  @Value.NaturalOrder
  public abstract SortedSet<UnitCode> predecessorCodes();

  /**
   * Returns where the facts about this unit come from, such as a resolution number.
   *
   * @return the source, or empty when not recorded
   */
  public abstract Optional<String> source();

  /**
   * Returns whether this unit exists on a date.
   *
   * @param date the date
   * @return {@code true} if {@code date} lies within the validity interval
   * @throws NullPointerException if {@code date} is null
   */
  public boolean existsOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return validFrom().map(from -> !date.isBefore(from)).orElse(true)
        && validUntil().map(until -> !date.isAfter(until)).orElse(true);
  }

  /**
   * Returns whether this unit exists on at least one day of a closed date range.
   *
   * @param startInclusive the first day of the range
   * @param endInclusive the last day of the range
   * @return {@code true} if the validity interval and the range share a day
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code endInclusive} is before {@code startInclusive}
   */
  public boolean existsDuring(LocalDate startInclusive, LocalDate endInclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endInclusive, "endInclusive");
    if (endInclusive.isBefore(startInclusive)) {
      throw new IllegalArgumentException(
          "endInclusive must not be before startInclusive, was " + startInclusive + ".." + endInclusive);
    }
    return validFrom().map(from -> !endInclusive.isBefore(from)).orElse(true)
        && validUntil().map(until -> !startInclusive.isAfter(until)).orElse(true);
  }

  /**
   * Returns the validity interval as text, such as {@code "..2025-06-30"} or {@code "2025-07-01.."}.
   *
   * @return the interval, open ends left empty
   */
  public String validity() {
    return validFrom().map(LocalDate::toString).orElse("")
        + ".."
        + validUntil().map(LocalDate::toString).orElse("");
  }

  /**
   * Returns a short label naming the identity, such as {@code "51 Quảng Ngãi [..2025-06-30]"}.
   *
   * @return the label
   */
  public String label() {
    return code() + " " + nameVi() + " [" + validity() + "]";
  }

  /**
   * Validates the unit.
   *
   * @throws IllegalArgumentException if the name is blank, the
   *     interval is reversed, a national unit has a parent, a unit has successors but no end or predecessors but
   *     no start
   */
  @Value.Check
  void check() {
    if (nameVi().isBlank()) {
      throw new IllegalArgumentException("nameVi of unit " + code() + " must not be blank, was '" + nameVi() + "'");
    }
    if (validFrom().isPresent() && validUntil().isPresent() && validUntil().get().isBefore(validFrom().get())) {
      throw new IllegalArgumentException(
          "validUntil of unit " + code() + " must not be before validFrom, was " + validity());
    }
    if (level() == AdministrativeLevel.NATIONAL && parentCode().isPresent()) {
      throw new IllegalArgumentException(
          "a NATIONAL unit has no parent, unit " + code() + " had parentCode " + parentCode().get());
    }
    if (!successorCodes().isEmpty() && validUntil().isEmpty()) {
      throw new IllegalArgumentException(
          "unit " + code() + " with successors " + successorCodes() + " must have a validUntil, was open");
    }
    if (!predecessorCodes().isEmpty() && validFrom().isEmpty()) {
      throw new IllegalArgumentException(
          "unit " + code() + " with predecessors " + predecessorCodes() + " must have a validFrom, was open");
    }
  }

  /**
   * Builds {@link AdministrativeUnit} values: one setter per attribute (lists also take {@code add…} and {@code addAll…}),
   * {@code from(…)} to start from an existing value, and {@code build()}, which validates. The implementation
   * is generated and not part of the API.
   *
   * <p>Instances are not thread-safe.
   */
  public static final class Builder extends ImmutableAdministrativeUnit.Builder {
    Builder() {}
  }
}
