package org.reformindicators.io.internal.composite;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.io.composite.UncertaintySettings;
import org.reformindicators.io.composite.CompositeResultDocument;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.reformindicators.core.composite.ComponentCode;
import org.reformindicators.core.composite.ranking.RankingMethod;
import org.reformindicators.core.composite.uncertainty.UnitRankInterval;
import org.reformindicators.io.internal.deser.CoreValueDeserializer;
import org.reformindicators.io.internal.deser.DocumentDeserializer;
import org.reformindicators.io.internal.deser.FormParameters;
import org.reformindicators.io.internal.document.DocumentForm;
import org.reformindicators.io.document.DocumentKind;
import org.reformindicators.io.internal.ser.CoreValueSerializer;
import org.reformindicators.io.internal.ser.DocumentSerializer;

/**
 * Registers the serializers and deserializers of composite results, such as {@code {"formatVersion": 2,
 * "kind": "composite-result", "methodology": "pci", "rankingMethod": "competition", "units": [{"unit": "51",
 * "scores": {"PCI": 64.32, …}, "rankingScore": 64.32, "rank": 30}], "intervals": […], "uncertainty": {…},
 * "warnings": […]}}.
 *
 * <p>Ranks are written as integers when they are whole ({@code 46}, not {@code 46.0}); only fractional ranking
 * and interpolated percentiles give decimals ({@code 2.5}). Version 1 documents read as before.
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
  record IntervalForm(UnitCode unit, Integer nominalRank, Number medianRank, Number lowerRank, Number upperRank) {}

  /** {@code {unit, scores, rankingScore?, rank?, group?}}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record UnitForm(UnitCode unit, Map<String, BigDecimal> scores, BigDecimal rankingScore, Number rank, String group) {}

  /** {@code {level, noise}}: the weight noise of one level of the tree. */
  record LevelNoiseForm(Integer level, Double noise) {}

  /** {@code {draws, seed, weightNoise}}: the settings of an uncertainty analysis. */
  record SettingsForm(Integer draws, Long seed, List<LevelNoiseForm> weightNoise) {}

  /** The document. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ResultForm(
      Integer formatVersion,
      String kind,
      String methodology,
      String rankingMethod,
      List<CompositeResultDocument.UnitResult> units,
      List<UnitRankInterval> intervals,
      SettingsForm uncertainty,
      List<String> warnings)
      implements DocumentForm {}

  /** A rank as written: an integer when whole (46), else the decimal (2.5). */
  static Number rank(double rank) {
    return rank == Math.rint(rank) && Math.abs(rank) < 1e15 ? (Number) Long.valueOf((long) rank) : (Number) Double.valueOf(rank);
  }

  private static double rank(Number rank, String field, String what) {
    return FormParameters.require(rank, field, what).doubleValue();
  }

  static final class IntervalSerializer extends CoreValueSerializer<UnitRankInterval, IntervalForm> {
    private static final long serialVersionUID = 1L;

    IntervalSerializer() {
      super(UnitRankInterval.class);
    }

    @Override
    protected IntervalForm form(UnitRankInterval i) {
      return new IntervalForm(i.unit(), i.nominalRank(), rank(i.medianRank()), rank(i.lowerRank()), rank(i.upperRank()));
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
          rank(f.medianRank(), "medianRank", what),
          rank(f.lowerRank(), "lowerRank", what),
          rank(f.upperRank(), "upperRank", what));
    }
  }

  static final class UnitSerializer extends CoreValueSerializer<CompositeResultDocument.UnitResult, UnitForm> {
    private static final long serialVersionUID = 1L;

    UnitSerializer() {
      super(CompositeResultDocument.UnitResult.class);
    }

    @Override
    protected UnitForm form(CompositeResultDocument.UnitResult u) {
      Map<String, BigDecimal> scores = new LinkedHashMap<>();
      u.scores().forEach((code, score) -> scores.put(code.value(), score));
      return new UnitForm(u.unit(), scores, u.rankingScore().orElse(null),
          u.rank().isPresent() ? rank(u.rank().getAsDouble()) : null, u.group().orElse(null));
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
          scores(f.scores()),
          Optional.ofNullable(f.rankingScore()),
          f.rank() == null ? OptionalDouble.empty() : OptionalDouble.of(f.rank().doubleValue()),
          Optional.ofNullable(f.group()));
    }
  }

  /** The scores of a unit form by component code, in document order; a malformed code is refused. */
  static Map<ComponentCode, BigDecimal> scores(Map<String, BigDecimal> form) {
    Map<ComponentCode, BigDecimal> scores = new LinkedHashMap<>();
    if (form != null) {
      form.forEach((code, score) -> scores.put(ComponentCode.parse(code), score));
    }
    return scores;
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
          d.intervals(),
          d.uncertainty().map(ResultSerializer::settings).orElse(null),
          d.warnings().isEmpty() ? null : d.warnings());
    }

    private static SettingsForm settings(UncertaintySettings s) {
      List<LevelNoiseForm> noise = new ArrayList<>();
      s.weightNoise().forEach((level, fraction) -> noise.add(new LevelNoiseForm(level, fraction)));
      return new SettingsForm(s.draws(), s.seed(), noise);
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
          f.intervals() == null ? List.of() : f.intervals(),
          Optional.ofNullable(f.uncertainty()).map(ResultDeserializer::settings),
          f.warnings() == null ? List.of() : f.warnings());
    }

    private static UncertaintySettings settings(SettingsForm f) {
      String what = "the uncertainty settings";
      Map<Integer, Double> noise = new TreeMap<>();
      for (LevelNoiseForm level : f.weightNoise() == null ? List.<LevelNoiseForm>of() : f.weightNoise()) {
        String of = "a level of weightNoise";
        Integer at = FormParameters.require(level.level(), "level", of);
        if (noise.put(at, FormParameters.require(level.noise(), "noise", of)) != null) {
          throw new IllegalArgumentException("weightNoise lists level " + at + " twice");
        }
      }
      return new UncertaintySettings(
          FormParameters.require(f.draws(), "draws", what), FormParameters.require(f.seed(), "seed", what), noise);
    }
  }
}
