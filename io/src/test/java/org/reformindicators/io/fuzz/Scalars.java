package org.reformindicators.io.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the scalar values of a JSON or YAML document in its Latin-1 view ({@link Bytes#latin1(byte[])}), with
 * their keys and lines, so that a mutation can replace exactly one value: {@code value: 80.0} in YAML block
 * style, {@code {best: 20, worst: 30}} in flow style, {@code "value": 80.0} in JSON.
 *
 * <p>A scan is a heuristic over text, not a parse; it skips what it cannot place (block scalars, sequence
 * items, anything after an odd number of quotes on the line).
 */
final class Scalars {

  /** One {@code key: value} found: the value spans {@code [start, end)} of the view. */
  record Scalar(String key, int memberStart, int start, int end, int line, boolean number, boolean block) {

    /**
     * Returns the text of the value.
     *
     * @param view the view scanned
     * @return the value as written
     */
    String text(String view) {
      return view.substring(start, end);
    }
  }

  /** A number as JSON and YAML write one, and as the hostile-number mutations replace. */
  static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?");

  private static final Pattern YAML_BLOCK =
      Pattern.compile("(?m)^([ \\t]*(?:- )?)([A-Za-z_][\\w-]*):[ \\t]+(?![|>&*!%@`\\[{#])([^\\r\\n]*?)[ \\t]*$");
  private static final Pattern YAML_FLOW =
      Pattern.compile(
          "[{,][ \\t]*([A-Za-z_][\\w-]*):[ \\t]*(\"(?:[^\"\\\\\\r\\n]|\\\\.)*\"|[^\\s\"'\\[\\]{},&*!|>#][^,{}\\[\\]\\r\\n]*?)(?=[ \\t]*[,}])");
  private static final Pattern JSON_MEMBER =
      Pattern.compile(
          "\"([A-Za-z_][\\w-]*)\"[ \\t]*:[ \\t]*(\"(?:[^\"\\\\\\r\\n]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null)");

  private Scalars() {}

  /**
   * Finds the scalar members of a document.
   *
   * @param view the Latin-1 view of the document
   * @param syntax YAML or JSON
   * @return the scalars in file order
   */
  static List<Scalar> find(String view, Syntax syntax) {
    List<Scalar> found = new ArrayList<>();
    if (syntax == Syntax.JSON) {
      collect(view, JSON_MEMBER.matcher(view), 1, 2, false, found);
    } else if (syntax == Syntax.YAML) {
      Matcher block = YAML_BLOCK.matcher(view);
      while (block.find()) {
        String value = block.group(3);
        if (!value.isEmpty() && !value.contains(" #") && balancedQuotes(value)) {
          found.add(scalar(view, block.group(2), block.start(2), block.start(3), block.end(3), true));
        }
      }
      collect(view, YAML_FLOW.matcher(view), 1, 2, false, found);
      found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }
    return found;
  }

  private static void collect(String view, Matcher m, int keyGroup, int valueGroup, boolean block, List<Scalar> found) {
    while (m.find()) {
      if (evenQuotesBefore(view, m.start())) {
        found.add(scalar(view, m.group(keyGroup), m.start(keyGroup), m.start(valueGroup), m.end(valueGroup), block));
      }
    }
  }

  private static Scalar scalar(String view, String key, int memberStart, int start, int end, boolean block) {
    boolean number = NUMBER.matcher(view.substring(start, end)).matches();
    return new Scalar(key, memberStart, start, end, lineOf(view, start), number, block);
  }

  private static boolean balancedQuotes(String value) {
    char first = value.charAt(0);
    if (first == '"' || first == '\'') {
      return value.length() >= 2 && value.charAt(value.length() - 1) == first;
    }
    return true;
  }

  /** Whether the line up to {@code offset} holds an even number of unescaped double quotes. */
  private static boolean evenQuotesBefore(String view, int offset) {
    int lineStart = view.lastIndexOf('\n', offset - 1) + 1;
    int quotes = 0;
    for (int i = lineStart; i < offset; i++) {
      if (view.charAt(i) == '"' && (i == 0 || view.charAt(i - 1) != '\\')) {
        quotes++;
      }
    }
    return quotes % 2 == 0;
  }

  /**
   * Returns the 1-based line of an offset of a view.
   *
   * @param view the view
   * @param offset the offset
   * @return the line, counting LF, CRLF and bare CR
   */
  static int lineOf(String view, int offset) {
    return Bytes.lineOf(view, offset);
  }
}
