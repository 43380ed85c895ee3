package org.reformindicators.io.fuzz;

import java.util.List;
import java.util.SplittableRandom;
import org.reformindicators.io.internal.json.JsonMappers;

/**
 * Generators of the values a careless or hostile user writes into a file: numbers that overflow or underflow a
 * {@code double}, numbers longer than the 100-character limit, NaN and infinities in each syntax, YAML 1.1
 * octal, hexadecimal and sexagesimal forms, strings of more than a million characters, deep nesting, lone
 * surrogates and malformed UTF-8. Shared by the seeded fuzz tests and the long campaign.
 *
 * <p>The values of {@link #mustRefuse(Syntax, SplittableRandom)} are refused in every numeric field of every
 * reader: a reader that returns a value for one of them has silently accepted a number it cannot represent
 * or that YAML readers disagree on.
 */
final class HostileValues {

  /** Longest string the documents accept, in characters. */
  static final int MAX_STRING_LENGTH = JsonMappers.MAX_STRING_LENGTH;

  /** Longest number text accepted; the issue asks the CSV to share the documents' limit. */
  static final int MAX_NUMBER_LENGTH = JsonMappers.MAX_NUMBER_LENGTH;

  private static final List<String> HUGE =
      List.of("1e309", "-1e309", "1.0e+309", "1E400", "1.0e+999999999", "-1.0e+999999999", "2e308",
          "1.7976931348623159e308", "123456789e301");

  private static final List<String> TINY =
      List.of("1e-400", "1.0e-400", "-1e-400", "4.9e-325", "2e-324", "1e-999999999", "1.0E-330");

  private static final List<String> NON_FINITE_JSON = List.of("NaN", "Infinity", "-Infinity", "+Infinity");

  private static final List<String> NON_FINITE_YAML =
      List.of(".nan", ".NaN", ".NAN", ".inf", ".Inf", "-.inf", "+.inf", "NaN", "Infinity", "-Infinity");

  private static final List<String> NON_FINITE_CSV = List.of("NaN", "Infinity", "-Infinity", "inf", "nan", "\u221E");

  /** YAML 1.1 reads these as numbers that YAML 1.2 reads differently or not at all. */
  private static final List<String> YAML_FORMS =
      List.of("010", "0100", "080", "0777", "-012", "+010", "00", "0x1F", "0X1f", "0o17", "0b101", "1:30",
          "190:20:30", "-1:30", "1_000", "1_000.5", "0.5_0");

  /** The YAML forms that are no number in a CSV either (a leading zero is a plain decimal there). */
  private static final List<String> CSV_FORMS = List.of("0x1F", "0o17", "0b101", "1:30", "190:20:30", "1_000");

  private HostileValues() {}

  /**
   * Returns a number whose magnitude exceeds {@code Double.MAX_VALUE}.
   *
   * @param random the randomness
   * @return e.g. {@code 1e309}
   */
  static String hugeNumber(SplittableRandom random) {
    if (random.nextInt(4) == 0) {
      return (random.nextBoolean() ? "-" : "") + (1 + random.nextInt(9)) + "e" + (309 + random.nextInt(100_000));
    }
    return pick(HUGE, random);
  }

  /**
   * Returns a non-zero number that rounds to zero as a {@code double}.
   *
   * @param random the randomness
   * @return e.g. {@code 1e-400}
   */
  static String tinyNumber(SplittableRandom random) {
    if (random.nextInt(4) == 0) {
      return (1 + random.nextInt(9)) + "e-" + (325 + random.nextInt(100_000));
    }
    return pick(TINY, random);
  }

  /**
   * Returns a plain decimal longer than {@value #MAX_NUMBER_LENGTH} characters: 101 to 402 digits, some
   * finite as a {@code double}, some overflowing, some underflowing.
   *
   * @param random the randomness
   * @return e.g. a 400-digit integer
   */
  static String longDecimal(SplittableRandom random) {
    int digits = random.nextBoolean() ? 400 + random.nextInt(3) : MAX_NUMBER_LENGTH + 1 + random.nextInt(300);
    return switch (random.nextInt(4)) {
      case 0 -> "9".repeat(digits);
      case 1 -> "1" + "0".repeat(digits - 1);
      case 2 -> "0." + "0".repeat(digits - 2) + "1";
      default -> "-" + "3".repeat(digits / 2) + "." + "3".repeat(digits - digits / 2);
    };
  }

  /**
   * Returns a NaN or an infinity as the syntax might spell it.
   *
   * @param syntax the syntax
   * @param random the randomness
   * @return e.g. {@code .nan} in YAML
   */
  static String nonFinite(Syntax syntax, SplittableRandom random) {
    return pick(
        switch (syntax) {
          case JSON -> NON_FINITE_JSON;
          case YAML -> NON_FINITE_YAML;
          case CSV, TEXT -> NON_FINITE_CSV;
        },
        random);
  }

  /**
   * Returns a YAML 1.1 octal, hexadecimal, binary, sexagesimal or underscored number, such as {@code 010}.
   *
   * @param syntax the syntax; a CSV gets only the forms that are no plain decimal
   * @param random the randomness
   * @return the form
   */
  static String yamlNumberForm(Syntax syntax, SplittableRandom random) {
    return pick(syntax == Syntax.CSV ? CSV_FORMS : YAML_FORMS, random);
  }

  /**
   * Returns a number that every numeric field of the syntax must refuse: overflow, underflow, over-long,
   * non-finite, or a YAML number form.
   *
   * @param syntax the syntax
   * @param random the randomness
   * @return the number as written
   */
  static String mustRefuse(Syntax syntax, SplittableRandom random) {
    return switch (random.nextInt(5)) {
      case 0 -> hugeNumber(random);
      case 1 -> tinyNumber(random);
      case 2 -> longDecimal(random);
      case 3 -> nonFinite(syntax, random);
      default -> yamlNumberForm(syntax, random);
    };
  }

  /**
   * Returns a string just longer than {@value #MAX_STRING_LENGTH} characters, or, when {@code overLimit} is
   * false, one of 65,537 or 100,000 (beyond the CSV's field limit, within the documents' string limit). Kept
   * near the limit because a YAML read of such a string takes a good part of a second.
   *
   * @param overLimit whether the string exceeds the limit
   * @param random the randomness
   * @return the string
   */
  static String longString(boolean overLimit, SplittableRandom random) {
    int length =
        overLimit ? MAX_STRING_LENGTH + 1 + random.nextInt(100) : pick(List.of(65_537, 100_000), random);
    String unit = pick(List.of("a", "\u1EC7", "9", "Qu\u1EA3ng Ng\u00E3i "), random);
    StringBuilder text = new StringBuilder(length + unit.length());
    while (text.length() < length) {
      text.append(unit);
    }
    text.setLength(length);
    return text.toString();
  }

  /**
   * Returns a value nested {@code depth} arrays or objects deep, in flow style (valid JSON and YAML).
   *
   * @param syntax JSON or YAML
   * @param depth how deep
   * @param random the randomness
   * @return e.g. {@code [[[1]]]}
   */
  static String nested(Syntax syntax, int depth, SplittableRandom random) {
    boolean objects = random.nextBoolean();
    String open = objects ? (syntax == Syntax.JSON ? "{\"a\": " : "{a: ") : "[";
    String close = objects ? "}" : "]";
    return open.repeat(depth) + "1" + close.repeat(depth);
  }

  /**
   * Returns a nesting depth around the limit of 64, or far beyond it.
   *
   * @param random the randomness
   * @return the depth
   */
  static int nestingDepth(SplittableRandom random) {
    return pick(List.of(20, 62, 63, 64, 65, 66, 100, 1_000, 5_000, 100_000), random);
  }

  /**
   * Returns an escape sequence of a lone surrogate as JSON and YAML double-quoted strings write it.
   *
   * @param random the randomness
   * @return e.g. {@code \ud800}
   */
  static String loneSurrogateEscape(SplittableRandom random) {
    return pick(List.of("\\ud800", "\\uDBFF", "\\udc00", "\\udc00\\ud800", "\\ud800x", "\\ud83d"), random);
  }

  /**
   * Returns a lone surrogate as a Java string (WTF-8 bytes once encoded by {@link Bytes#wtf8(CharSequence)}).
   *
   * @param random the randomness
   * @return e.g. {@code "\ud800"}
   */
  static String loneSurrogate(SplittableRandom random) {
    return pick(List.of("\uD800", "\uDBFF", "\uDC00", "\uDC00\uD800", "\uD83D"), random);
  }

  /**
   * Returns bytes that are not well-formed UTF-8, as a Latin-1 view: stray continuation bytes, overlong
   * forms, truncated sequences, encoded surrogates, code points beyond U+10FFFF, and single bytes of the legacy
   * Vietnamese encodings.
   *
   * @param random the randomness
   * @return the bytes as a Latin-1 view
   */
  static String malformedUtf8(SplittableRandom random) {
    return pick(
        List.of("\u0080", "\u00BF", "\u00C0\u00AF", "\u00C3", "\u00E2\u0082", "\u00ED\u00A0\u0080",
            "\u00ED\u00B0\u0080", "\u00F4\u0090\u0080\u0080", "\u00F8\u0088\u0080\u0080\u0080", "\u00FE", "\u00FF",
            "Qu\u00E1ng Ng\u00E3i", "\u00D6", "\u00E0\u0080\u0080", "\u00F0\u0080\u0080\u0080"),
        random);
  }

  /**
   * Picks one element.
   *
   * @param values the choices
   * @param random the randomness
   * @param <T> the type
   * @return one of the values
   */
  static <T> T pick(List<T> values, SplittableRandom random) {
    return values.get(random.nextInt(values.size()));
  }
}
