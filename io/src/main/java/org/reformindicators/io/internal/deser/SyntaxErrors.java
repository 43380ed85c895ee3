package org.reformindicators.io.internal.deser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words the syntax and limit failures of the JSON and YAML parsers plainly, such as {@code Unexpected
 * character (',' (code 44)): was expecting double-quote to start field name} as "expected a key in double
 * quotes, found ','"; part of {@link ReadErrors}.
 *
 * <p>Each family of parser messages (unexpected character, end of input, unknown word, non-numeric number,
 * malformed number, control character, escape, close marker, duplicate key, exceeded limit, YAML syntax) has
 * one rule; a message of no known family is kept only when it holds nothing of {@link ReadErrors#DENIED}.
 * Stateless and thread-safe.
 */
final class SyntaxErrors {

  private static final Pattern UNEXPECTED_CHAR =
      Pattern.compile("Unexpected character \\((.+?) \\(code (\\d+)\\)\\)(?: in numeric value)?(?::\\s*(.*))?",
          Pattern.DOTALL);
  private static final Pattern START_MARKER = Pattern.compile("line: (\\d+), column: (\\d+)");
  private static final Pattern QUOTED = Pattern.compile("'(.*?)'");
  private static final Pattern CLOSE_MARKER =
      Pattern.compile("Unexpected close marker '(.)': expected '(.)'", Pattern.DOTALL);
  private static final Pattern LIMIT =
      Pattern.compile("(Document nesting depth|String value length|Number value length|Name length"
          + "|Document length|Number length)[^(]*\\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
  private static final Pattern CONTROL = Pattern.compile("\\(CTRL-CHAR, code (\\d+)\\)");
  private static final Pattern OUT_OF_RANGE = Pattern.compile("Numeric value \\((.*?)\\) out of range of (\\w+)");
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);
  private static final Pattern EVENT = Pattern.compile("(Sequence|Mapping|Alias|Scalar)\\w*Event");
  private static final Pattern CODE_POINTS = Pattern.compile("exceeds the limit: (\\d+) code points");

  /** What JSON's parser says it was expecting, in plain words. */
  private static final Map<String, String> EXPECTING = new LinkedHashMap<>();

  /** SnakeYAML's token names, in plain words. */
  private static final Map<String, String> YAML_TOKENS = new LinkedHashMap<>();

  static {
    EXPECTING.put("double-quote to start field name", "a key in double quotes");
    EXPECTING.put("comma to separate Object entries", "',' or '}' after a value in an object");
    EXPECTING.put("comma to separate Array entries", "',' or ']' after a value in a list");
    EXPECTING.put("a colon to separate field name and value", "':' after a key");
    EXPECTING.put("closing quote for a string value", "'\"' to close the text");
    EXPECTING.put("(JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
        "a value (text in double quotes, a number, a list, an object, true, false or null)");
    YAML_TOKENS.put("<block end>", "the end of an indented block");
    YAML_TOKENS.put("<block mapping start>", "an indented key");
    YAML_TOKENS.put("<block sequence start>", "a list item ('- ')");
    YAML_TOKENS.put("<block entry>", "a list item ('- ')");
    YAML_TOKENS.put("<flow mapping start>", "'{'");
    YAML_TOKENS.put("<flow mapping end>", "'}'");
    YAML_TOKENS.put("<flow sequence start>", "'['");
    YAML_TOKENS.put("<flow sequence end>", "']'");
    YAML_TOKENS.put("<flow entry>", "','");
    YAML_TOKENS.put("<scalar>", "a value");
    YAML_TOKENS.put("<stream end>", "the end of the file");
    YAML_TOKENS.put("<stream start>", "the start of the file");
    YAML_TOKENS.put("<document start>", "'---'");
    YAML_TOKENS.put("<document end>", "'...'");
    YAML_TOKENS.put("<key>", "a key");
    YAML_TOKENS.put("<value>", "':'");
    YAML_TOKENS.put("<anchor>", "an anchor ('&')");
    YAML_TOKENS.put("<alias>", "an alias ('*')");
    YAML_TOKENS.put("<tag>", "a tag ('!')");
    YAML_TOKENS.put("<directive>", "a directive ('%')");
  }

  private SyntaxErrors() {}

  /**
   * Words a syntax or limit failure.
   *
   * @param e the failure of the parser or of a limit
   * @return the message in plain words
   */
  static String message(JsonProcessingException e) {
    String original = String.valueOf(e.getOriginalMessage());
    org.yaml.snakeyaml.error.MarkedYAMLException yaml = markedYaml(e);
    if (yaml != null) {
      return yaml(yaml);
    }
    if (e instanceof StreamConstraintsException || LIMIT.matcher(original).find()) {
      return limit(original);
    }
    if (e instanceof InputCoercionException) {
      Matcher range = OUT_OF_RANGE.matcher(original);
      return range.find()
          ? range.group(1) + " is out of range: a whole number here lies within " + bounds(range.group(2))
          : "this number is out of range for a whole number";
    }
    String plain = json(original);
    if (plain == null) {
      plain = yamlParser(original);
    }
    if (plain == null) {
      plain = ReadErrors.DENIED.matcher(original).find() ? "the document is not well-formed here" : original;
    }
    return plain;
  }

  /**
   * Returns the key a duplicate-key failure names.
   *
   * @param e the failure, or {@code null}
   * @return the key, or {@code null} when the failure is of another kind
   */
  static String duplicateKey(JsonProcessingException e) {
    if (e == null) {
      return null;
    }
    Matcher m = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
    return m.matches() ? m.group(1) : null;
  }

  /**
   * Returns where SnakeYAML found a YAML syntax problem.
   *
   * @param e the failure
   * @return the place (line and column from 1), or {@code null} when the failure is not SnakeYAML's
   */
  static JsonLocation yamlProblemMark(JsonProcessingException e) {
    org.yaml.snakeyaml.error.MarkedYAMLException marked = markedYaml(e);
    if (marked == null || marked.getProblemMark() == null) {
      return null;
    }
    org.yaml.snakeyaml.error.Mark mark = marked.getProblemMark();
    return new JsonLocation(ContentReference.unknown(), mark.getIndex(), mark.getLine() + 1, mark.getColumn() + 1);
  }

  private static String json(String m) {
    Matcher dup = DUPLICATE.matcher(m);
    if (dup.matches()) {
      return "the key '" + ReadErrors.quote(dup.group(1)) + "' appears twice in the same mapping";
    }
    Matcher c = UNEXPECTED_CHAR.matcher(m);
    if (c.matches()) {
      String found = character(Integer.parseInt(c.group(2)));
      String rest = c.group(3) == null ? "" : c.group(3);
      if (rest.contains("comment")) {
        return "found " + found + ": JSON has no comments";
      }
      if (rest.startsWith("was expecting ")) {
        String expecting = rest.substring("was expecting ".length());
        return "expected " + EXPECTING.getOrDefault(expecting, clean(expecting)) + ", found " + found;
      }
      if (rest.contains("Expected space separating root-level values")) {
        return "found " + found + " after a number at the top level: a file holds exactly one document";
      }
      return "unexpected " + found;
    }
    if (m.startsWith("Unexpected end-of-input")) {
      String inside = m.contains("Array") ? "a list" : m.contains("Object") ? "an object"
          : m.contains("String") ? "a text value" : "a value";
      Matcher at = START_MARKER.matcher(m);
      return "the document ends inside " + inside
          + (at.find() ? " opened at line " + at.group(1) + ", column " + at.group(2) : "")
          + ": the file is cut short or a closing bracket or quote is missing";
    }
    if (m.startsWith("Unrecognized token '")) {
      Matcher token = QUOTED.matcher(m);
      String word = token.find() ? token.group(1) : "";
      return "found the word '" + ReadErrors.quote(word) + "' where a value was expected: text needs double quotes,"
          + " and the only bare words are true, false and null";
    }
    if (m.startsWith("Non-standard token '")) {
      Matcher token = QUOTED.matcher(m);
      String word = token.find() ? token.group(1) : "";
      return word + " is not a JSON number: write a finite decimal number";
    }
    if (m.startsWith("Invalid numeric value: Leading zeroes not allowed")) {
      return "a JSON number must not start with 0 (write 10, not 010)";
    }
    if (m.startsWith("Invalid numeric value")) {
      String detail = m.substring(m.indexOf(':') + 1).trim();
      return "not a valid number: " + clean(detail);
    }
    if (m.startsWith("Illegal unquoted character") || m.startsWith("Illegal character")) {
      Matcher code = CONTROL.matcher(m);
      return "a control character" + (code.find() ? " (code " + code.group(1) + ")" : "")
          + " must be written as an escape inside text, such as \\n or \\t";
    }
    if (m.startsWith("Unrecognized character escape")) {
      Matcher token = QUOTED.matcher(m);
      String escape = token.find() ? token.group(1) : "";
      return "'\\" + escape + "' is not a JSON escape: the escapes are \\\" \\\\ \\/ \\b \\f \\n"
          + " \\r \\t and \\u followed by four hexadecimal digits";
    }
    Matcher close = CLOSE_MARKER.matcher(m);
    if (close.find()) {
      Matcher at = START_MARKER.matcher(m);
      return "found '" + close.group(1) + "' where '" + close.group(2) + "' must close the "
          + (close.group(2).equals("}") ? "object" : "list")
          + (at.find() ? " opened at line " + at.group(1) + ", column " + at.group(2) : "");
    }
    if (m.startsWith("Unexpected close marker")) {
      return "a closing bracket closes nothing that is open";
    }
    return null;
  }

  private static String yamlParser(String m) {
    if (m.startsWith("Expected a field name")) {
      Matcher event = EVENT.matcher(m);
      String found = !event.find() ? "another value" : switch (event.group(1)) {
        case "Sequence" -> "a list";
        case "Mapping" -> "a mapping";
        case "Alias" -> "an alias";
        default -> "another value";
      };
      return "a key must be plain text, found " + found;
    }
    if (m.startsWith("Not expecting END_OBJECT")) {
      return "a mapping ends where a value was expected";
    }
    if (m.startsWith("Malformed Number token") || m.startsWith("Malformed numeric value")) {
      return "a number that cannot be read: write plain decimal digits such as 6.29 or -12";
    }
    Matcher points = CODE_POINTS.matcher(m);
    if (points.find()) {
      return "the document is longer than " + String.format(Locale.ROOT, "%,d", Long.parseLong(points.group(1)))
          + " characters, the most a YAML document may hold";
    }
    if (m.startsWith("YAML aliases are not supported")) {
      return m;
    }
    return null;
  }

  private static String yaml(org.yaml.snakeyaml.error.MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String text;
    if (problem.contains("\\t") || problem.contains("\t") || problem.contains("(TAB)")) {
      text = "a tab cannot indent YAML or start a value: indent with spaces";
    } else {
      text = tokens(problem);
    }
    if (e.getContext() != null && e.getContextMark() != null) {
      text += " (" + tokens(e.getContext()) + " that starts at line " + (e.getContextMark().getLine() + 1)
          + ", column " + (e.getContextMark().getColumn() + 1) + ")";
    }
    String plain = "not valid YAML: " + text;
    return ReadErrors.DENIED.matcher(plain).find() ? "not valid YAML here" : plain;
  }

  private static String tokens(String text) {
    String out = text;
    for (Map.Entry<String, String> token : YAML_TOKENS.entrySet()) {
      out = out.replace("'" + token.getKey() + "'", token.getValue()).replace(token.getKey(), token.getValue());
    }
    return out.replace("\n", " ").trim();
  }

  private static org.yaml.snakeyaml.error.MarkedYAMLException markedYaml(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked) {
        return marked;
      }
    }
    return null;
  }

  private static String limit(String m) {
    Matcher limit = LIMIT.matcher(m);
    if (!limit.find()) {
      return "the document exceeds a limit of the reader";
    }
    String found = String.format(Locale.ROOT, "%,d", Long.parseLong(limit.group(2)));
    String max = String.format(Locale.ROOT, "%,d", Long.parseLong(limit.group(3)));
    return switch (limit.group(1)) {
      case "Document nesting depth" -> "lists and mappings are nested " + found + " deep here; at most " + max
          + " levels are allowed";
      case "String value length" -> "a text value is " + found + " characters long; at most " + max
          + " characters are allowed";
      case "Name length" -> "a key is " + found + " characters long; at most " + max + " characters are allowed";
      case "Document length" -> "the document is longer than " + max + " bytes, the most a document may hold;"
          + " exchange larger observation sets as CSV, and read a larger plan-assessments document with the"
          + " streaming reader, unit by unit";
      default -> "a number is " + found + " characters long; at most " + max + " characters are allowed";
    };
  }

  private static String bounds(String type) {
    return type.toLowerCase(Locale.ROOT).startsWith("long")
        ? Long.MIN_VALUE + ".." + Long.MAX_VALUE
        : Integer.MIN_VALUE + ".." + Integer.MAX_VALUE;
  }

  private static String character(int code) {
    if (code < 0x20 || code == 0x7F) {
      return "a control character (code " + code + ")";
    }
    return "'" + new String(Character.toChars(code)) + "'";
  }

  private static String clean(String text) {
    return ReadErrors.DENIED.matcher(text).find() ? "another character" : text;
  }
}
