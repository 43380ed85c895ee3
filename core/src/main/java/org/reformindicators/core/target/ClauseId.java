package org.reformindicators.core.target;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifier of a clause of a plan, such as {@code T12e}: {@code T}, the number of the headline target and an
 * optional lower-case letter for the clause within it.
 *
 * <p>The natural order is <em>plan order</em>: by number, then clause without a letter before lettered clauses,
 * then by letter, so {@code T9c} comes before {@code T10a} (text order would put {@code T10a} first). For the
 * Quảng Ngãi plan the ids match {@code ^T([1-9]|1[0-4])[a-f]?$} ({@code docs/formats/plan.md}); the general rule accepts any
 * number from 1 to {@value #MAX_NUMBER} and any letter {@code a}–{@code z}.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param number the number of the headline target, 1 to {@value #MAX_NUMBER}
 * @param letter the clause letter, a single lower-case ASCII letter, or the empty string when the target has a
 *     single clause (as {@code T3})
 */
public record ClauseId(int number, String letter) implements Comparable<ClauseId>, Serializable {

  /** The largest target number accepted. */
  public static final int MAX_NUMBER = 999;

  private static final Pattern SYNTAX = Pattern.compile("T([1-9][0-9]{0,2})([a-z]?)");

  /**
   * Validates the number and the letter.
   *
   * @param number the number of the headline target
   * @param letter the clause letter or the empty string
   * @throws NullPointerException if {@code letter} is null
   * @throws IllegalArgumentException if the number is outside 1..{@value #MAX_NUMBER} or the letter is not empty
   *     nor a single lower-case ASCII letter
   */
  public ClauseId {
    Objects.requireNonNull(letter, "letter");
    if (number < 1 || number > MAX_NUMBER) {
      throw new IllegalArgumentException(
          "clause number must be within 1.." + MAX_NUMBER + ", was " + number);
    }
    if (!letter.isEmpty() && !(letter.length() == 1 && letter.charAt(0) >= 'a' && letter.charAt(0) <= 'z')) {
      throw new IllegalArgumentException(
          "clause letter must be empty or one lower-case ASCII letter a-z, was '" + letter + "'");
    }
  }

  /**
   * Returns the id of a target with a single clause, such as {@code T3}.
   *
   * @param number the number of the headline target
   * @return the clause id
   * @throws IllegalArgumentException if the number is outside 1..{@value #MAX_NUMBER}
   */
  public static ClauseId of(int number) {
    return new ClauseId(number, "");
  }

  /**
   * Returns the id of a lettered clause, such as {@code T1b}.
   *
   * @param number the number of the headline target
   * @param letter the clause letter, {@code a}–{@code z}
   * @return the clause id
   * @throws IllegalArgumentException if the number is outside 1..{@value #MAX_NUMBER} or the letter is not a
   *     lower-case ASCII letter
   */
  public static ClauseId of(int number, char letter) {
    return new ClauseId(number, String.valueOf(letter));
  }

  /**
   * Parses the canonical text, such as {@code T10b}.
   *
   * @param text the text
   * @return the clause id
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not {@code T}, a number 1..{@value #MAX_NUMBER} without
   *     leading zeros and an optional lower-case letter
   */
  public static ClauseId parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher matcher = SYNTAX.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "clause id must be T, a number 1.." + MAX_NUMBER + " and an optional lower-case letter (e.g. T1a, T3, "
              + "T12e), was '" + text + "'");
    }
    return new ClauseId(Integer.parseInt(matcher.group(1)), matcher.group(2));
  }

  /**
   * Compares in plan order: number first, then letter ({@code T9c} &lt; {@code T10a}; {@code T3} &lt; {@code T3a}).
   *
   * @param other the other id
   * @return negative, zero or positive as this id comes before, with or after {@code other}
   */
  @Override
  public int compareTo(ClauseId other) {
    int byNumber = Integer.compare(number, other.number);
    return byNumber != 0 ? byNumber : letter.compareTo(other.letter);
  }

  /**
   * Returns the canonical text, such as {@code T1a}; {@link #parse(CharSequence)} reads it back.
   *
   * @return the canonical text
   */
  @Override
  public String toString() {
    return "T" + number + letter;
  }
}
