package org.reformindicators.io.internal.evaluation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.reformindicators.core.evaluation.AssessmentRenderer;
import org.reformindicators.core.evaluation.ClausePart;
import org.reformindicators.core.evaluation.EvaluationWarning;
import org.reformindicators.core.evaluation.Reason;
import org.reformindicators.core.evaluation.Rule;
import org.reformindicators.core.target.BilingualText;
import org.reformindicators.io.internal.deser.InvalidValueException;
import org.reformindicators.io.internal.deser.RefusingNullDeserializer;

/**
 * Writes and reads the typed reason and rules of a clause assessment (format version 2), such as {@code
 * {"kind": "missing-norm", "normId": "CENTRAL_STAFF_REDUCTION_RATIO", "description": {…}, "text": {"vi": …,
 * "en": …}}}.
 *
 * <p>Each {@link Reason} and {@link Rule} is a record of core: its {@code kind} is the record's name in lower case
 * with hyphens ({@code MissingNorm → missing-norm}), its other members are the record's components under their
 * own names, each written as its type is everywhere else (a period as its canonical text, a part as {@code
 * SECTOR=LAND}, an optional number omitted when empty). {@code text} is the wording of {@link
 * AssessmentRenderer} in both languages, written for readers that do not render, and ignored on reading. Not part
 * of the API; stateless and thread-safe.
 */
final class TypedResultBinding {

  private static final String KIND = "kind";
  private static final String TEXT = "text";

  /** Every reason and rule record by its kind. */
  private static final Map<String, Class<?>> REASONS = kinds(Reason.class);

  private static final Map<String, Class<?>> RULES = kinds(Rule.class);

  private static final Map<String, Class<?>> WARNINGS = kinds(EvaluationWarning.class);

  private TypedResultBinding() {}

  static void register(SimpleModule module) {
    module.addSerializer(Reason.class, new TypedSerializer<>(Reason.class));
    module.addSerializer(Rule.class, new TypedSerializer<>(Rule.class));
    module.addDeserializer(Reason.class, new TypedDeserializer<>(Reason.class, REASONS, "a reason"));
    module.addDeserializer(Rule.class, new TypedDeserializer<>(Rule.class, RULES, "a rule"));
    module.addSerializer(EvaluationWarning.class, new TypedSerializer<>(EvaluationWarning.class));
    module.addDeserializer(
        EvaluationWarning.class, new TypedDeserializer<>(EvaluationWarning.class, WARNINGS, "a warning"));
  }

  /** The kinds of a sealed interface's records, in declaration order. */
  private static Map<String, Class<?>> kinds(Class<?> sealed) {
    Map<String, Class<?>> out = new LinkedHashMap<>();
    for (Class<?> c : sealed.getPermittedSubclasses()) {
      out.put(kind(c), c);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The kind of a record class: its simple name in lower case with hyphens.
   *
   * @param type the record class
   * @return e.g. {@code missing-norm}
   */
  static String kind(Class<?> type) {
    return type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the kinds of reasons in declaration order.
   *
   * @return the kinds
   */
  static List<String> reasonKinds() {
    return List.copyOf(REASONS.keySet());
  }

  /**
   * Returns the kinds of rules in declaration order.
   *
   * @return the kinds
   */
  static List<String> ruleKinds() {
    return List.copyOf(RULES.keySet());
  }

  static final class TypedSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    TypedSerializer(Class<T> type) {
      super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      gen.writeStringField(KIND, kind(value.getClass()));
      for (RecordComponent c : value.getClass().getRecordComponents()) {
        Object v = component(c, value);
        if (v instanceof OptionalDouble d) {
          if (d.isPresent()) {
            gen.writeNumberField(c.getName(), d.getAsDouble());
          }
        } else if (v instanceof List<?> list) {
          gen.writeArrayFieldStart(c.getName());
          for (Object e : list) {
            if (e instanceof ClausePart part) {
              gen.writeString(part.toString());
            } else {
              provider.defaultSerializeValue(e, gen);
            }
          }
          gen.writeEndArray();
        } else {
          gen.writeFieldName(c.getName());
          provider.defaultSerializeValue(v, gen);
        }
      }
      BilingualText text =
          value instanceof Reason reason
              ? AssessmentRenderer.reason(reason)
              : value instanceof EvaluationWarning warning ? warning.text() : AssessmentRenderer.rule((Rule) value);
      gen.writeFieldName(TEXT);
      provider.defaultSerializeValue(text, gen);
      gen.writeEndObject();
    }

    private static Object component(RecordComponent c, Object record) {
      try {
        return c.getAccessor().invoke(record);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot write " + c.getName(), e);
      }
    }
  }

  static final class TypedDeserializer<T> extends RefusingNullDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, Class<?>> kinds;
    private final String what;

    TypedDeserializer(Class<T> type, Map<String, Class<?>> kinds, String what) {
      super(type);
      this.kinds = kinds;
      this.what = what;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonLocation start = p.currentTokenLocation();
      JsonNode tree = ctxt.readTree(p);
      if (!(tree instanceof ObjectNode node)) {
        throw new InvalidValueException(p, "expected an object with the members of " + what + ", found "
            + tree.getNodeType().toString().toLowerCase(Locale.ROOT), start, handledType());
      }
      JsonNode kindNode = node.get(KIND);
      if (kindNode == null || !kindNode.isTextual()) {
        throw new InvalidValueException(p, what + " requires 'kind', one of " + kinds.keySet(), start, handledType());
      }
      Class<?> type = kinds.get(kindNode.asText());
      if (type == null) {
        throw new InvalidValueException(
            p, "kind of " + what + " must be one of " + kinds.keySet() + ", was '" + kindNode.asText() + "'", start,
            handledType(), kindNode.asText());
      }
      String kind = kindNode.asText();
      RecordComponent[] components = type.getRecordComponents();
      List<String> known = new ArrayList<>(List.of(KIND, TEXT));
      Object[] args = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        RecordComponent c = components[i];
        known.add(c.getName());
        args[i] = value(p, ctxt, start, kind, c, node.get(c.getName()));
      }
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!known.contains(name)) {
          throw new InvalidValueException(
              p, what + " of kind '" + kind + "' has no member '" + name + "'; its members are "
                  + known.subList(2, known.size()), start, handledType(), name);
        }
      }
      try {
        Constructor<?> constructor =
            type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        return cast(constructor.newInstance(args));
      } catch (InvocationTargetException e) {
        String message = e.getCause() == null || e.getCause().getMessage() == null ? "is not valid" : e.getCause().getMessage();
        throw new InvalidValueException(p, what + " of kind '" + kind + "': " + message, start, handledType());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + kind, e);
      }
    }

    @SuppressWarnings("unchecked")
    private T cast(Object value) {
      return (T) value;
    }

    private Object value(
        JsonParser p, DeserializationContext ctxt, JsonLocation start, String kind, RecordComponent c, JsonNode n)
        throws IOException {
      Class<?> type = c.getType();
      if (type == OptionalDouble.class) {
        if (n == null || n.isNull()) {
          return OptionalDouble.empty();
        }
        return OptionalDouble.of(number(p, start, kind, c, n));
      }
      if (n == null || n.isNull()) {
        throw new InvalidValueException(
            p, what + " of kind '" + kind + "' requires '" + c.getName() + "'", start, handledType());
      }
      if (type == double.class) {
        return number(p, start, kind, c, n);
      }
      if (type == int.class) {
        if (!n.canConvertToInt() || !n.isIntegralNumber()) {
          throw new InvalidValueException(
              p, c.getName() + " of " + what + " must be a whole number, was " + n, start, handledType(), n.toString());
        }
        return n.intValue();
      }
      if (type == List.class
          && c.getGenericType() instanceof ParameterizedType list
          && list.getActualTypeArguments()[0] == ClausePart.class) {
        List<ClausePart> parts = new ArrayList<>();
        for (JsonNode e : n) {
          try {
            parts.add(ClausePart.parse(e.asText()));
          } catch (IllegalArgumentException ex) {
            throw new InvalidValueException(p, ex.getMessage(), start, handledType(), e.asText());
          }
        }
        return parts;
      }
      return ctxt.readTreeAsValue(n, ctxt.getTypeFactory().constructType(c.getGenericType()));
    }

    private double number(JsonParser p, JsonLocation start, String kind, RecordComponent c, JsonNode n)
        throws IOException {
      if (!n.isNumber()) {
        throw new InvalidValueException(
            p, c.getName() + " of " + what + " of kind '" + kind + "' must be a number, was " + n, start,
            handledType(), n.toString());
      }
      return n.doubleValue();
    }
  }
}
