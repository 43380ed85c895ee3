package org.reformindicators.io.fuzz;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups failures into families that stand for one bug each: an exception class thrown at one place, a denied
 * word or class name in one kind of message, one kind of value accepted silently, one kind of message without a
 * line or off the broken line. Numbers, quoted values and pointers are blanked, so that a thousand inputs with
 * the same defect make one family.
 */
final class Families {

  private static final Pattern THREW = Pattern.compile("threw ([\\w.$]+): .*? at ([\\w$]+\\.[\\w$<>]+):\\d+$", Pattern.DOTALL);
  private static final Pattern DENIED = Pattern.compile("deny list (\\[.*?\\])(?: in the exception message)?: (.*)", Pattern.DOTALL);

  private Families() {}

  /**
   * Returns the family of a failure.
   *
   * @param target the target
   * @param kind the mutation kind that made the input
   * @param violations the violations, the first deciding the family
   * @return the key
   */
  static String key(FuzzTarget target, Mutation kind, List<String> violations) {
    String first = violations.get(0);
    String family;
    Matcher threw = THREW.matcher(first);
    Matcher denied = DENIED.matcher(first);
    if (threw.matches()) {
      family = "throws " + threw.group(1) + " at " + threw.group(2);
    } else if (first.startsWith("threw ")) {
      family = "throws " + first.substring(6, first.indexOf(':') < 0 ? first.length() : first.indexOf(':'));
    } else if (denied.matches()) {
      family = "deny list " + denied.group(1).replaceAll("'(Exception|Creator|CoercionConfig|StreamReadConstraints|snakeyaml|Event\\()'", "$1")
          + " in \"" + shape(problemMessage(denied.group(2))) + "\"";
    } else if (first.startsWith("no line: ")) {
      family = "no line: \"" + shape(problemMessage(first.substring(9))) + "\"";
    } else if (first.startsWith("accepted ")) {
      family = "accepted silently: " + kind + detail(first);
    } else if (first.startsWith("problems on lines ")) {
      int colon = first.indexOf(": ", first.indexOf(" is on lines "));
      String off = colon < 0 ? "" : first.substring(colon + 2);
      family = "problems off the broken lines after " + kind + ": \"" + (off.startsWith("a broken line went unreported") ? off : shape(problemMessage(off))) + "\"";
    } else if (first.startsWith("refused an input that differs")) {
      int colon = first.lastIndexOf(": ");
      family = "refuses a neutral change (" + kind + "): \"" + shape(problemMessage(first.substring(colon + 2))) + "\"";
    } else {
      family = shape(first);
    }
    return target.id() + " | " + family;
  }

  /** The forms of a silently accepted number, tried in order: a pattern of the violation and its label. */
  private static final List<String[]> NUMBER_FORMS = List.of(
      new String[] {"accepted the number [+-]?0\\d.*", " (leading zero)"},
      new String[] {"accepted the number .*0[xXoObB].*", " (0x/0o/0b prefix)"},
      new String[] {"accepted the number .*\\d:\\d.*", " (sexagesimal)"},
      new String[] {"accepted the number .*\\d_\\d.*", " (underscore)"},
      new String[] {"accepted the number \\+.*", " (plus sign)"},
      new String[] {"accepted the number [-+]?\\.(nan|NaN|NAN|inf|Inf).*", " (YAML .nan/.inf)"});

  /** The distinguishing part of what was accepted: the form of a YAML number, or what the mutation broke. */
  private static String detail(String violation) {
    for (String[] form : NUMBER_FORMS) {
      if (violation.matches(form[0])) {
        return form[1];
      }
    }
    return violation.startsWith("accepted the number") ? "" : " (" + violation.substring(9, violation.length() - " silently".length()) + ")";
  }

  /** The message of a problem's text {@code location: message}. */
  private static String problemMessage(String problem) {
    String text = problem;
    int located = text.indexOf("): ");
    if (located >= 0 && located < 120) {
      text = text.substring(located + 3);
    } else if (text.startsWith("line ")) {
      int colon = text.indexOf(": ");
      text = colon < 0 ? text : text.substring(colon + 2);
    } else if (text.startsWith("/")) {
      int colon = text.indexOf(": ");
      text = colon < 0 ? text : text.substring(colon + 2);
    }
    return text;
  }

  /**
   * Blanks the variable parts of a message: quoted text, numbers, pointers, the list of a {@code ReadException}.
   *
   * @param message the message
   * @return its shape, at most 90 characters
   */
  static String shape(String message) {
    String text = message.lines().findFirst().orElse("")
        .replaceAll("'[^']*'", "'…'")
        .replaceAll("\"[^\"]*\"", "\"…\"")
        .replaceAll("`[^`]*`", "`…`")
        .replaceAll("\\([^()]*\\)", "(…)")
        .replaceAll("\\d+", "#")
        .replaceAll("/[\\w/#~-]*", "/…")
        .trim();
    return text.length() > 90 ? text.substring(0, 90) + "…" : text;
  }
}
