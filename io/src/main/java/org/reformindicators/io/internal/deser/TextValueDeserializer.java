package org.reformindicators.io.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads a core value written as one string, such as an indicator code {@code "PCI_RANK"} or a period {@code
 * "2025-Q3"}, through the type's own {@code parse}/{@code of} factory.
 *
 * <p>An unquoted YAML scalar that looks like a number (e.g. {@code period: 2025}) is read by its original
 * text. A refusal by the factory becomes an {@link InvalidValueException} with the factory's own message and
 * the offending text; the JSON path is added as it travels up. Immutable and thread-safe
 * when the factory is.
 *
 * @param <T> the core type
 */
public final class TextValueDeserializer<T> extends RefusingNullDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient Function<String, T> factory;

  /**
   * Creates the deserializer.
   *
   * @param type the core type
   * @param factory the factory that parses and validates the text
   * @throws NullPointerException if an argument is null
   */
  public TextValueDeserializer(Class<T> type, Function<String, T> factory) {
    super(Objects.requireNonNull(type, "type"));
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_STRING
        && token != JsonToken.VALUE_NUMBER_INT
        && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw new InvalidValueException(
          p, "expected text, found " + ReadErrors.found(p), p.currentTokenLocation(), handledType());
    }
    String text = NfcStringDeserializer.checked(p, p.getText());
    try {
      return factory.apply(text);
    } catch (IllegalArgumentException e) {
      String rule = e.getMessage() == null || e.getMessage().isBlank() ? "'" + text + "' is not valid here" : e.getMessage();
      throw new InvalidValueException(p, rule, p.currentTokenLocation(), handledType(), text);
    }
  }
}
