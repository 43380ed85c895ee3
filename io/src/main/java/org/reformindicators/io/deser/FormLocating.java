package org.reformindicators.io.deser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;

/**
 * Remembers where the plain form being read starts, such as {@code /indicators/3 (line 12, column 5)}, so
 * that an unknown property found in it is reported at its true place.
 *
 * <p>Jackson binds records through their canonical constructor and handles unknown properties only after
 * the constructor ran, on a buffered copy that has lost the position in the file; the {@link
 * #modifier()} wraps the deserializer of every plain form of this module so that the position is known.
 * Stateless and thread-safe.
 */
public final class FormLocating {

  /** Attribute holding the innermost form being read. */
  static final Object ATTRIBUTE = FormLocating.class;

  private FormLocating() {}

  /** Where a form being read starts. */
  record Frame(Class<?> form, String pointer, JsonLocation start, Frame outer) {}

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

  /** Pushes the position of a form for the time its deserializer runs. */
  static final class Locating extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    Locating(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new Locating(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Frame outer = current(ctxt);
      ctxt.setAttribute(
          ATTRIBUTE,
          new Frame(handledType(), p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation(), outer));
      try {
        return _delegatee.deserialize(p, ctxt);
      } finally {
        ctxt.setAttribute(ATTRIBUTE, outer);
      }
    }
  }
}
