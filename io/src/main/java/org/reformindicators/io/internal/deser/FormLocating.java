package org.reformindicators.io.internal.deser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.reformindicators.io.problem.ProblemLocation;

/**
 * Remembers where the plain form being read starts, such as {@code /indicators/3 (line 12, column 5)}, so
 * that an unknown property found in it is reported at its true place.
 *
 * <p>Jackson binds records through their canonical constructor and handles unknown properties only after
 * the constructor ran, on a buffered copy that has lost the position in the file; the {@link
 * #modifier()} wraps the deserializer of every plain form of this module so that the position is known: the
 * key's own line and column when the read records {@link KeyLocations}, else where the form starts. The form's
 * JSON pointer is computed only when a problem needs it. Stateless and thread-safe.
 */
public final class FormLocating {

  /** Attribute holding the innermost form being read. */
  static final Object ATTRIBUTE = FormLocating.class;

  private FormLocating() {}

  /**
   * Where a form being read starts.
   *
   * @param form the form's class
   * @param holder the context whose current entry is the form (its pointer is the form's)
   * @param start where the form starts
   * @param outer the enclosing form, or {@code null}
   * @param keys the form's slot of unknown keys, or {@code null} when the read does not record them
   */
  record Frame(Class<?> form, JsonStreamContext holder, JsonLocation start, Frame outer, KeyLocations.Slot keys) {

    /** Returns the form's JSON pointer; valid while the form is being read. */
    String pointer() {
      return holder.pathAsPointer().toString();
    }
  }

  /**
   * Returns the modifier that wraps the deserializers of the plain forms (records of the {@code
   * org.reformindicators.io} packages).
   *
   * @return the modifier
   */
  public static BeanDeserializerModifier modifier() {
    return new BeanDeserializerModifier() {
      private static final long serialVersionUID = 1L;

      @Override
      public JsonDeserializer<?> modifyDeserializer(
          DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
        Class<?> type = description.getBeanClass();
        if (type.isRecord() && type.getName().startsWith("org.reformindicators.io.")) {
          return new Locating(deserializer);
        }
        return deserializer;
      }
    };
  }

  /** Returns the innermost form being read, or {@code null}. */
  static Frame current(DeserializationContext ctxt) {
    Object frame = ctxt.getAttribute(ATTRIBUTE);
    return frame instanceof Frame f ? f : null;
  }

  /**
   * Returns where an unknown property of the form being read is: its key's own place when it was recorded,
   * else where the form starts; or, outside a form, where the parser is.
   *
   * @param ctxt the deserialization context
   * @param p the parser handed to the problem handler (possibly a replay of buffered tokens)
   * @param beanOrClass the form, or its class
   * @param propertyName the unknown property
   * @return the location
   */
  static ProblemLocation.Document unknownProperty(
      DeserializationContext ctxt, JsonParser p, Object beanOrClass, String propertyName) {
    Frame frame = current(ctxt);
    Class<?> beanClass = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
    if (frame != null && frame.form().equals(beanClass)) {
      JsonLocation key = frame.keys() == null ? null : frame.keys().location(propertyName);
      return ReadErrors.location(
          frame.pointer() + "/" + ReadErrors.escape(propertyName), key != null ? key : frame.start());
    }
    JsonLocation at = p.currentTokenLocation();
    return ReadErrors.location(
        p.getParsingContext().pathAsPointer().toString(), at != null && at.getLineNr() > 0 ? at : p.currentLocation());
  }

  /**
   * Returns the context whose current entry is the value the parser is at: the parent of the value's own
   * context when the value is an object or array (or a key of one), else the context itself.
   *
   * @param p the parser, at the first token of a value
   * @return the holding context
   */
  static JsonStreamContext holder(JsonParser p) {
    JsonToken token = p.currentToken();
    JsonStreamContext context = p.getParsingContext();
    boolean structured =
        token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY || token == JsonToken.FIELD_NAME;
    return structured && context.getParent() != null ? context.getParent() : context;
  }

  /** Pushes the position of a form for the time its deserializer runs. */
  static final class Locating extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    Locating(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    /** The form's property names, computed once: they do not change once the deserializer is resolved. */
    private transient volatile Set<String> known;

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new Locating(newDelegatee);
    }

    private Set<String> knownProperties() {
      Set<String> names = known;
      if (names == null) {
        Set<String> collected = new HashSet<>();
        Collection<Object> properties = _delegatee.getKnownPropertyNames();
        if (properties != null) {
          properties.forEach(name -> collected.add(String.valueOf(name)));
        }
        names = Set.copyOf(collected);
        known = names;
      }
      return names;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Frame outer = current(ctxt);
      KeyLocations keys = KeyLocations.of(ctxt);
      KeyLocations.Slot slot = keys == null ? null : keys.open(p.getParsingContext(), knownProperties());
      ctxt.setAttribute(ATTRIBUTE, new Frame(handledType(), holder(p), p.currentTokenLocation(), outer, slot));
      try {
        return _delegatee.deserialize(p, ctxt);
      } finally {
        ctxt.setAttribute(ATTRIBUTE, outer);
        if (slot != null) {
          keys.close(slot);
        }
      }
    }
  }
}
