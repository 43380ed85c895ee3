package org.reformindicators.io.internal.observation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.Bound;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationViolation;
import org.reformindicators.core.observation.RankRules;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.observation.ObservationStatus;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.io.internal.deser.CoreValueDeserializer;
import org.reformindicators.io.internal.deser.DocumentDeserializer;
import org.reformindicators.io.internal.deser.InvalidValueException;
import org.reformindicators.io.internal.deser.ReadErrors;
import org.reformindicators.io.internal.deser.TextValueDeserializer;
import org.reformindicators.io.internal.document.DocumentForm;
import org.reformindicators.io.document.DocumentKind;
import org.reformindicators.io.internal.ser.CoreValueSerializer;
import org.reformindicators.io.internal.ser.DocumentSerializer;

/**
 * Registers the serializers and deserializers of observations, such as {@code {"indicator": "PCI_RANK",
 * "area": "51", "period": "2020", "value": 36, "universe": 63, "status": "A"}}, or from format version 2 a value
 * published only as a range, {@code {"indicator": "PCI_RANK", "area": "51", "period": "2023", "bound": {"lower":
 * 31, "upper": 63}, "universe": 63}}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ObservationBinding {

  private ObservationBinding() {}

  /**
   * Adds the observation bindings to a module.
   *
   * @param module the module to extend
   */
  public static void register(SimpleModule module) {
    TypeFactory types = TypeFactory.defaultInstance();
    module.addSerializer(ObservationStatus.class, new StatusSerializer());
    module.addDeserializer(
        ObservationStatus.class, new TextValueDeserializer<>(ObservationStatus.class, ObservationStatus::fromCode));
    module.addSerializer(Observation.class, new ObservationSerializer());
    module.addDeserializer(Observation.class, new ObservationDeserializer(types.constructType(ObservationForm.class)));
    module.addSerializer(ObservationSet.class, new SetSerializer());
    module.addDeserializer(ObservationSet.class, new SetDeserializer(types.constructType(SetForm.class)));
  }

  /** The plain form of an observation: the CSV columns plus {@code source}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record ObservationForm(
      IndicatorCode indicator,
      UnitCode area,
      ReportingPeriod period,
      Double value,
      Integer universe,
      ObservationStatus status,
      @JsonDeserialize(using = BreakdownDeserializer.class) Map<String, String> breakdown,
      String note,
      String source,
      BoundForm bound) {}

  /** The bound of a value published only as a range (format version 2), such as {@code {"lower": 31, "upper": 63}}. */
  record BoundForm(Double lower, Double upper) {}

  /** The plain form of a set, a document of kind {@code observations}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SetForm(Integer formatVersion, String kind, List<Observation> observations) implements DocumentForm {}

  static final class StatusSerializer extends StdSerializer<ObservationStatus> {
    private static final long serialVersionUID = 1L;

    StatusSerializer() {
      super(ObservationStatus.class);
    }

    @Override
    public void serialize(
        ObservationStatus value,
        com.fasterxml.jackson.core.JsonGenerator gen,
        com.fasterxml.jackson.databind.SerializerProvider provider)
        throws IOException {
      gen.writeString(value.code());
    }
  }

  static final class ObservationSerializer extends CoreValueSerializer<Observation, ObservationForm> {
    private static final long serialVersionUID = 1L;

    ObservationSerializer() {
      super(Observation.class);
    }

    @Override
    protected ObservationForm form(Observation o) {
      return new ObservationForm(
          o.indicator(),
          o.unit(),
          o.period(),
          o.value().isPresent() ? o.value().getAsDouble() : null,
          o.universe().isPresent() ? o.universe().getAsInt() : null,
          o.status(),
          o.breakdown().asMap(),
          o.note().orElse(null),
          o.source().orElse(null),
          o.bound().map(b -> new BoundForm(b.lower(), b.upper())).orElse(null));
    }
  }

  static final class ObservationDeserializer extends CoreValueDeserializer<ObservationForm, Observation> {
    private static final long serialVersionUID = 1L;

    ObservationDeserializer(JavaType form) {
      super(Observation.class, form);
    }

    @Override
    protected Observation build(ObservationForm f) {
      Observation.Builder builder =
          Observation.builder()
              .indicator(Objects.requireNonNull(f.indicator(), "indicator"))
              .unit(Objects.requireNonNull(f.area(), "area"))
              .period(Objects.requireNonNull(f.period(), "period"));
      if (f.value() != null) {
        builder.value(f.value());
      }
      if (f.universe() != null) {
        builder.universe(f.universe());
      }
      if (f.status() != null) {
        builder.status(f.status());
      }
      if (f.breakdown() != null) {
        builder.breakdown(BreakdownKey.of(f.breakdown()));
      }
      if (f.note() != null) {
        builder.note(f.note());
      }
      if (f.source() != null) {
        builder.source(f.source());
      }
      if (f.bound() != null) {
        builder.bound(Bound.ofClosed(
            Objects.requireNonNull(f.bound().lower(), "bound.lower"), Objects.requireNonNull(f.bound().upper(), "bound.upper")));
      }
      Observation observation = builder.build();
      // the same claims as a row of the observation CSV: a rank within its universe, a universe the registry allows
      List<ObservationViolation> violations = RankRules.vietnam().violations(observation);
      if (!violations.isEmpty()) {
        throw new IllegalArgumentException(
            violations.stream().map(ObservationViolation::message).collect(Collectors.joining("; ")));
      }
      return observation;
    }
  }

  static final class SetSerializer extends DocumentSerializer<ObservationSet, SetForm> {
    private static final long serialVersionUID = 1L;

    SetSerializer() {
      super(ObservationSet.class, DocumentKind.OBSERVATIONS);
    }

    @Override
    protected SetForm form(ObservationSet value, Integer formatVersion, String kind) {
      return new SetForm(formatVersion, kind, value.observations());
    }
  }

  static final class SetDeserializer extends DocumentDeserializer<SetForm, ObservationSet> {
    private static final long serialVersionUID = 1L;

    SetDeserializer(JavaType form) {
      super(ObservationSet.class, form, DocumentKind.OBSERVATIONS);
    }

    @Override
    protected ObservationSet build(SetForm form) {
      List<Observation> observations = Objects.requireNonNull(form.observations(), "observations");
      // bound is a member of format version 2: a version-1 reader would see a rank without a value, so a version-1
      // document that holds one is refused rather than read as something its version cannot say
      if (form.formatVersion() != null && form.formatVersion() == 1) {
        for (int i = 0; i < observations.size(); i++) {
          if (observations.get(i).bound().isPresent()) {
            throw new IllegalArgumentException("/observations/" + i + "/bound: a bound needs formatVersion 2 (the"
                + " member was added in version 2 of the observations document), was formatVersion 1");
          }
        }
      }
      return ObservationSet.of(observations);
    }
  }

  /**
   * Reads a breakdown, such as {@code {"LEVEL": "COMMUNE"}}, refusing a pair that {@link BreakdownKey} refuses at
   * its own line, with that type's message.
   */
  static final class BreakdownDeserializer extends StdDeserializer<Map<String, String>> {
    private static final long serialVersionUID = 1L;

    BreakdownDeserializer() {
      super(Map.class);
    }

    @Override
    public Map<String, String> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.isExpectedStartObjectToken()) {
        throw new InvalidValueException(p, "expected " + (ReadErrors.isYaml(p) ? "a mapping" : "an object")
            + " of breakdown keys and values, found " + ReadErrors.found(p), p.currentTokenLocation(), Map.class);
      }
      Map<String, String> breakdown = new LinkedHashMap<>();
      for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
        JsonLocation at = p.currentTokenLocation();
        JsonToken token = p.nextToken();
        if (token != JsonToken.VALUE_STRING) {
          throw new InvalidValueException(
              p, "expected text, found " + ReadErrors.found(p), p.currentTokenLocation(), String.class);
        }
        String value = p.getText();
        try {
          BreakdownKey.of(key, value);
        } catch (IllegalArgumentException bad) {
          InvalidValueException e = new InvalidValueException(p, bad.getMessage(), at, String.class, key);
          e.prependPath(breakdown, key);
          throw e;
        }
        breakdown.put(key, value);
      }
      return breakdown;
    }
  }
}
