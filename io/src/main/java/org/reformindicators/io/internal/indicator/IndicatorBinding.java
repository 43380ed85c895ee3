package org.reformindicators.io.internal.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.reformindicators.core.indicator.BreakdownDimension;
import org.reformindicators.core.indicator.Direction;
import org.reformindicators.core.indicator.Indicator;
import org.reformindicators.core.indicator.IndicatorCatalogue;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.indicator.Measure;
import org.reformindicators.io.internal.deser.CoreValueDeserializer;
import org.reformindicators.io.internal.deser.DocumentDeserializer;
import org.reformindicators.io.internal.document.DocumentForm;
import org.reformindicators.io.document.DocumentKind;
import org.reformindicators.io.internal.deser.TextValueDeserializer;
import org.reformindicators.io.internal.ser.CoreValueSerializer;
import org.reformindicators.io.internal.ser.DocumentSerializer;

/**
 * Registers the serializers and deserializers of indicators, such as {@code {"code": "PCI", "nameVi": "Chỉ số
 * năng lực cạnh tranh cấp tỉnh", "measure": {"type": "score", "min": 0, "max": 100}, …}}.
 *
 * <p>Stateless and thread-safe.
 */
public final class IndicatorBinding {

  /** The closed set of measure type names, each with the measure it stands for. */
  private static final List<String> MEASURE_TYPES =
      List.of("percentage", "score", "rank", "count", "ratio", "share", "completion", "qualitative");

  private IndicatorBinding() {}

  /**
   * Adds the indicator bindings to a module.
   *
   * @param module the module to extend
   */
  public static void register(SimpleModule module) {
    TypeFactory types = TypeFactory.defaultInstance();
    module.addSerializer(IndicatorCode.class, ToStringSerializer.instance);
    module.addDeserializer(IndicatorCode.class, new TextValueDeserializer<>(IndicatorCode.class, IndicatorCode::parse));

    module.addSerializer(Measure.class, new MeasureSerializer());
    module.addDeserializer(Measure.class, new MeasureDeserializer(types.constructType(MeasureForm.class)));

    module.addSerializer(BreakdownDimension.class, new BreakdownSerializer());
    module.addDeserializer(
        BreakdownDimension.class, new BreakdownDeserializer(types.constructType(BreakdownForm.class)));

    module.addSerializer(Indicator.class, new IndicatorSerializer());
    module.addDeserializer(Indicator.class, new IndicatorDeserializer(types.constructType(IndicatorForm.class)));

    module.addSerializer(IndicatorCatalogue.class, new CatalogueSerializer());
    module.addDeserializer(
        IndicatorCatalogue.class, new CatalogueDeserializer(types.constructType(CatalogueForm.class)));
  }

  /** The plain form of a measure: a closed set of type names with their parameters. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record MeasureForm(String type, Double min, Double max, Double factor) {}

  /**
   * The plain form of a breakdown dimension: closed with its values, or (format version 2 of plans and catalogues)
   * open, {@code {"key": "AGENCY", "open": true}}.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record BreakdownForm(String key, List<String> values, Boolean open) {}

  /** The plain form of an indicator. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record IndicatorForm(
      IndicatorCode code,
      String nameVi,
      String nameEn,
      String description,
      Measure measure,
      Direction direction,
      Integer decimals,
      String publisher,
      String methodologyVersion,
      List<BreakdownDimension> breakdowns) {}

  /** The plain form of a catalogue, a document of kind {@code indicator-catalogue}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record CatalogueForm(Integer formatVersion, String kind, List<Indicator> indicators) implements DocumentForm {}

  static final class MeasureSerializer extends CoreValueSerializer<Measure, MeasureForm> {
    private static final long serialVersionUID = 1L;

    MeasureSerializer() {
      super(Measure.class);
    }

    @Override
    protected MeasureForm form(Measure measure) {
      if (measure instanceof Measure.Score score) {
        return new MeasureForm("score", score.min(), score.max(), null);
      }
      if (measure instanceof Measure.Ratio ratio) {
        return new MeasureForm(ratio.share() ? "share" : "ratio", null, null, ratio.factor());
      }
      return new MeasureForm(measure.kind().name().toLowerCase(java.util.Locale.ROOT), null, null, null);
    }
  }

  static final class MeasureDeserializer extends CoreValueDeserializer<MeasureForm, Measure> {
    private static final long serialVersionUID = 1L;

    MeasureDeserializer(com.fasterxml.jackson.databind.JavaType form) {
      super(Measure.class, form);
    }

    @Override
    protected Measure build(MeasureForm form) {
      String type = Objects.requireNonNull(form.type(), "type");
      Measure measure =
          switch (type) {
            case "percentage" -> Measure.percentage();
            case "score" -> Measure.score(required(form.min(), "min", type), required(form.max(), "max", type));
            case "rank" -> Measure.rank();
            case "count" -> Measure.count();
            case "ratio" -> Measure.ratio(required(form.factor(), "factor", type));
            case "share" -> Measure.share(required(form.factor(), "factor", type));
            case "completion" -> Measure.completion();
            case "qualitative" -> Measure.qualitative();
            default -> throw new IllegalArgumentException(
                "measure type must be one of " + MEASURE_TYPES + ", was '" + type + "'");
          };
      boolean scored = type.equals("score");
      boolean factored = type.equals("ratio") || type.equals("share");
      if ((!scored && (form.min() != null || form.max() != null)) || (!factored && form.factor() != null)) {
        throw new IllegalArgumentException(
            "measure type '" + type + "' takes " + (scored ? "only min and max" : factored ? "only factor" : "no parameter")
                + ", was " + form);
      }
      return measure;
    }

    private static double required(Double value, String name, String type) {
      if (value == null) {
        throw new IllegalArgumentException("measure type '" + type + "' requires '" + name + "'");
      }
      return value;
    }
  }

  static final class BreakdownSerializer extends CoreValueSerializer<BreakdownDimension, BreakdownForm> {
    private static final long serialVersionUID = 1L;

    BreakdownSerializer() {
      super(BreakdownDimension.class);
    }

    @Override
    protected BreakdownForm form(BreakdownDimension value) {
      // writers emit the current version (2) of plans and catalogues, which holds open dimensions
      if (value.open()) {
        return new BreakdownForm(value.key(), null, Boolean.TRUE);
      }
      return new BreakdownForm(value.key(), new ArrayList<>(value.values()), null);
    }
  }

  static final class BreakdownDeserializer extends CoreValueDeserializer<BreakdownForm, BreakdownDimension> {
    private static final long serialVersionUID = 1L;

    BreakdownDeserializer(com.fasterxml.jackson.databind.JavaType form) {
      super(BreakdownDimension.class, form);
    }

    @Override
    protected BreakdownDimension build(BreakdownForm form) {
      String key = Objects.requireNonNull(form.key(), "key");
      if (Boolean.TRUE.equals(form.open())) {
        if (form.values() != null) {
          throw new IllegalArgumentException(
              "open breakdown dimension " + key + " allows every value and takes no 'values', was " + form.values());
        }
        return BreakdownDimension.open(key);
      }
      if (form.values() == null) {
        throw new IllegalArgumentException("breakdown dimension " + key
            + " requires 'values' (at least one), or 'open: true' for an open set such as agency codes");
      }
      return BreakdownDimension.of(key, form.values());
    }
  }

  static final class IndicatorSerializer extends CoreValueSerializer<Indicator, IndicatorForm> {
    private static final long serialVersionUID = 1L;

    IndicatorSerializer() {
      super(Indicator.class);
    }

    @Override
    protected IndicatorForm form(Indicator value) {
      return new IndicatorForm(
          value.code(),
          value.nameVi(),
          value.nameEn(),
          value.description(),
          value.measure(),
          value.direction(),
          value.decimals(),
          value.publisher(),
          value.methodologyVersion().orElse(null),
          value.breakdowns());
    }
  }

  static final class IndicatorDeserializer extends CoreValueDeserializer<IndicatorForm, Indicator> {
    private static final long serialVersionUID = 1L;

    IndicatorDeserializer(com.fasterxml.jackson.databind.JavaType form) {
      super(Indicator.class, form);
    }

    @Override
    protected Indicator build(IndicatorForm form) {
      Indicator.Builder builder =
          Indicator.builder()
              .code(Objects.requireNonNull(form.code(), "code"))
              .nameVi(Objects.requireNonNull(form.nameVi(), "nameVi"))
              .nameEn(Objects.requireNonNull(form.nameEn(), "nameEn"))
              .measure(Objects.requireNonNull(form.measure(), "measure"))
              .direction(Objects.requireNonNull(form.direction(), "direction"))
              .decimals(Objects.requireNonNull(form.decimals(), "decimals"))
              .publisher(Objects.requireNonNull(form.publisher(), "publisher"));
      if (form.description() != null) {
        builder.description(form.description());
      }
      if (form.methodologyVersion() != null) {
        builder.methodologyVersion(form.methodologyVersion());
      }
      if (form.breakdowns() != null) {
        builder.addAllBreakdowns(form.breakdowns());
      }
      return builder.build();
    }
  }

  static final class CatalogueSerializer extends DocumentSerializer<IndicatorCatalogue, CatalogueForm> {
    private static final long serialVersionUID = 1L;

    CatalogueSerializer() {
      super(IndicatorCatalogue.class, DocumentKind.INDICATOR_CATALOGUE);
    }

    @Override
    protected CatalogueForm form(IndicatorCatalogue value, Integer formatVersion, String kind) {
      return new CatalogueForm(formatVersion, kind, value.indicators());
    }
  }

  static final class CatalogueDeserializer extends DocumentDeserializer<CatalogueForm, IndicatorCatalogue> {
    private static final long serialVersionUID = 1L;

    CatalogueDeserializer(com.fasterxml.jackson.databind.JavaType form) {
      super(IndicatorCatalogue.class, form, DocumentKind.INDICATOR_CATALOGUE);
    }

    @Override
    protected IndicatorCatalogue build(CatalogueForm form) {
      return IndicatorCatalogue.of(Objects.requireNonNull(form.indicators(), "indicators"));
    }
  }
}
