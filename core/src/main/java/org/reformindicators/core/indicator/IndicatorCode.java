package org.reformindicators.core.indicator;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;
import org.reformindicators.core.internal.Validation;

/**
 * The stable code of an indicator, such as {@code PCI_RANK} or {@code PAR_INDEX}.
 *
 * <p>The syntax is fixed by the observation CSV contract ({@code docs/formats/observations.md}): upper-case ASCII letters, digits and
 * underscores, starting with a letter, which makes every code a valid SDMX identifier. Codes compare by their
 * text. {@link #toString()} returns the code itself, so {@code IndicatorCode.parse(code.toString())} gives
 * {@code code} back.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param value the code text, for example {@code "PCI"}
 */
public record IndicatorCode(String value) implements Comparable<IndicatorCode>, Serializable {

  private static final Pattern SYNTAX = Validation.CODE;

  /** The suffix that turns the code of an index total into the code of its rank ({@code docs/formats/observations.md}). */
  public static final String RANK_SUFFIX = "_RANK";

  /**
   * Validates the code text.
   *
   * @param value the code text
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} does not follow the indicator-code syntax
   */
  public IndicatorCode {
    Objects.requireNonNull(value, "value");
    if (!SYNTAX.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "indicator code must be upper-case ASCII letters, digits and underscores starting with a letter, was '"
              + value
              + "'");
    }
  }

  /**
   * Returns whether a text follows the code syntax of {@code docs/formats/observations.md} (upper-case ASCII letters, digits and
   * underscores, starting with a letter), which breakdown keys and values share.
   *
   * @param text the text to test
   * @return {@code true} if {@code text} is a valid code
   * @throws NullPointerException if {@code text} is null
   */
  public static boolean isValidSyntax(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return SYNTAX.matcher(text).matches();
  }

  /**
   * Returns the code with the given text.
   *
   * @param value the code text, for example {@code "PCI_TRANSPARENCY"}
   * @return the code
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} does not follow the indicator-code syntax
   */
  public static IndicatorCode of(String value) {
    return new IndicatorCode(value);
  }

  /**
   * Parses the canonical text of a code; the inverse of {@link #toString()}.
   *
   * @param text the code text
   * @return the code
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} does not follow the indicator-code syntax
   */
  public static IndicatorCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return new IndicatorCode(text.toString());
  }

  /**
   * Returns the code of the rank of this index total, such as {@code PCI_RANK} for {@code PCI} ({@code docs/formats/observations.md}:
   * ranks use the total's code with the suffix {@code _RANK}).
   *
   * @return this code followed by {@value #RANK_SUFFIX}
   */
  public IndicatorCode rank() {
    return new IndicatorCode(value + RANK_SUFFIX);
  }

  /**
   * Compares codes by their text.
   *
   * @param other the other code
   * @return a negative number, zero or a positive number as this code sorts before, with or after {@code other}
   */
  @Override
  public int compareTo(IndicatorCode other) {
    return value.compareTo(other.value);
  }

  /**
   * Returns the text's hash, the value a record's generated method gives, written out so that the engine's look-ups
   * by code (several per clause and unit) call no generated bootstrap method.
   *
   * @return the hash code, {@code value().hashCode()}
   */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns whether another object is an indicator code with the same text.
   *
   * @param other the other object
   * @return {@code true} if {@code other} is an {@code IndicatorCode} with the same text
   */
  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof IndicatorCode that && value.equals(that.value));
  }

  /**
   * Returns the code text.
   *
   * @return the code text, for example {@code PCI_RANK}
   */
  @Override
  public String toString() {
    return value;
  }
}
