package org.reformindicators.io.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ProblemLocation;

/**
 * The rules every problem reported for a bad input must follow: it is located (a line, and a column or a JSON
 * pointer), and its text holds nothing of the libraries underneath: no qualified class name, nor the words of
 * the deny list of issue 12 ({@code Exception}, {@code Creator}, {@code CoercionConfig}, {@code
 * StreamReadConstraints}, {@code snakeyaml}, {@code Event(}).
 */
final class MessageRules {

  /** A qualified Java class name such as {@code java.lang.Double} or {@code org.yaml.snakeyaml.events.Event}. */
  static final Pattern QUALIFIED_CLASS_NAME = Pattern.compile("\\b[a-z]+(\\.[a-z0-9_]+)+\\.[A-Z]\\w*");

  /** The words no message may hold. */
  static final List<String> DENIED_WORDS =
      List.of("Exception", "Creator", "CoercionConfig", "StreamReadConstraints", "snakeyaml", "Event(");

  private MessageRules() {}

  /**
   * Returns what a text breaks of the deny list.
   *
   * @param text a message
   * @return the denied fragments found, empty when the text is clean
   */
  static List<String> denied(String text) {
    List<String> found = new ArrayList<>();
    var m = QUALIFIED_CLASS_NAME.matcher(text);
    if (m.find()) {
      found.add("class name '" + m.group() + "'");
    }
    for (String word : DENIED_WORDS) {
      if (text.contains(word)) {
        found.add("'" + word + "'");
      }
    }
    return found;
  }

  /**
   * Checks one problem of a read.
   *
   * @param problem the problem
   * @param csv whether the input is a CSV (else a JSON or YAML document)
   * @param lines how many lines the input has
   * @return the rules broken, each as a short sentence whose start names the rule
   */
  static List<String> check(Problem problem, boolean csv, int lines) {
    List<String> broken = new ArrayList<>();
    ProblemLocation location = problem.location();
    if (csv && !(location instanceof ProblemLocation.Csv)) {
      broken.add("not located as a CSV cell: " + problem);
    } else if (!csv && !(location instanceof ProblemLocation.Document)) {
      broken.add("not located in the document: " + problem);
    }
    int line = line(location);
    if (line < 1) {
      broken.add("no line: " + problem);
    } else if (line > lines + 1) {
      broken.add("line beyond the input (" + lines + " lines): " + problem);
    }
    for (String text : List.of(problem.message(), problem.field(), location.describe())) {
      List<String> denied = denied(text);
      if (!denied.isEmpty()) {
        broken.add("deny list " + denied + ": " + problem);
      }
    }
    return broken;
  }

  /**
   * Returns the line of a location.
   *
   * @param location the location
   * @return the line, 0 when unknown
   */
  static int line(ProblemLocation location) {
    if (location instanceof ProblemLocation.Document d) {
      return d.line();
    }
    ProblemLocation.Csv c = (ProblemLocation.Csv) location;
    return (int) Math.min(Integer.MAX_VALUE, c.line());
  }
}
