package org.reformindicators.core.indicator;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A dimension an indicator may be broken down by, with its allowed values, such as {@code LEVEL} with
 * {@code PROVINCE}, {@code DISTRICT} and {@code COMMUNE}.
 *
 * <p>Keys and values follow the code syntax of {@code codes.md} (upper-case ASCII letters, digits and underscores,
 * starting with a letter), as in the observation CSV column {@code breakdown} ({@code LEVEL=COMMUNE}). The values
 * are kept sorted.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param key the dimension key, for example {@code SECTOR}
 * @param values the allowed values, at least one, sorted
 */
public record BreakdownDimension(String key, SortedSet<String> values) {

  /** The key of the administrative-level dimension (cấp: tỉnh, huyện, xã). */
  public static final String LEVEL = "LEVEL";

  /** The key of the sector dimension (lĩnh vực), as in the satisfaction targets T14b and T14d. */
  public static final String SECTOR = "SECTOR";

  /**
   * Validates the key and values and keeps an unmodifiable sorted copy of the values.
   *
   * @param key the dimension key
   * @param values the allowed values
   * @throws NullPointerException if {@code key}, {@code values} or a value is null
   * @throws IllegalArgumentException if the key or a value breaks the code syntax, or there are no values
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
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("breakdown dimension " + key + " must allow at least one value, was none");
    }
    values = Collections.unmodifiableSortedSet(copy);
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
   * @return {@code true} if {@code value} is one of {@link #values()}
   * @throws NullPointerException if {@code value} is null
   */
  public boolean allows(String value) {
    return values.contains(Objects.requireNonNull(value, "value"));
  }
}
