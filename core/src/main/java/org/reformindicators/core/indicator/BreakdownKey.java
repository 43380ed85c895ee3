package org.reformindicators.core.indicator;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The breakdown of a value: a set of dimension=value pairs such as {@code LEVEL=COMMUNE} or
 * {@code AGENCY=000.00.12.H48;SECTOR=LAND}; the empty key, {@link #TOTAL}, is the total.
 *
 * <p>The canonical text is the pairs sorted by dimension and joined by {@code ;}, as in the {@code breakdown}
 * column of the observation CSV ({@code docs/formats/observations.md}); {@link #parse(CharSequence)} reads it (pairs in any order)
 * and {@code parse(key.toString())} gives {@code key} back. A dimension is a code: upper-case ASCII letters,
 * digits and underscores starting with a letter ({@code LEVEL}, {@code SECTOR}, {@code AGENCY}). A value is
 * either one of today's closed, upper-case lists ({@code COMMUNE}, {@code LAND}) or an open code with digits and
 * dots, such as the agency code {@code 000.00.12.H48} or the procedure code (mã thủ tục hành chính)
 * {@code 1.001234.000.00.00.H48}: upper-case ASCII letters, digits and underscores, in parts joined by single
 * dots, starting with a letter or a digit.
 *
 * <p>Keys are equal when their canonical texts are; they order by that text. The hash code is computed once and
 * spread, so keys intern well (an observation set holds one object per distinct breakdown).
 *
 * <p>This type is immutable and thread-safe.
 */
public final class BreakdownKey implements Comparable<BreakdownKey>, Serializable {

  private static final long serialVersionUID = 1L;

  /** The key of a total: no breakdown. */
  public static final BreakdownKey TOTAL = new BreakdownKey(new String[0], new String[0], "");

  private static final String FORM = "pairs are DIMENSION=VALUE joined by ';' (e.g. LEVEL=COMMUNE;SECTOR=LAND)";

  private final String[] dimensions;
  private final String[] values;
  private final String text;
  private final int hash;

  private BreakdownKey(String[] dimensions, String[] values, String text) {
    this.dimensions = dimensions;
    this.values = values;
    this.text = text;
    int h = text.hashCode() * 0x9E3779B9;
    this.hash = h ^ (h >>> 16);
  }

  /**
   * Returns the key of one pair, such as {@code LEVEL=COMMUNE}.
   *
   * @param dimension the dimension, such as {@code LEVEL}
   * @param value the value, such as {@code COMMUNE} or {@code 000.00.12.H48}
   * @return the key
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the dimension or the value breaks its syntax (the message of {@link
   *     #parse(CharSequence)})
   */
  public static BreakdownKey of(String dimension, String value) {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(value, "value");
    return of(Map.of(dimension, value));
  }

  /**
   * Returns the key of the given pairs; an empty map gives {@link #TOTAL}.
   *
   * @param pairs the values by dimension
   * @return the key
   * @throws NullPointerException if the map, a dimension or a value is null
   * @throws IllegalArgumentException if a dimension or a value breaks its syntax (the message of {@link
   *     #parse(CharSequence)}, on the canonical text of the pairs)
   */
  public static BreakdownKey of(Map<String, String> pairs) {
    Objects.requireNonNull(pairs, "pairs");
    if (pairs.isEmpty()) {
      return TOTAL;
    }
    TreeMap<String, String> sorted = new TreeMap<>();
    for (Map.Entry<String, String> pair : pairs.entrySet()) {
      sorted.put(
          Objects.requireNonNull(pair.getKey(), "dimension"),
          Objects.requireNonNull(pair.getValue(), "value of " + pair.getKey()));
    }
    String text = join(sorted);
    int start = 0;
    for (Map.Entry<String, String> pair : sorted.entrySet()) {
      int equals = start + pair.getKey().length();
      checkPair(text, start, equals, pair.getKey(), pair.getValue());
      start = equals + 1 + pair.getValue().length() + 1;
    }
    return new BreakdownKey(
        sorted.keySet().toArray(new String[0]), sorted.values().toArray(new String[0]), text);
  }

  /**
   * Parses {@code DIMENSION=VALUE} pairs joined by {@code ;}, in any order; the empty text is {@link #TOTAL}.
   *
   * <p>This is the one parser of breakdown text in the library; every error message has the form
   * {@code breakdown 'TEXT' at position N: RULE}, where {@code N} counts characters from 1.
   *
   * @param text the text, such as {@code LEVEL=COMMUNE} or {@code SECTOR=LAND;LEVEL=PROVINCE}
   * @return the key
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if a pair is empty or has no {@code =}, a dimension or a value breaks its
   *     syntax, or a dimension repeats
   */
  public static BreakdownKey parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String input = text.toString();
    if (input.isEmpty()) {
      return TOTAL;
    }
    TreeMap<String, String> pairs = new TreeMap<>();
    int start = 0;
    while (start <= input.length()) {
      int end = input.indexOf(';', start);
      if (end < 0) {
        end = input.length();
      }
      if (end == start) {
        throw error(input, start, "a pair is empty; " + FORM);
      }
      int equals = input.indexOf('=', start);
      if (equals < 0 || equals > end) {
        int bad = firstBadDimensionChar(input.substring(start, end));
        throw error(input, bad > 0 ? start + bad : end, "'=' expected after the dimension; " + FORM);
      }
      String dimension = input.substring(start, equals);
      String value = input.substring(equals + 1, end);
      checkPair(input, start, equals, dimension, value);
      if (pairs.put(dimension, value) != null) {
        throw error(input, start, "dimension " + dimension + " repeats");
      }
      start = end + 1;
    }
    return fromSorted(pairs);
  }

  /**
   * Returns whether a text is a valid dimension: upper-case ASCII letters, digits and underscores starting with a
   * letter.
   *
   * @param text the text to test
   * @return {@code true} if {@code text} is a valid dimension
   * @throws NullPointerException if {@code text} is null
   */
  public static boolean isValidDimension(CharSequence text) {
    return firstBadDimensionChar(Objects.requireNonNull(text, "text")) < 0;
  }

  /**
   * Returns whether a text is a valid value: upper-case ASCII letters, digits and underscores in parts joined by
   * single dots, starting with a letter or a digit, such as {@code COMMUNE} or {@code 1.001234.000.00.00.H48}.
   *
   * @param text the text to test
   * @return {@code true} if {@code text} is a valid value
   * @throws NullPointerException if {@code text} is null
   */
  public static boolean isValidValue(CharSequence text) {
    return firstBadValueChar(Objects.requireNonNull(text, "text")) < 0;
  }

  /**
   * Returns whether this is the total, the key without pairs.
   *
   * @return {@code true} for {@link #TOTAL}
   */
  public boolean isTotal() {
    return dimensions.length == 0;
  }

  /**
   * Returns the number of pairs.
   *
   * @return the number of pairs, 0 for the total
   */
  public int size() {
    return dimensions.length;
  }

  /**
   * Returns the dimensions, sorted.
   *
   * @return the dimensions, possibly empty
   */
  public List<String> dimensions() {
    return List.of(dimensions);
  }

  /**
   * Returns the value of one dimension.
   *
   * @param dimension the dimension, such as {@code LEVEL}
   * @return the value, or empty when this key has no such dimension
   * @throws NullPointerException if {@code dimension} is null
   */
  public Optional<String> value(String dimension) {
    int at = Arrays.binarySearch(dimensions, Objects.requireNonNull(dimension, "dimension"));
    return at >= 0 ? Optional.of(values[at]) : Optional.empty();
  }

  /**
   * Returns whether this key has a dimension.
   *
   * @param dimension the dimension
   * @return {@code true} if one pair has this dimension
   * @throws NullPointerException if {@code dimension} is null
   */
  public boolean has(String dimension) {
    return Arrays.binarySearch(dimensions, Objects.requireNonNull(dimension, "dimension")) >= 0;
  }

  /**
   * Returns this key with one more pair, or with the value of an existing dimension replaced.
   *
   * @param dimension the dimension
   * @param value the value
   * @return the key
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the dimension or the value breaks its syntax
   */
  public BreakdownKey with(String dimension, String value) {
    TreeMap<String, String> pairs = new TreeMap<>(asMap());
    pairs.put(Objects.requireNonNull(dimension, "dimension"), Objects.requireNonNull(value, "value"));
    return of(pairs);
  }

  /**
   * Returns the pairs as a map sorted by dimension.
   *
   * @return an unmodifiable map, empty for the total
   */
  public SortedMap<String, String> asMap() {
    TreeMap<String, String> map = new TreeMap<>();
    for (int i = 0; i < dimensions.length; i++) {
      map.put(dimensions[i], values[i]);
    }
    return Collections.unmodifiableSortedMap(map);
  }

  /**
   * Returns the pairs as {@code DIMENSION=VALUE} texts, sorted by dimension.
   *
   * @return the pairs, possibly empty
   */
  public List<String> pairs() {
    List<String> pairs = new ArrayList<>(dimensions.length);
    for (int i = 0; i < dimensions.length; i++) {
      pairs.add(dimensions[i] + "=" + values[i]);
    }
    return List.copyOf(pairs);
  }

  /**
   * Compares by canonical text, so the total comes first.
   *
   * @param other the other key
   * @return a negative number, zero or a positive number as this key sorts before, with or after {@code other}
   */
  @Override
  public int compareTo(BreakdownKey other) {
    return text.compareTo(other.text);
  }

  /**
   * Returns whether another object is a breakdown key with the same pairs.
   *
   * @param other the other object
   * @return {@code true} if {@code other} is a key with the same canonical text
   */
  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof BreakdownKey that && hash == that.hash && text.equals(that.text));
  }

  /**
   * Returns the hash code, computed once from the canonical text and spread.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return hash;
  }

  /**
   * Returns the canonical text: the pairs sorted by dimension, joined by {@code ;}; empty for the total.
   *
   * @return the text, such as {@code LEVEL=COMMUNE;SECTOR=LAND}
   */
  @Override
  public String toString() {
    return text;
  }

  private static BreakdownKey fromSorted(TreeMap<String, String> pairs) {
    return new BreakdownKey(
        pairs.keySet().toArray(new String[0]), pairs.values().toArray(new String[0]), join(pairs));
  }

  private static String join(TreeMap<String, String> pairs) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, String> pair : pairs.entrySet()) {
      if (text.length() > 0) {
        text.append(';');
      }
      text.append(pair.getKey()).append('=').append(pair.getValue());
    }
    return text.toString();
  }

  /** Checks one pair whose dimension starts at {@code start} of {@code text} and whose '=' is at {@code equals}. */
  private static void checkPair(String text, int start, int equals, String dimension, String value) {
    int badDimension = firstBadDimensionChar(dimension);
    if (badDimension >= 0) {
      throw error(
          text,
          start + badDimension,
          "a dimension must be upper-case ASCII letters, digits and underscores starting with a letter");
    }
    int badValue = firstBadValueChar(value);
    if (badValue >= 0) {
      throw error(
          text,
          equals + 1 + badValue,
          "a value must be upper-case ASCII letters, digits and underscores, in parts joined by single dots"
              + " (e.g. COMMUNE, 000.00.12.H48)");
    }
  }

  private static IllegalArgumentException error(String text, int index, String rule) {
    return new IllegalArgumentException("breakdown '" + text + "' at position " + (index + 1) + ": " + rule);
  }

  /** Returns the index of the first character that breaks the dimension syntax, or -1. */
  private static int firstBadDimensionChar(CharSequence text) {
    if (text.length() == 0) {
      return 0;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = (c >= 'A' && c <= 'Z') || (i > 0 && ((c >= '0' && c <= '9') || c == '_'));
      if (!ok) {
        return i;
      }
    }
    return -1;
  }

  /** Returns the index of the first character that breaks the value syntax, or -1. */
  private static int firstBadValueChar(CharSequence text) {
    if (text.length() == 0) {
      return 0;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean word = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      boolean ok =
          i == 0
              ? word
              : word || c == '_' || (c == '.' && text.charAt(i - 1) != '.' && i < text.length() - 1);
      if (!ok) {
        return i;
      }
    }
    return -1;
  }
}
