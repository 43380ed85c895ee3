package org.reformindicators.io.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.NullValueProvider;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.ValueInstantiators;
import com.fasterxml.jackson.databind.util.AccessPattern;

/**
 * Refuses {@code null} as the value of any property of the plain forms, such as {@code weight: ~} ("'weight'
 * is null: …"), while a property left out still reads as absent (and takes its default, if it has one).
 *
 * <p>Jackson cannot tell the two apart for a record: its {@code Nulls.FAIL} setting also fails a property
 * that is left out. These value instantiators give every property of the records of the {@code
 * org.reformindicators.io} packages a null provider that refuses an explicit {@code null} with an {@link
 * InvalidValueException} naming the property, at the {@code null}, and returns nothing for an absent one; the
 * deserializers of this package refuse a {@code null} entry of a list or a mapping through {@link
 * #refuse(DeserializationContext)} likewise. A {@code null} that stands for a value that failed (and was
 * reported) is passed on, so that no follow-on problem is reported. Stateless and thread-safe.
 */
public final class NullRefusal extends ValueInstantiators.Base {

  /** Creates the value instantiators. */
  public NullRefusal() {}

  @Override
  public ValueInstantiator findValueInstantiator(
      DeserializationConfig config, BeanDescription description, ValueInstantiator defaultInstantiator) {
    Class<?> type = description.getBeanClass();
    if (type.isRecord() && type.getName().startsWith("org.reformindicators.io.")) {
      return new Refusing(defaultInstantiator);
    }
    return defaultInstantiator;
  }

  /** Hands out the record's properties with the refusing null provider. */
  private static final class Refusing extends ValueInstantiator.Delegating {
    private static final long serialVersionUID = 1L;

    Refusing(ValueInstantiator delegate) {
      super(delegate);
    }

    @Override
    public ValueInstantiator createContextual(DeserializationContext ctxt, BeanDescription description)
        throws JsonMappingException {
      ValueInstantiator contextual = delegate().createContextual(ctxt, description);
      return contextual == delegate() ? this : new Refusing(contextual);
    }

    @Override
    public SettableBeanProperty[] getFromObjectArguments(DeserializationConfig config) {
      SettableBeanProperty[] properties = delegate().getFromObjectArguments(config);
      if (properties == null) {
        return null;
      }
      SettableBeanProperty[] refusing = new SettableBeanProperty[properties.length];
      for (int i = 0; i < properties.length; i++) {
        SettableBeanProperty property = properties[i];
        refusing[i] = property == null ? null : property.withNullProvider(Refuse.INSTANCE);
      }
      return refusing;
    }
  }

  /**
   * Refuses the {@code null} a parser is at, naming the property or the list it is in; returns {@code null}
   * when the parser is at another token (a value that failed and was already reported, or an absent one).
   *
   * @param ctxt the deserialization context
   * @return {@code null} when the parser is not at a {@code null}
   * @throws InvalidValueException when the parser is at a {@code null}
   */
  public static Object refuse(DeserializationContext ctxt) throws InvalidValueException {
    JsonParser p = ctxt.getParser();
    if (p == null || !p.hasToken(JsonToken.VALUE_NULL)) {
      return null;
    }
    String name = p.getParsingContext().inObject() ? p.getParsingContext().getCurrentName() : null;
    String message = name == null
        ? "a list entry is null: null is not a value here, leave the entry out"
        : "'" + name + "' is null: null is not a value here, give '" + name + "' a value or leave it out";
    throw new InvalidValueException(p, message, p.currentTokenLocation(), Object.class, "null");
  }

  /** Refuses an explicit {@code null}; gives nothing for an absent property. */
  private static final class Refuse implements NullValueProvider {
    static final Refuse INSTANCE = new Refuse();

    @Override
    public Object getNullValue(DeserializationContext ctxt) throws JsonMappingException {
      return refuse(ctxt);
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
      return null;
    }

    @Override
    public AccessPattern getNullAccessPattern() {
      return AccessPattern.DYNAMIC;
    }
  }
}
