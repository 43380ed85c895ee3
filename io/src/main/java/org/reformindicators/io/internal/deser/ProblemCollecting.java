package org.reformindicators.io.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
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
        ProblemLocation.Document where = FormLocating.unknownProperty(ctxt, p, beanOrClass, propertyName);
        collector.add(
            new Problem(
                where,
                propertyName,
                propertyName,
                ReadErrors.unknownPropertyMessage(propertyName, deserializer.getKnownPropertyNames())));
        p.skipChildren();
        return true;
      }
    };
  }

  /**
   * Translates a Jackson exception into a problem, in plain words ({@link ReadErrors}).
   *
   * @param base the pointer of the node whose deserializer caught the exception (the path of the exception
   *     is relative to it), or {@link JsonPointer#empty()} at the root
   * @param e the exception
   * @return the problem, with pointer, line, column, field, value and message
   */
  public static Problem toProblem(JsonPointer base, JsonProcessingException e) {
    return ReadErrors.toProblem(base, e, null);
  }

  /**
   * Translates a Jackson exception into a problem, taking the pointer and location from the parser that was
   * reading when the exception carries none (e.g. an exceeded limit).
   *
   * @param base the pointer the exception's path is relative to
   * @param e the exception
   * @param parser the parser that was reading, or {@code null}
   * @return the problem
   */
  public static Problem toProblem(JsonPointer base, JsonProcessingException e, JsonParser parser) {
    return ReadErrors.toProblem(base, e, parser);
  }

  /**
   * Records the refusal of one scalar value, such as {@code from: 1e-66583}, and returns {@code null} in its
   * place, so that the value that holds it reads on and the problems after it are reported too; the holder is
   * then not built, as its problems are recorded. Without a collector the refusal is thrown.
   *
   * @param p the parser, at the refused scalar
   * @param ctxt the deserialization context
   * @param e the refusal
   * @param <T> the type read
   * @return {@code null}
   * @throws InvalidValueException {@code e}, when the read does not collect problems
   */
  static <T> T recordValue(JsonParser p, DeserializationContext ctxt, InvalidValueException e)
      throws InvalidValueException {
    ProblemCollector collector = collector(ctxt);
    JsonStreamContext context = p.getParsingContext();
    if (collector == null || !p.currentToken().isScalarValue() || context.getParent() == null) {
      throw e;
    }
    if (context.inObject()) {
      e.prependPath(null, context.getCurrentName());
    } else if (context.inArray()) {
      e.prependPath(null, context.getCurrentIndex());
    }
    collector.add(ReadErrors.toProblem(context.getParent().pathAsPointer(), e, p));
    return null;
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
