package org.reformindicators.core.target;

import java.util.Objects;

/**
 * One value of a breakdown dimension that a clause applies to, such as {@code LEVEL=DISTRICT} for T9b or
 * {@code SECTOR=LAND} for one part of T14b.
 *
 * <p>Dimension and value follow the code syntax of {@code codes.md}, as in the {@code breakdown} column of the
 * observation CSV ({@code KEY=VALUE}).
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param dimension the dimension key, for example {@code LEVEL}
 * @param value the value, for example {@code DISTRICT}
 */
public record BreakdownValue(String dimension, String value) {

  /** The key of the administrative-level dimension (cấp: tỉnh, huyện, xã). */
  public static final String LEVEL = "LEVEL";

  /** The key of the sector dimension (lĩnh vực). */
  public static final String SECTOR = "SECTOR";

  /**
   * Validates the dimension and the value.
   *
   * @param dimension the dimension key
   * @param value the value
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if either breaks the code syntax
   */
  public BreakdownValue {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(value, "value");
    Checks.requireCode("breakdown dimension", dimension);
    Checks.requireCode("breakdown value of " + dimension, value);
  }

  /**
   * Returns a breakdown value.
   *
   * @param dimension the dimension key
   * @param value the value
   * @return the breakdown value
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if either breaks the code syntax
   */
  public static BreakdownValue of(String dimension, String value) {
    return new BreakdownValue(dimension, value);
  }

  /**
   * Returns the administrative level {@code LEVEL=value}.
   *
   * @param value the level, such as {@code PROVINCE}, {@code DISTRICT} or {@code COMMUNE}
   * @return the breakdown value
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the value breaks the code syntax
   */
  public static BreakdownValue level(String value) {
    return new BreakdownValue(LEVEL, value);
  }

  /**
   * Parses the canonical text {@code KEY=VALUE}.
   *
   * @param text the text, such as {@code LEVEL=COMMUNE}
   * @return the breakdown value
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text has no {@code =} or a part breaks the code syntax
   */
  public static BreakdownValue parse(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString();
    int eq = s.indexOf('=');
    if (eq < 0) {
      throw new IllegalArgumentException("breakdown value must be KEY=VALUE (e.g. LEVEL=COMMUNE), was '" + s + "'");
    }
    return new BreakdownValue(s.substring(0, eq), s.substring(eq + 1));
  }

  /**
   * Returns the canonical text {@code KEY=VALUE}.
   *
   * @return the text, such as {@code LEVEL=DISTRICT}
   */
  @Override
  public String toString() {
    return dimension + "=" + value;
  }
}
