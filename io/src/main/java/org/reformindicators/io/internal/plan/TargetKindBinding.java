package org.reformindicators.io.internal.plan;

import com.fasterxml.jackson.databind.JavaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.target.Band;
import org.reformindicators.core.target.Breakdown;
import org.reformindicators.core.target.ChangePerYear;
import org.reformindicators.core.target.Completion;
import org.reformindicators.core.target.ExternalThreshold;
import org.reformindicators.core.target.NestedShare;
import org.reformindicators.core.target.Qualitative;
import org.reformindicators.core.target.RankBand;
import org.reformindicators.core.target.RankImprovementPerYear;
import org.reformindicators.core.target.Recurring;
import org.reformindicators.core.target.ReductionFromBaseline;
import org.reformindicators.core.target.TargetKind;
import org.reformindicators.core.target.Threshold;
import org.reformindicators.io.internal.deser.CoreValueDeserializer;
import org.reformindicators.io.internal.deser.FormParameters;
import org.reformindicators.io.internal.deser.InvalidElementException;
import org.reformindicators.io.internal.deser.InvalidFieldException;
import org.reformindicators.io.internal.plan.TextForms.KindForm;
import org.reformindicators.io.internal.ser.CoreValueSerializer;

/**
 * The serializer and deserializer of target kinds, such as {@code {"type": "rank-band", "best": 25, "worst":
 * 30, "universe": 63}}: the closed set of type names is {@link #TYPES}, each with its own parameters.
 *
 * <p>Stateless and thread-safe.
 */
final class TargetKindBinding {

  /** Each type name with the parameters it takes, in the order they are written. */
  static final Map<String, List<String>> TYPES = new LinkedHashMap<>();

  static {
    TYPES.put("threshold", List.of("comparison", "value"));
    TYPES.put("band", List.of("min", "max"));
    TYPES.put("rank-band", List.of("best", "worst", "universe"));
    TYPES.put("rank-improvement-per-year", List.of("minPlaces", "maxPlaces", "baselineRank"));
    TYPES.put("change-per-year", List.of("measure", "minChangePerYear", "ceiling", "reference", "base"));
    TYPES.put("reduction-from-baseline", List.of("minReductionPercent", "baselineValue"));
    TYPES.put("completion", List.of());
    TYPES.put("recurring", List.of("each", "periods"));
    TYPES.put("nested-share", List.of("parentIndicatorCode", "share"));
    TYPES.put("breakdown", List.of("dimension", "thresholds"));
    TYPES.put("external-threshold", List.of("normId", "comparison", "description"));
    TYPES.put("qualitative", List.of("criterion"));
  }

  private TargetKindBinding() {}

  static final class Serializer extends CoreValueSerializer<TargetKind, KindForm> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(TargetKind.class);
    }

    @Override
    protected KindForm form(TargetKind kind) {
      Builder f = new Builder(kind.kindName());
      if (kind instanceof Threshold t) {
        f.comparison = t.comparison();
        f.value = t.value();
      } else if (kind instanceof Band b) {
        f.min = b.min();
        f.max = b.max();
      } else if (kind instanceof RankBand r) {
        f.best = r.best();
        f.worst = r.worst();
        f.universe = r.universe();
      } else if (kind instanceof RankImprovementPerYear r) {
        f.minPlaces = r.minPlaces();
        f.maxPlaces = r.maxPlaces();
        f.baselineRank = r.baselineRank();
      } else if (kind instanceof ChangePerYear c) {
        f.measure = c.measure();
        f.minChangePerYear = c.minChangePerYear();
        f.ceiling = c.ceiling().isPresent() ? c.ceiling().getAsDouble() : null;
        f.reference = c.reference();
        f.base = c.base().orElse(null);
      } else if (kind instanceof ReductionFromBaseline r) {
        f.minReductionPercent = r.minReductionPercent();
        f.baselineValue = r.baselineValue();
      } else if (kind instanceof Recurring r) {
        f.each = r.each();
        f.periods = r.periods();
      } else if (kind instanceof NestedShare n) {
        f.parentIndicatorCode = n.parentIndicatorCode();
        f.share = n.share();
      } else if (kind instanceof Breakdown b) {
        f.dimension = b.dimension();
        f.thresholds = new LinkedHashMap<>(b.thresholds());
      } else if (kind instanceof ExternalThreshold e) {
        f.normId = e.normId();
        f.comparison = e.comparison();
        f.description = e.description();
      } else if (kind instanceof Qualitative q) {
        f.criterion = q.criterion();
      }
      return f.build();
    }
  }

  /** Collects the parameters of one kind before the form record is made. */
  private static final class Builder {
    final String type;
    org.reformindicators.core.target.Comparison comparison;
    Double value;
    Double min;
    Double max;
    Integer best;
    Integer worst;
    Integer universe;
    Double minPlaces;
    Double maxPlaces;
    org.reformindicators.core.target.ChangeMeasure measure;
    Double minChangePerYear;
    Double ceiling;
    org.reformindicators.core.target.ChangeReference reference;
    Double minReductionPercent;
    org.reformindicators.core.target.Baseline baselineRank;
    org.reformindicators.core.target.Baseline base;
    org.reformindicators.core.target.Baseline baselineValue;
    TargetKind each;
    List<org.reformindicators.core.period.ReportingPeriod> periods;
    IndicatorCode parentIndicatorCode;
    TargetKind share;
    String dimension;
    Map<String, TargetKind> thresholds;
    String normId;
    org.reformindicators.core.target.BilingualText description;
    String criterion;

    Builder(String type) {
      this.type = type;
    }

    KindForm build() {
      return new KindForm(
          type, comparison, value, min, max, best, worst, universe, minPlaces, maxPlaces, measure,
          minChangePerYear, ceiling, reference, minReductionPercent, baselineRank, base, baselineValue, each, periods,
          parentIndicatorCode,
          share, dimension, thresholds, normId, description, criterion, null);
    }
  }

  static final class Deserializer extends CoreValueDeserializer<KindForm, TargetKind> {
    private static final long serialVersionUID = 1L;

    Deserializer(JavaType form) {
      super(TargetKind.class, form);
    }

    @Override
    protected TargetKind build(KindForm f) {
      if (f.unknown() != null && !f.unknown().isEmpty() && f.type() != null && TYPES.containsKey(f.type())) {
        String name = new java.util.TreeSet<>(f.unknown().keySet()).first();
        throw new InvalidElementException(List.of(name), f.unknown().get(name).start(), "unknown property '" + name
            + "'; target type '" + f.type() + "' takes " + TYPES.get(f.type()));
      }
      String type = FormParameters.requireType(f, "type", f.type(), TYPES, "type", "target");
      return switch (type) {
        case "threshold" -> new Threshold(need(f.comparison(), "comparison", type), need(f.value(), "value", type));
        case "band" -> Band.of(need(f.min(), "min", type), need(f.max(), "max", type));
        case "rank-band" -> RankBand.of(need(f.best(), "best", type), need(f.worst(), "worst", type), need(f.universe(), "universe", type));
        case "rank-improvement-per-year" -> RankImprovementPerYear.of(
            need(f.minPlaces(), "minPlaces", type), need(f.maxPlaces(), "maxPlaces", type), need(f.baselineRank(), "baselineRank", type));
        case "change-per-year" -> new ChangePerYear(
            need(f.measure(), "measure", type),
            need(f.minChangePerYear(), "minChangePerYear", type),
            f.ceiling() == null ? OptionalDouble.empty() : OptionalDouble.of(f.ceiling()),
            need(f.reference(), "reference", type),
            Optional.ofNullable(f.base()));
        case "reduction-from-baseline" -> ReductionFromBaseline.of(
            need(f.minReductionPercent(), "minReductionPercent", type), need(f.baselineValue(), "baselineValue", type));
        case "completion" -> Completion.of();
        case "recurring" -> Recurring.of(need(f.each(), "each", type), need(f.periods(), "periods", type));
        case "nested-share" -> NestedShare.of(
            need(f.parentIndicatorCode(), "parentIndicatorCode", type), threshold(need(f.share(), "share", type), "share"));
        case "breakdown" -> Breakdown.of(need(f.dimension(), "dimension", type), thresholds(need(f.thresholds(), "thresholds", type)));
        case "external-threshold" -> ExternalThreshold.of(
            need(f.normId(), "normId", type), need(f.comparison(), "comparison", type), need(f.description(), "description", type));
        default -> Qualitative.of(need(f.criterion(), "criterion", type));
      };
    }

    private static <V> V need(V value, String field, String type) {
      return FormParameters.require(value, field, "target type '" + type + "'");
    }

    private static Threshold threshold(TargetKind kind, String field) {
      if (kind instanceof Threshold threshold) {
        return threshold;
      }
      throw new InvalidFieldException(field, field + " must be of type 'threshold', was '" + kind.kindName() + "'");
    }

    private static Map<String, Threshold> thresholds(Map<String, TargetKind> kinds) {
      Map<String, Threshold> result = new LinkedHashMap<>();
      kinds.forEach((key, kind) -> result.put(key, threshold(Objects.requireNonNull(kind, "thresholds." + key), "thresholds")));
      return result;
    }
  }
}
