package org.reformindicators.io.composite;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.reformindicators.core.composite.ranking.RankingMethod;
import org.reformindicators.core.composite.uncertainty.UnitRankInterval;
import org.reformindicators.io.deser.CoreValueDeserializer;
import org.reformindicators.io.deser.DocumentDeserializer;
import org.reformindicators.io.deser.FormParameters;
import org.reformindicators.io.document.DocumentForm;
import org.reformindicators.io.document.DocumentKind;
import org.reformindicators.io.ser.CoreValueSerializer;
import org.reformindicators.io.ser.DocumentSerializer;

/**
 * Registers the serializers and deserializers of composite results, such as {@code {"formatVersion": 1,
 * "kind": "composite-result", "methodology": "pci", "rankingMethod": "competition", "units": [{"unit": "51",
 * "scores": {"PCI": 64.32, …}, "rank": 30}], "intervals": […]}}.
 *
 * <p>Stateless and thread-safe.
 */
public final class CompositeResultBinding {

  private CompositeResultBinding() {}

  /**
   * Adds the composite-result bindings to a module.
   *
   * @param module the module to extend
   */
  public static void register(SimpleModule module) {
    TypeFactory types = TypeFactory.defaultInstance();
    module.addSerializer(UnitRankInterval.class, new IntervalSerializer());
    module.addDeserializer(UnitRankInterval.class, new IntervalDeserializer(types.constructType(IntervalForm.class)));
    module.addSerializer(CompositeResultDocument.UnitResult.class, new UnitSerializer());
    module.addDeserializer(CompositeResultDocument.UnitResult.class, new UnitDeserializer(types.constructType(UnitForm.class)));
    module.addSerializer(CompositeResultDocument.class, new ResultSerializer());
    module.addDeserializer(CompositeResultDocument.class, new ResultDeserializer(types.constructType(ResultForm.class)));
  }

  /** {@code {unit, nominalRank, medianRank, lowerRank, upperRank}}. */
  record IntervalForm(String unit, Integer nominalRank, Double medianRank, Double lowerRank, Double upperRank) {}

  /** {@code {unit, scores, rank?, group?}}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record UnitForm(String unit, Map<String, BigDecimal> scores, Double rank, String group) {}

  /** The document. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ResultForm(
      Integer formatVersion,
      String kind,
      String methodology,
      String rankingMethod,
      List<CompositeResultDocument.UnitResult> units,
      List<UnitRankInterval> intervals)
      implements DocumentForm {}

  static final class IntervalSerializer extends CoreValueSerializer<UnitRankInterval, IntervalForm> {
    private static final long serialVersionUID = 1L;

    IntervalSerializer() {
      super(UnitRankInterval.class);
    }

    @Override
    protected IntervalForm form(UnitRankInterval i) {
      return new IntervalForm(i.unit(), i.nominalRank(), i.medianRank(), i.lowerRank(), i.upperRank());
    }
  }

  static final class IntervalDeserializer extends CoreValueDeserializer<IntervalForm, UnitRankInterval> {
    private static final long serialVersionUID = 1L;

    IntervalDeserializer(JavaType form) {
      super(UnitRankInterval.class, form);
    }

    @Override
    protected UnitRankInterval build(IntervalForm f) {
      String what = "a rank interval";
      return new UnitRankInterval(
          FormParameters.require(f.unit(), "unit", what),
          FormParameters.require(f.nominalRank(), "nominalRank", what),
          FormParameters.require(f.medianRank(), "medianRank", what),
          FormParameters.require(f.lowerRank(), "lowerRank", what),
          FormParameters.require(f.upperRank(), "upperRank", what));
    }
  }

  static final class UnitSerializer extends CoreValueSerializer<CompositeResultDocument.UnitResult, UnitForm> {
    private static final long serialVersionUID = 1L;

    UnitSerializer() {
      super(CompositeResultDocument.UnitResult.class);
    }

    @Override
    protected UnitForm form(CompositeResultDocument.UnitResult u) {
      return new UnitForm(u.unit(), u.scores(), u.rank().isPresent() ? u.rank().getAsDouble() : null, u.group().orElse(null));
    }
  }

  static final class UnitDeserializer extends CoreValueDeserializer<UnitForm, CompositeResultDocument.UnitResult> {
    private static final long serialVersionUID = 1L;

    UnitDeserializer(JavaType form) {
      super(CompositeResultDocument.UnitResult.class, form);
    }

    @Override
    protected CompositeResultDocument.UnitResult build(UnitForm f) {
      return new CompositeResultDocument.UnitResult(
          FormParameters.require(f.unit(), "unit", "a unit result"),
          f.scores() == null ? Map.of() : f.scores(),
          f.rank() == null ? OptionalDouble.empty() : OptionalDouble.of(f.rank()),
          Optional.ofNullable(f.group()));
    }
  }

  static final class ResultSerializer extends DocumentSerializer<CompositeResultDocument, ResultForm> {
    private static final long serialVersionUID = 1L;

    ResultSerializer() {
      super(CompositeResultDocument.class, DocumentKind.COMPOSITE_RESULT);
    }

    @Override
    protected ResultForm form(CompositeResultDocument d, Integer formatVersion, String kind) {
      return new ResultForm(
          formatVersion,
          kind,
          d.methodology(),
          FormParameters.hyphenated(d.rankingMethod()),
          d.units(),
          d.intervals());
    }
  }

  static final class ResultDeserializer extends DocumentDeserializer<ResultForm, CompositeResultDocument> {
    private static final long serialVersionUID = 1L;

    ResultDeserializer(JavaType form) {
      super(CompositeResultDocument.class, form, DocumentKind.COMPOSITE_RESULT);
    }

    @Override
    protected CompositeResultDocument build(ResultForm f) {
      String what = "a composite result";
      return new CompositeResultDocument(
          FormParameters.require(f.methodology(), "methodology", what),
          FormParameters.parseHyphenated(RankingMethod.class, "rankingMethod", FormParameters.require(f.rankingMethod(), "rankingMethod", what)),
          FormParameters.require(f.units(), "units", what),
          f.intervals() == null ? List.of() : f.intervals());
    }
  }
}
