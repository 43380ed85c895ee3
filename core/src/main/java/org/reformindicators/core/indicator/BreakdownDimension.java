package org.reformindicators.core.indicator;

import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A dimension an indicator may be broken down by, with its allowed values, such as {@code LEVEL} with
 * {@code PROVINCE}, {@code DISTRICT} and {@code COMMUNE}, or an open dimension such as {@code AGENCY}, whose values
 * are any breakdown value ({@code AGENCY=000.00.12.H48}).
 *
 * <p>Keys and the values of a closed dimension follow the code syntax of {@code docs/formats/observations.md} (upper-case ASCII letters,
 * digits and underscores, starting with a letter), as in the observation CSV column {@code breakdown} ({@code
 * LEVEL=COMMUNE}); the values are kept sorted. An open dimension ({@link #open(String)}) lists no values and allows
 * every value of {@link BreakdownKey#isValidValue} syntax: agency and procedure codes are open sets, so the
 * drill-down of {@code reform derive --by agency} is not refused by the validators.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param key the dimension key, for example {@code SECTOR}
 * @param values the allowed values, sorted: at least one for a closed dimension, none for an open one
 * @param open whether any breakdown value is allowed
 */
public record BreakdownDimension(String key, SortedSet<String> values, boolean open) implements Serializable {

  /** The key of the handling-agency dimension (cơ quan giải quyết), an open set of agency codes. */
  public static final String AGENCY = "AGENCY";

  /** The key of the administrative-procedure dimension (thủ tục hành chính), an open set of procedure codes. */
  public static final String PROCEDURE = "PROCEDURE";

  /** The key of the administrative-level dimension (cấp: tỉnh, huyện, xã). */
  public static final String LEVEL = "LEVEL";

  /** The key of the sector dimension (lĩnh vực), as in the satisfaction targets T14b and T14d. */
  public static final String SECTOR = "SECTOR";

  /**
   * Validates the key and values and keeps an unmodifiable sorted copy of the values.
   *
   * @param key the dimension key
   * @param values the allowed values; none when open
   * @param open whether any breakdown value is allowed
   * @throws NullPointerException if {@code key}, {@code values} or a value is null
   * @throws IllegalArgumentException if the key or a value breaks the code syntax, a closed dimension has no values
   *     or an open one lists values
   */
  public BreakdownDimension {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(values, "values");
    if (!IndicatorCode.isValidSyntax(key)) {
      throw new IllegalArgumentException(
          "breakdown key must be upper-case ASCII letters, digits and underscores starting with a letter, was '"
              + key
              + "'");
    }
    TreeSet<String> copy = new TreeSet<>();
    for (String value : values) {
      Objects.requireNonNull(value, "values element");
      if (!IndicatorCode.isValidSyntax(value)) {
        throw new IllegalArgumentException(
            "breakdown value of "
                + key
                + " must be upper-case ASCII letters, digits and underscores starting with a letter, was '"
                + value
                + "'");
      }
      copy.add(value);
    }
    if (open && !copy.isEmpty()) {
      throw new IllegalArgumentException(
          "open breakdown dimension " + key + " allows every value and must list none, was " + copy);
    }
    if (!open && copy.isEmpty()) {
      throw new IllegalArgumentException("breakdown dimension " + key + " must allow at least one value, was none");
    }
    values = Collections.unmodifiableSortedSet(copy);
  }

  /**
   * Creates a closed dimension with the given key and values.
   *
   * @param key the dimension key
   * @param values the allowed values, at least one
   * @throws NullPointerException if {@code key}, {@code values} or a value is null
   * @throws IllegalArgumentException if the key or a value breaks the code syntax, or there are no values
   */
  public BreakdownDimension(String key, SortedSet<String> values) {
    this(key, values, false);
  }

  /**
   * Returns an open dimension: every breakdown value is allowed, such as {@code AGENCY} with {@code 000.00.12.H48}.
   *
   * @param key the dimension key, for example {@link #AGENCY} or {@link #PROCEDURE}
   * @return the open dimension
   * @throws NullPointerException if {@code key} is null
   * @throws IllegalArgumentException if the key breaks the code syntax
   */
  public static BreakdownDimension open(String key) {
    return new BreakdownDimension(key, new TreeSet<>(), true);
  }

  /**
   * Returns a dimension with the given key and values.
   *
   * @param key the dimension key
   * @param values the allowed values
   * @return the dimension
   * @throws NullPointerException if an argument or a value is null
   * @throws IllegalArgumentException if the key or a value breaks the code syntax, or there are no values
   */
  public static BreakdownDimension of(String key, Collection<String> values) {
    Objects.requireNonNull(values, "values");
    return new BreakdownDimension(key, new TreeSet<>(values));
  }

  /**
   * Returns the administrative-level dimension {@code LEVEL} with {@code PROVINCE}, {@code DISTRICT} and
   * {@code COMMUNE} (targets T7a–c and T9a–c of the Quảng Ngãi plan).
   *
   * @return the level dimension
   */
  public static BreakdownDimension level() {
    return of(LEVEL, List.of("PROVINCE", "DISTRICT", "COMMUNE"));
  }

  /**
   * Returns the sector dimension {@code SECTOR} with {@code LAND}, {@code CONSTRUCTION}, {@code INVESTMENT},
   * {@code HEALTH} and {@code EDUCATION} (targets T14b and T14d of the Quảng Ngãi plan).
   *
   * @return the sector dimension
   */
  public static BreakdownDimension sector() {
    return of(SECTOR, List.of("LAND", "CONSTRUCTION", "INVESTMENT", "HEALTH", "EDUCATION"));
  }

  /**
   * Returns whether the value is allowed in this dimension.
   *
   * @param value a breakdown value
   * @return {@code true} if {@code value} is one of {@link #values()}, or, for an open dimension, if it is a valid
   *     breakdown value ({@link BreakdownKey#isValidValue})
   * @throws NullPointerException if {@code value} is null
   */
  public boolean allows(String value) {
    Objects.requireNonNull(value, "value");
    return open ? BreakdownKey.isValidValue(value) : values.contains(value);
  }

  /**
   * Returns the allowed values as people read them, for messages.
   *
   * @return e.g. {@code [COMMUNE, DISTRICT, PROVINCE]}, or {@code any breakdown value (open)} when open
   */
  public String describeValues() {
    return open ? "any breakdown value (open)" : values.toString();
  }
}
