package org.reformindicators.io.internal.deser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ProblemLocation;

/**
 * Puts a failure of Jackson or SnakeYAML into plain words, such as {@code Cannot coerce String value ("x")
 * to `java.lang.Double`} into "expected a number, found the text "x"": the one place where the libraries'
 * messages are translated.
 *
 * <p>A message of the reader itself ({@link InvalidValueException}, core's refusals) is kept as it is. A
 * failure of the libraries is described by what was expected, what was found and where; the syntax and limit
 * failures of {@link SyntaxErrors} are worded there. Whatever remains of a library's text is checked against
 * {@link #DENIED} (class names, exception names, configuration names) and replaced by a general sentence when
 * it matches, so that no library internal reaches a user. Stateless and thread-safe.
 */
public final class ReadErrors {

  /**
   * Text that never appears in a message of a library that is reported: qualified class names, the word
   * {@code Exception}, Jackson's configuration names and SnakeYAML's event names.
   */
  public static final Pattern DENIED =
      Pattern.compile(
          "(?i)exception|creator|coercionconfig|streamreadconstraints|snakeyaml|event\\(|`|\\[source:"
              + "|jsontoken|deserializationfeature|jsonreadfeature|mapperfeature|jsonparser"
              + "|\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]");

  /** The message for content after the end of the document. */
  public static final String MORE_CONTENT =
      "more content follows the end of the document: a file holds exactly one document";

  /** Longest quotation of the input in a message. */
  private static final int MAX_QUOTED = 60;

  private ReadErrors() {}

  /**
   * Translates a failure into a problem.
   *
   * @param base the pointer the failure's path is relative to, {@link JsonPointer#empty()} at the root
   * @param e the failure
   * @param parser the parser that was reading, positioned where the failure happened, or {@code null}
   * @return the problem, with pointer, line, column, field, value and a message in plain words
   */
  public static Problem toProblem(JsonPointer base, JsonProcessingException e, JsonParser parser) {
    String field = "";
    String pointer = base.toString();
    JsonProcessingException stream = streamFailure(e);
    String duplicate = SyntaxErrors.duplicateKey(stream);
    if (stream != null && parser != null) {
      // the parser stopped where the syntax broke: its context is the place, the exception's path stops short
      JsonStreamContext context = parser.getParsingContext();
      if (duplicate != null && context.inObject() && context.getParent() != null) {
        pointer = context.getParent().pathAsPointer() + "/" + escape(duplicate);
        field = duplicate;
      } else {
        pointer = context.pathAsPointer().toString();
        field = context.inObject() && context.getCurrentName() != null ? context.getCurrentName() : "";
      }
    } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      StringBuilder path = new StringBuilder(pointer);
      for (JsonMappingException.Reference ref : mapping.getPath()) {
        if (ref.getFieldName() != null) {
          field = ref.getFieldName();
          path.append('/').append(escape(field));
        } else if (ref.getIndex() >= 0) {
          path.append('/').append(ref.getIndex());
        }
      }
      pointer = path.toString();
    } else if (parser != null) {
      pointer = parser.getParsingContext().pathAsPointer().toString();
    } else if (e.getProcessor() instanceof JsonParser processor) {
      pointer = processor.getParsingContext().pathAsPointer().toString();
    }
    String value = "";
    if (e instanceof InvalidValueException invalid) {
      value = invalid.value();
    } else if (e instanceof InvalidFormatException format && format.getValue() != null) {
      value = String.valueOf(format.getValue());
    } else if (e instanceof UnrecognizedPropertyException unknown) {
      field = unknown.getPropertyName();
      value = field;
    }
    JsonLocation at = location(e);
    if (parser != null && stream != null && isYaml(parser)) {
      // YAML: where SnakeYAML found the problem, else the start of the event the parser stopped at (Jackson
      // reports the end of that event); a limit carries its own place
      JsonLocation mark = SyntaxErrors.yamlProblemMark(stream);
      if (mark != null) {
        at = mark;
      } else if (!(stream instanceof StreamConstraintsException) || at == null) {
        at = parser.currentTokenLocation();
      }
    } else if ((at == null || at.getLineNr() <= 0) && parser != null) {
      at = stream != null ? parser.currentLocation() : parser.currentTokenLocation();
    }
    return new Problem(location(pointer, at), field, value, message(e, parser));
  }

  /**
   * Returns the message of a failure in plain words.
   *
   * @param e the failure
   * @param parser the parser positioned where it happened, or {@code null}
   * @return what was expected, what was found, or which rule or limit was broken
   */
  public static String message(JsonProcessingException e, JsonParser parser) {
    if (e instanceof InvalidValueException invalid) {
      return invalid.getOriginalMessage();
    }
    JsonProcessingException stream = streamFailure(e);
    if (stream != null) {
      return SyntaxErrors.message(stream);
    }
    String original = String.valueOf(e.getOriginalMessage());
    boolean yaml = parser != null ? isYaml(parser) : e.getProcessor() instanceof JsonParser p && isYaml(p);
    if (e instanceof UnrecognizedPropertyException unknown) {
      return unknownPropertyMessage(unknown.getPropertyName(), unknown.getKnownPropertyIds());
    }
    if (e instanceof InvalidNullException invalidNull) {
      String name = invalidNull.getPropertyName() == null ? "" : invalidNull.getPropertyName().getSimpleName();
      return (name.isEmpty() ? "an entry" : "an entry of '" + name + "'")
          + " is null: null is not a value here, leave the entry out";
    }
    if (original.startsWith("Trailing token")) {
      return MORE_CONTENT;
    }
    if (original.startsWith("No content to map")) {
      return "the document is empty: expected " + mapping(yaml) + " that starts with formatVersion and kind";
    }
    Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
    if (target != null && target.isEnum()) {
      String found = e instanceof InvalidFormatException format && format.getValue() != null
          ? "'" + quote(String.valueOf(format.getValue())) + "'"
          : parser == null ? "another value" : found(parser);
      return "expected one of " + Arrays.toString(target.getEnumConstants()) + ", found " + found;
    }
    if (e instanceof InvalidFormatException && original.startsWith(JACKSON_PREFIX)) {
      // handleWeirdStringValue prefixes "Cannot deserialize value of type `X` from String "v": "; the rule
      // after it is the binding's own message, which names the value.
      int end = original.indexOf("\": ");
      String rule = end < 0 ? "" : original.substring(end + 3);
      if (!rule.isEmpty() && !DENIED.matcher(rule).find()) {
        return rule;
      }
    }
    if (e instanceof MismatchedInputException) {
      String expected = expected(target, yaml);
      String found = parser == null ? null : found(parser);
      if (expected != null) {
        return "expected " + expected + (found == null ? "" : ", found " + found);
      }
      return found == null ? "this value has the wrong form" : "this value has the wrong form: found " + found;
    }
    return DENIED.matcher(original).find() ? "this value cannot be read" : original;
  }

  private static final String JACKSON_PREFIX = "Cannot deserialize value of type";

  /**
   * Tells whether a failure leaves the parser where it cannot go on: a syntax error, an exceeded limit, or an
   * input that cannot be read. Such a failure ends the read; any problem after it would be a follow-on.
   *
   * @param e the failure
   * @return {@code true} when the read must stop at this failure
   */
  public static boolean endsTheRead(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof InputCoercionException) {
        continue;
      }
      if (cause instanceof StreamReadException || cause instanceof StreamConstraintsException) {
        return true;
      }
      if (cause instanceof IOException && !(cause instanceof JsonProcessingException)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the syntax or limit failure among the causes (the failure itself included), or {@code null}. */
  private static JsonProcessingException streamFailure(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof InputCoercionException coercion) {
        return coercion;
      }
      if ((cause instanceof StreamReadException || cause instanceof StreamConstraintsException)
          && !(cause instanceof DatabindException)) {
        return (JsonProcessingException) cause;
      }
    }
    return null;
  }

  private static JsonLocation location(JsonProcessingException e) {
    JsonProcessingException stream = streamFailure(e);
    JsonLocation at = stream != null && stream.getLocation() != null ? stream.getLocation() : e.getLocation();
    return at == null || at.getLineNr() <= 0 ? null : at;
  }

  /**
   * Returns a problem location from a pointer and a place in the file.
   *
   * @param pointer the JSON pointer
   * @param at the place, or {@code null} when unknown
   * @return the location, with line and column when known
   */
  public static ProblemLocation.Document location(String pointer, JsonLocation at) {
    if (at == null || at.getLineNr() <= 0) {
      return new ProblemLocation.Document(pointer, 0, 0);
    }
    return new ProblemLocation.Document(pointer, at.getLineNr(), Math.max(0, at.getColumnNr()));
  }

  /**
   * Returns the message for a property that the form does not have.
   *
   * @param name the property
   * @param known the known properties, or {@code null}
   * @return e.g. {@code unknown property 'targt'; known properties are [clauseId, …]}
   */
  static String unknownPropertyMessage(String name, Collection<Object> known) {
    TreeSet<String> names = new TreeSet<>();
    if (known != null) {
      known.forEach(k -> names.add(String.valueOf(k)));
    }
    return "unknown property '" + quote(name) + "'" + (names.isEmpty() ? "" : "; known properties are " + names);
  }

  /**
   * Describes the token a parser is at, as a person reads it.
   *
   * @param p the parser
   * @return e.g. {@code the text "abc"}, {@code the number 42}, {@code a list}, {@code null}
   */
  public static String found(JsonParser p) {
    JsonToken token = p.currentToken();
    if (token == null) {
      return "the end of the document";
    }
    try {
      return switch (token) {
        case START_OBJECT -> mapping(isYaml(p));
        case START_ARRAY -> "a list";
        case END_OBJECT -> "the end of " + mapping(isYaml(p));
        case END_ARRAY -> "the end of a list";
        case FIELD_NAME -> "the key '" + quote(p.currentName()) + "'";
        case VALUE_STRING -> "the text \"" + quote(p.getText()) + "\"";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + quote(p.getText());
        case VALUE_TRUE -> "true";
        case VALUE_FALSE -> "false";
        case VALUE_NULL -> "null";
        default -> "a value of another kind";
      };
    } catch (IOException e) {
      return "a value that cannot be read";
    }
  }

  /**
   * Describes what a type expects, as a person reads it.
   *
   * @param type the type bound, or {@code null}
   * @param yaml whether the document is YAML (mappings) or JSON (objects)
   * @return e.g. {@code a whole number}, {@code a list}, or {@code null} when the type says nothing plain
   */
  static String expected(Class<?> type, boolean yaml) {
    if (type == null) {
      return null;
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == Short.class || type == short.class) {
      return "a whole number";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (CharSequence.class.isAssignableFrom(type)) {
      return "text";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
      return mapping(yaml);
    }
    if (type.isEnum()) {
      return "one of " + Arrays.toString(type.getEnumConstants());
    }
    return null;
  }

  private static String mapping(boolean yaml) {
    return yaml ? "a mapping" : "an object";
  }

  /**
   * Tells whether a parser reads YAML, looking through delegating parsers.
   *
   * @param p the parser
   * @return {@code true} for YAML
   */
  public static boolean isYaml(JsonParser p) {
    JsonParser current = p;
    while (current instanceof JsonParserDelegate delegate) {
      current = delegate.delegate();
    }
    return current instanceof YAMLParser;
  }

  /**
   * Shortens a quotation of the input to {@value #MAX_QUOTED} characters.
   *
   * @param text the text, or {@code null}
   * @return the text, cut and marked with {@code …} when longer
   */
  public static String quote(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "…";
  }

  /**
   * Escapes a property name as a JSON pointer segment (RFC 6901).
   *
   * @param name the name
   * @return the segment
   */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
