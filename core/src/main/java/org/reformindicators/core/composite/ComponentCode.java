package org.reformindicators.core.composite;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.internal.Validation;

/**
 * The code of a component (thành phần) of a composite index, such as the PCI sub-index {@code PCI_TRANSPARENCY}
 * or the PAR INDEX area {@code PAR_ADMIN_PROCEDURES}: the code of an {@link IndexNode}, of a {@link DataMatrix}
 * column and of every score, contribution and problem that names a component.
 *
 * <p>Component codes are their own namespace, not catalogue {@link IndicatorCode}s: a methodology file names its
 * leaves by the columns of the data it scores (often, but not necessarily, catalogue codes) and its composite
 * nodes by codes that no catalogue defines ({@code docs/formats/methodology.md}). The syntax is that of an
 * indicator code: upper-case ASCII letters, digits and underscores, starting with a letter. Codes compare by
 * their text; {@link #toString()} returns the code itself, so {@code ComponentCode.parse(code.toString())} gives
 * {@code code} back. In files and documents a component code is a plain string.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param value the code text, for example {@code "PCI_TRANSPARENCY"}
 */
public record ComponentCode(String value) implements Comparable<ComponentCode>, Serializable {

  private static final long serialVersionUID = 1L;

  /** The syntax of a code: upper-case ASCII letters, digits and underscores, starting with a letter. */
  public static final Pattern SYNTAX = Validation.CODE;

  /**
   * Validates the code text.
   *
   * @param value the code text
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} does not follow the syntax, with the text in the message
   */
  public ComponentCode {
    Objects.requireNonNull(value, "value");
    if (!SYNTAX.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "code must match " + SYNTAX.pattern() + " (upper-case letters, digits, underscores), was '" + value + "'");
    }
  }

  /**
   * Returns the code with the given text.
   *
   * @param value the code text, for example {@code "PCI_TRANSPARENCY"}
   * @return the code
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} does not follow the syntax
   */
  public static ComponentCode of(String value) {
    return new ComponentCode(value);
  }

  /**
   * Parses the canonical text of a code; the inverse of {@link #toString()}.
   *
   * @param text the code text
   * @return the code
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} does not follow the syntax
   */
  public static ComponentCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return new ComponentCode(text.toString());
  }

  /**
   * Returns the component code with the text of an indicator code, such as the root of an index whose total is
   * the catalogue indicator {@code PCI}.
   *
   * @param indicator the indicator code
   * @return the component code with the same text
   * @throws NullPointerException if {@code indicator} is null
   */
  public static ComponentCode of(IndicatorCode indicator) {
    return new ComponentCode(Objects.requireNonNull(indicator, "indicator").value());
  }

  /**
   * Compares codes by their text.
   *
   * @param other the other code
   * @return negative, zero or positive as this code's text sorts before, with or after the other's
   */
  @Override
  public int compareTo(ComponentCode other) {
    return value.compareTo(other.value);
  }

  /**
   * Returns the code text.
   *
   * @return the code, for example {@code PCI_TRANSPARENCY}
   */
  @Override
  public String toString() {
    return value;
  }
}
