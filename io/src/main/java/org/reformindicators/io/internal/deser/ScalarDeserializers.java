package org.reformindicators.io.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.BiFunction;
import org.reformindicators.io.internal.json.JsonMappers;
import org.reformindicators.io.internal.yaml.YamlScalarForms;

/**
 * Reads the numbers and booleans of every document, such as {@code "value": 6.29}, with one policy for
 * JSON and YAML: a number is read from its text, must be finite as a 64-bit floating-point number and must
 * not round to zero unless it is zero; a whole number must be written without a fraction and fit its type; a
 * boolean is {@code true} or {@code false}.
 *
 * <p>A YAML scalar that YAML readers disagree on ({@link YamlScalarForms}) reaches these deserializers as
 * text and is refused with "write 10, not 010: YAML readers disagree"; any other text, list or mapping is
 * refused with what was expected and what was found. Every refusal is an {@link InvalidValueException} at the
 * value. Stateless and thread-safe.
 */
public final class ScalarDeserializers {

  private ScalarDeserializers() {}

  /**
   * Registers the deserializers of {@code Double}, {@code Integer}, {@code Long}, {@code BigDecimal} and
   * {@code Boolean} and of their primitive types.
   *
   * @param module the module to extend
   */
  public static void register(SimpleModule module) {
    NumberDeserializer<Double> doubles =
        new NumberDeserializer<>(Double.class, "a number", false, (exact, binary) -> binary);
    module.addDeserializer(Double.class, doubles);
    module.addDeserializer(double.class, doubles);
    NumberDeserializer<Integer> ints =
        new NumberDeserializer<>(Integer.class, "a whole number", true, (exact, binary) -> exactInt(exact));
    module.addDeserializer(Integer.class, ints);
    module.addDeserializer(int.class, ints);
    NumberDeserializer<Long> longs =
        new NumberDeserializer<>(Long.class, "a whole number", true, (exact, binary) -> exactLong(exact));
    module.addDeserializer(Long.class, longs);
    module.addDeserializer(long.class, longs);
    module.addDeserializer(
        BigDecimal.class, new NumberDeserializer<>(BigDecimal.class, "a number", false, (exact, binary) -> exact));
    BooleanDeserializer booleans = new BooleanDeserializer();
    module.addDeserializer(Boolean.class, booleans);
    module.addDeserializer(boolean.class, booleans);
  }

  private static Integer exactInt(BigDecimal value) {
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "is out of range: a whole number here lies within " + Integer.MIN_VALUE + ".." + Integer.MAX_VALUE, e);
    }
  }

  private static Long exactLong(BigDecimal value) {
    try {
      return value.longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "is out of range: a whole number here lies within " + Long.MIN_VALUE + ".." + Long.MAX_VALUE, e);
    }
  }

  /**
   * A number as written: its exact decimal and the 64-bit floating-point number nearest to its text (which
   * keeps a negative zero, as a decimal cannot).
   */
  private record Written(BigDecimal exact, double binary) {}

  /**
   * Reads a number token and checks that it is finite and does not round to zero.
   *
   * @param p the parser, at a number token
   * @param type the type being read, for the exception
   * @return the number written
   * @throws IOException if the number breaks the policy ({@link InvalidValueException}) or cannot be read
   */
  private static Written number(JsonParser p, Class<?> type) throws IOException {
    String text = p.getText().trim();
    if (text.length() > JsonMappers.MAX_NUMBER_LENGTH) {
      throw refuse(p, type, text, "a number is " + text.length() + " characters long; at most "
          + JsonMappers.MAX_NUMBER_LENGTH + " characters are allowed");
    }
    BigDecimal value;
    double binary;
    try {
      value = new BigDecimal(text);
      binary = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw refuse(p, type, text, ReadErrors.quote(text)
          + " is too large or too small: a number must lie within ±1.7976931348623157E308");
    }
    if (Double.isInfinite(binary)) {
      throw refuse(p, type, text, ReadErrors.quote(text)
          + " is too large: a number must lie within ±1.7976931348623157E308 (a 64-bit floating-point number)");
    }
    if (binary == 0 && value.signum() != 0) {
      throw refuse(p, type, text, ReadErrors.quote(text)
          + " is too small: it is not zero but rounds to 0 as a 64-bit floating-point number (the smallest"
          + " is 4.9E-324); write 0 if zero is meant");
    }
    return new Written(value, binary);
  }

  private static InvalidValueException refuse(JsonParser p, Class<?> type, String value, String message) {
    return new InvalidValueException(p, message, p.currentTokenLocation(), type, value);
  }

  /** The refusal of a token of the wrong kind, or of a scalar YAML readers disagree on. */
  private static InvalidValueException wrongToken(JsonParser p, Class<?> type, String expected) throws IOException {
    JsonToken token = p.currentToken();
    String text = token != null && token.isScalarValue() ? p.getText() : "";
    if (token == JsonToken.VALUE_STRING
        && ReadErrors.isYaml(p)
        && (YamlScalarForms.isDisputedNumber(text)
            || YamlScalarForms.isSpecialFloat(text)
            || (type == Boolean.class && YamlScalarForms.isBooleanWord(text)))) {
      return refuse(p, type, text, YamlScalarForms.disagreementMessage(text));
    }
    return refuse(p, type, text, "expected " + expected + ", found " + ReadErrors.found(p));
  }

  /** Reads a number of one type from its exact decimal. */
  private static final class NumberDeserializer<T> extends RefusingNullDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final String expected;
    private final boolean whole;
    private final transient BiFunction<BigDecimal, Double, T> convert;

    NumberDeserializer(Class<T> type, String expected, boolean whole, BiFunction<BigDecimal, Double, T> convert) {
      super(type);
      this.expected = expected;
      this.whole = whole;
      this.convert = convert;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        return read(p);
      } catch (InvalidValueException e) {
        return ProblemCollecting.recordValue(p, ctxt, e);
      }
    }

    private T read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      boolean integral = token == JsonToken.VALUE_NUMBER_INT;
      if (!integral && token != JsonToken.VALUE_NUMBER_FLOAT) {
        throw wrongToken(p, handledType(), expected);
      }
      Written number = number(p, handledType());
      if (whole && !integral) {
        throw refuse(p, handledType(), p.getText(), "expected a whole number, found " + ReadErrors.found(p));
      }
      try {
        return convert.apply(number.exact(), number.binary());
      } catch (IllegalArgumentException e) {
        throw refuse(p, handledType(), p.getText(), ReadErrors.quote(p.getText()) + " " + e.getMessage());
      }
    }
  }

  /** Reads {@code true} or {@code false}. */
  private static final class BooleanDeserializer extends RefusingNullDeserializer<Boolean> {
    private static final long serialVersionUID = 1L;

    BooleanDeserializer() {
      super(Boolean.class);
    }

    @Override
    public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
        return token == JsonToken.VALUE_TRUE;
      }
      throw wrongToken(p, Boolean.class, "true or false");
    }
  }
}
