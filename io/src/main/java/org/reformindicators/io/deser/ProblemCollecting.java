package org.reformindicators.io.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.Collection;
import java.util.TreeSet;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ProblemCollector;
import org.reformindicators.io.problem.ProblemLocation;

/**
 * Lets one read of a JSON or YAML document report every problem instead of only the first, such as three
 * bad indicators of a catalogue at {@code /indicators/2}, {@code /indicators/7} and {@code /indicators/9}.
 *
 * <p>A reader that wants all problems puts a {@link ProblemCollector} into the deserialization context's
 * attributes under {@link #ATTRIBUTE} and registers the {@link #unknownPropertyHandler()}. The deserializers
 * of this package then record a problem of an element (a bad indicator, clause or unit) and go on with the
 * next element; without a collector they throw as Jackson deserializers usually do. Also translates Jackson
 * exceptions into {@link Problem}s. Stateless and thread-safe.
 */
public final class ProblemCollecting {

  /** The attribute key under which a reader stores its {@link ProblemCollector}. */
  public static final Object ATTRIBUTE = ProblemCollector.class;

  private ProblemCollecting() {}

  /**
   * Returns the collector of the current read, if any.
   *
   * @param ctxt the deserialization context
   * @return the collector, or {@code null} when the read fails on the first problem
   */
  public static ProblemCollector collector(DeserializationContext ctxt) {
    Object value = ctxt.getAttribute(ATTRIBUTE);
    return value instanceof ProblemCollector collector ? collector : null;
  }

  /**
   * Returns a handler that records each unknown property as a problem (when {@link
   * DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is on and a collector is present) and skips it.
   *
   * @return the handler
   */
  public static DeserializationProblemHandler unknownPropertyHandler() {
    return new DeserializationProblemHandler() {
      @Override
      public boolean handleUnknownProperty(
          DeserializationContext ctxt,
          JsonParser p,
          JsonDeserializer<?> deserializer,
          Object beanOrClass,
          String propertyName)
          throws IOException {
        ProblemCollector collector = collector(ctxt);
        if (collector == null || !ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
          return false;
        }
        FormLocating.Frame frame = FormLocating.current(ctxt);
        Class<?> beanClass = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
        ProblemLocation.Document where;
        String escaped = propertyName.replace("~", "~0").replace("/", "~1");
        if (frame != null && frame.form().equals(beanClass)) {
          where = location(frame.pointer() + "/" + escaped, frame.start(), null);
        } else {
          where = location(p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation(), p.currentLocation());
        }
        collector.add(
            new Problem(
                where,
                propertyName,
                propertyName,
                unknownPropertyMessage(propertyName, deserializer.getKnownPropertyNames())));
        p.skipChildren();
        return true;
      }
    };
  }

  private static String unknownPropertyMessage(String name, Collection<Object> known) {
    TreeSet<String> names = new TreeSet<>();
    if (known != null) {
      known.forEach(k -> names.add(String.valueOf(k)));
    }
    return "unknown property '" + name + "'" + (names.isEmpty() ? "" : "; known properties are " + names);
  }

  /**
   * Translates a Jackson exception into a problem.
   *
   * @param base the pointer of the node whose deserializer caught the exception (the path of the exception
   *     is relative to it), or {@link JsonPointer#empty()} at the root
   * @param e the exception
   * @return the problem, with pointer, line, column, field, value and message
   */
  public static Problem toProblem(JsonPointer base, JsonProcessingException e) {
    return toProblem(base, e, null);
  }

  /**
   * Translates a Jackson exception into a problem, taking the pointer and location from the parser that was
   * reading when the exception carries none (e.g. a limit of {@code StreamReadConstraints}).
   *
   * @param base the pointer the exception's path is relative to
   * @param e the exception
   * @param parser the parser that was reading, or {@code null}
   * @return the problem
   */
  public static Problem toProblem(JsonPointer base, JsonProcessingException e, JsonParser parser) {
    Problem problem = translate(base, e);
    if (parser != null
        && problem.location() instanceof ProblemLocation.Document where
        && where.line() == 0
        && !(e instanceof UnrecognizedPropertyException)) {
      String pointer = where.pointer().isEmpty() ? parser.getParsingContext().pathAsPointer().toString() : where.pointer();
      return new Problem(location(pointer, parser.currentLocation(), null), problem.field(), problem.value(), problem.message());
    }
    return problem;
  }

  private static Problem translate(JsonPointer base, JsonProcessingException e) {
    String pointer = base.toString();
    String field = "";
    if (e instanceof JsonMappingException mapping) {
      StringBuilder path = new StringBuilder(pointer);
      for (JsonMappingException.Reference ref : mapping.getPath()) {
        if (ref.getFieldName() != null) {
          field = ref.getFieldName();
          path.append('/').append(field.replace("~", "~0").replace("/", "~1"));
        } else if (ref.getIndex() >= 0) {
          path.append('/').append(ref.getIndex());
        }
      }
      pointer = path.toString();
    } else if (e.getProcessor() instanceof JsonParser parser) {
      pointer = parser.getParsingContext().pathAsPointer().toString();
    }
    String value = "";
    String message = e.getOriginalMessage();
    if (e instanceof InvalidFormatException format && format.getValue() != null) {
      value = String.valueOf(format.getValue());
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      field = unknown.getPropertyName();
      value = field;
      message = unknownPropertyMessage(field, unknown.getKnownPropertyIds());
    }
    if (e instanceof InvalidFormatException && message.startsWith(JACKSON_PREFIX)) {
      // handleWeirdStringValue prefixes "Cannot deserialize value of type `X` from String "v": "; the rule
      // after it is core's own message, which already names the value.
      int end = message.indexOf("\": ");
      message = end < 0 ? message : message.substring(end + 3);
    }
    return new Problem(location(pointer, e.getLocation(), null), field, value, message);
  }

  private static final String JACKSON_PREFIX = "Cannot deserialize value of type";

  private static ProblemLocation.Document location(String pointer, JsonLocation at, JsonLocation fallback) {
    JsonLocation known = at != null && at.getLineNr() > 0 ? at : fallback;
    if (known == null || known.getLineNr() <= 0) {
      return new ProblemLocation.Document(pointer, 0, 0);
    }
    return new ProblemLocation.Document(pointer, known.getLineNr(), Math.max(0, known.getColumnNr()));
  }

  /**
   * Tells whether an exception was caused by the input itself failing (an I/O error or undecodable bytes)
   * rather than by a value; such a failure ends the read instead of being recorded for one element.
   *
   * @param e the exception
   * @return {@code true} when an I/O exception that is not a Jackson exception is among its causes
   */
  static boolean failedToRead(Throwable e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException && !(cause instanceof JsonProcessingException)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the pointer of the node the parser is at: the element itself when the current token starts an
   * object or array.
   *
   * @param p the parser
   * @return the pointer
   */
  static JsonPointer pointerOf(JsonParser p) {
    return p.getParsingContext().pathAsPointer();
  }

  /**
   * Skips the rest of the element whose enclosing context is {@code parent}, after a failure inside it.
   *
   * @param p the parser
   * @param parent the context that holds the element
   * @throws IOException if the input cannot be read
   */
  static void skipRest(JsonParser p, JsonStreamContext parent) throws IOException {
    while (true) {
      JsonToken token = p.currentToken();
      boolean closesElement =
          p.getParsingContext() == parent && (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY);
      boolean scalarElement = p.getParsingContext() == parent && token != null && token.isScalarValue();
      if (closesElement || scalarElement || token == null) {
        return;
      }
      p.nextToken();
    }
  }
}
