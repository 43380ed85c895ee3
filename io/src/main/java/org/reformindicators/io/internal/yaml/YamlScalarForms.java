package org.reformindicators.io.internal.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The plain YAML scalars that YAML readers read differently, such as {@code 010}: the octal number 8 for a
 * YAML 1.1 reader (SnakeYAML, PyYAML), the decimal 10 for a YAML 1.2 reader.
 *
 * <p>The project's YAML parser hands such a scalar over as the text it is (so a string field such as an area
 * code {@code 01} keeps its text), and a number or boolean field refuses it with {@link
 * #disagreementMessage(String)}, such as "write 10, not 010: YAML readers disagree". The forms are:
 *
 * <ul>
 *   <li>a number with a leading zero, such as {@code 010} or {@code 01.5} ({@code 0} and {@code 0.5} are
 *       plain);
 *   <li>digits grouped with {@code _}, such as {@code 1_000};
 *   <li>a {@code 0x}, {@code 0o} or {@code 0b} prefix, such as {@code 0x1F};
 *   <li>a base-60 (sexagesimal) number, such as {@code 1:30};
 *   <li>the words {@code yes}, {@code no}, {@code on}, {@code off}, {@code y}, {@code n} in a boolean field
 *       (booleans of YAML 1.1, text in YAML 1.2);
 *   <li>{@code .inf}, {@code -.inf} and {@code .nan}, which are numbers to YAML but never values of these
 *       documents.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class YamlScalarForms {

  private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9_]+(\\.[0-9_]*)?([eE][-+]?[0-9]+)?");
  private static final Pattern GROUPED =
      Pattern.compile("[-+]?([0-9][0-9_]*(\\.[0-9_]*)?|\\.[0-9_]+)([eE][-+]?[0-9]+)?");
  private static final Pattern PREFIXED = Pattern.compile("[-+]?0([xX][0-9a-fA-F_]+|[oO][0-7_]+|[bB][01_]+)");
  private static final Pattern SEXAGESIMAL = Pattern.compile("[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?");
  private static final Pattern SPECIAL_FLOAT = Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
  private static final Pattern BOOLEAN_WORD = Pattern.compile("(?i)y|n|yes|no|on|off");

  /** Longest scalar examined; longer text is never one of these forms in a valid document. */
  private static final int MAX_FORM_LENGTH = 100;

  private YamlScalarForms() {}

  /**
   * Tells whether YAML readers read a plain scalar as different numbers, or as a number and as text.
   *
   * @param text the scalar as written, e.g. {@code 010}
   * @return {@code true} for the forms listed in the class documentation (booleans and {@code .inf}/{@code
   *     .nan} excepted)
   */
  public static boolean isDisputedNumber(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_FORM_LENGTH) {
      return false;
    }
    return LEADING_ZERO.matcher(text).matches()
        || (text.indexOf('_') >= 0 && GROUPED.matcher(text).matches())
        || PREFIXED.matcher(text).matches()
        || SEXAGESIMAL.matcher(text).matches();
  }

  /**
   * Tells whether a plain scalar is YAML's infinity or not-a-number, such as {@code .nan}.
   *
   * @param text the scalar as written
   * @return {@code true} for {@code .inf}, {@code -.inf}, {@code +.inf} and {@code .nan} in any of YAML's
   *     spellings
   */
  public static boolean isSpecialFloat(String text) {
    return SPECIAL_FLOAT.matcher(Objects.requireNonNull(text, "text")).matches();
  }

  /**
   * Tells whether a plain scalar is a YAML 1.1 boolean word that YAML 1.2 reads as text, such as {@code yes}.
   *
   * @param text the scalar as written
   * @return {@code true} for {@code y}, {@code n}, {@code yes}, {@code no}, {@code on} and {@code off} in any
   *     letter case
   */
  public static boolean isBooleanWord(String text) {
    return BOOLEAN_WORD.matcher(Objects.requireNonNull(text, "text")).matches();
  }

  /**
   * Returns the message that refuses a disputed scalar in a number or boolean field.
   *
   * @param text the scalar as written, one of the forms of this class
   * @return e.g. {@code write 10, not 010: YAML readers disagree (YAML 1.1 reads 010 as the octal number 8,
   *     YAML 1.2 as 10)}
   */
  public static String disagreementMessage(String text) {
    if (isBooleanWord(text)) {
      boolean yes = text.equalsIgnoreCase("y") || text.equalsIgnoreCase("yes") || text.equalsIgnoreCase("on");
      return "write " + yes + ", not " + text + ": YAML readers disagree (YAML 1.1 reads " + text + " as "
          + yes + ", YAML 1.2 as text)";
    }
    if (isSpecialFloat(text)) {
      return "write a finite number, not " + text
          + ": infinity and not-a-number are never values of these documents";
    }
    String decimal = decimalReading(text);
    String write = decimal == null ? "write the number in plain decimal digits" : "write " + decimal;
    String prefix = write + ", not " + text + ": YAML readers disagree";
    String bare = text.replaceFirst("^[-+]", "");
    if (SEXAGESIMAL.matcher(text).matches()) {
      return prefix + " (YAML 1.1 reads " + text + " as the base-60 number " + decimal + ", YAML 1.2 as text)";
    }
    if (PREFIXED.matcher(text).matches()) {
      return prefix + " (YAML 1.1 and YAML 1.2 read hexadecimal, octal and binary prefixes differently)";
    }
    if (bare.indexOf('_') < 0 && bare.matches("0[0-7]+")) {
      String octal = new BigInteger(bare, 8).toString();
      return prefix + " (YAML 1.1 reads " + text + " as the octal number " + (text.startsWith("-") ? "-" : "")
          + octal + ", YAML 1.2 as " + decimal + ")";
    }
    if (bare.indexOf('_') >= 0) {
      return prefix + " (YAML 1.1 reads digits grouped with '_' as one number, YAML 1.2 as text)";
    }
    return prefix + " on numbers with a leading zero";
  }

  /**
   * Returns the decimal number a YAML 1.1 reader makes of a disputed number, such as {@code 10} for {@code
   * 010} read as decimal, {@code 31} for {@code 0x1F} or {@code 90} for {@code 1:30}.
   *
   * @param text the scalar as written
   * @return the decimal digits, or {@code null} when the text is none of the disputed number forms
   */
  static String decimalReading(String text) {
    if (!isDisputedNumber(text)) {
      return null;
    }
    boolean negative = text.startsWith("-");
    String bare = text.replaceFirst("^[-+]", "").replace("_", "");
    String sign = negative ? "-" : "";
    if (PREFIXED.matcher(text).matches()) {
      int radix =
          switch (Character.toLowerCase(bare.charAt(1))) {
            case 'x' -> 16;
            case 'o' -> 8;
            default -> 2;
          };
      return bare.length() > 2 ? sign + new BigInteger(bare.substring(2), radix) : null;
    }
    if (SEXAGESIMAL.matcher(text).matches()) {
      BigDecimal value = BigDecimal.ZERO;
      for (String part : bare.split(":")) {
        value = value.multiply(BigDecimal.valueOf(60)).add(new BigDecimal(part.isEmpty() ? "0" : part));
      }
      return sign + value.toPlainString();
    }
    String digits = bare.replaceFirst("^0+(?=[0-9])", "");
    if (digits.startsWith(".")) {
      digits = "0" + digits;
    }
    if (digits.isEmpty() || digits.toLowerCase(Locale.ROOT).startsWith("e")) {
      return null;
    }
    return sign + digits;
  }
}
