package org.reformindicators.io.internal.composite;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reformindicators.core.composite.ComponentCode;
import org.reformindicators.core.composite.Aggregation;
import org.reformindicators.core.composite.AggregationMethod;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.composite.IndexNode;
import org.reformindicators.core.composite.MissingDataPolicy;
import org.reformindicators.core.composite.Rounding;
import org.reformindicators.core.composite.ScoreDirection;
import org.reformindicators.core.composite.normalisation.DistanceToTarget;
import org.reformindicators.core.composite.normalisation.Goalposts;
import org.reformindicators.core.composite.normalisation.MinMax;
import org.reformindicators.core.composite.normalisation.Normalisation;
import org.reformindicators.core.composite.normalisation.PercentileRankNormalisation;
import org.reformindicators.core.composite.normalisation.RankNormalisation;
import org.reformindicators.core.composite.normalisation.ZScore;
import org.reformindicators.core.composite.ranking.BandScheme;
import org.reformindicators.core.composite.ranking.PercentileQuartiles;
import org.reformindicators.core.composite.ranking.RankGrouping;
import org.reformindicators.core.composite.ranking.RankingMethod;
import org.reformindicators.core.composite.scoring.LinearBetween;
import org.reformindicators.core.composite.scoring.ProportionalToThreshold;
import org.reformindicators.core.composite.scoring.ScoringRule;
import org.reformindicators.core.composite.scoring.StepTable;
import org.reformindicators.io.internal.composite.MethodologyForms.AggregationForm;
import org.reformindicators.io.internal.composite.MethodologyForms.BandForm;
import org.reformindicators.io.internal.composite.MethodologyForms.GroupingForm;
import org.reformindicators.io.internal.composite.MethodologyForms.MethodologyForm;
import org.reformindicators.io.internal.composite.MethodologyForms.MissingDataForm;
import org.reformindicators.io.internal.composite.MethodologyForms.NameForm;
import org.reformindicators.io.internal.composite.MethodologyForms.NodeForm;
import org.reformindicators.io.internal.composite.MethodologyForms.NormalisationForm;
import org.reformindicators.io.internal.composite.MethodologyForms.RankingForm;
import org.reformindicators.io.internal.composite.MethodologyForms.RoundingForm;
import org.reformindicators.io.internal.composite.MethodologyForms.ScoringForm;
import org.reformindicators.io.internal.composite.MethodologyForms.StepForm;
import org.reformindicators.io.internal.composite.MethodologyForms.YearsForm;
import org.reformindicators.io.internal.deser.CoreValueDeserializer;
import org.reformindicators.io.internal.deser.DocumentDeserializer;
import org.reformindicators.io.internal.deser.FormParameters;
import org.reformindicators.io.internal.deser.InvalidFieldException;
import org.reformindicators.io.document.DocumentKind;
import org.reformindicators.io.internal.ser.CoreValueSerializer;
import org.reformindicators.io.internal.ser.DocumentSerializer;

/**
 * Registers the serializers and deserializers of methodologies, such as {@code pci.yaml}: a document of kind
 * {@code methodology} read into a {@link CompositeIndex} through {@code CompositeIndex.builder(…)} and {@code
 * IndexNode.builder(…)}, as {@code docs/formats/methodology.md} specifies.
 *
 * <p>Stateless and thread-safe.
 */
public final class MethodologyBinding {

  private static final Map<String, List<String>> NORMALISATIONS = new LinkedHashMap<>();
  private static final Map<String, List<String>> SCORINGS = new LinkedHashMap<>();

  static {
    NORMALISATIONS.put("min-max", List.of("lower", "upper"));
    NORMALISATIONS.put("z-score", List.of("mean", "standardDeviation"));
    NORMALISATIONS.put("goalposts", List.of("low", "high", "scale"));
    NORMALISATIONS.put("distance-to-target", List.of("target", "capAtTarget"));
    NORMALISATIONS.put("rank", List.of());
    NORMALISATIONS.put("percentile-rank", List.of());
    SCORINGS.put("proportional-to-threshold", List.of("threshold", "maxPoints"));
    SCORINGS.put("step-table", List.of("comparison", "steps", "otherwise"));
    SCORINGS.put("linear-between", List.of("from", "fromPoints", "to", "toPoints"));
  }

  private MethodologyBinding() {}

  /**
   * Adds the methodology bindings to a module.
   *
   * @param module the module to extend
   */
  public static void register(SimpleModule module) {
    TypeFactory types = TypeFactory.defaultInstance();
    module.addSerializer(IndexNode.class, new NodeSerializer());
    module.addDeserializer(IndexNode.class, new NodeDeserializer(types.constructType(NodeForm.class)));
    module.addSerializer(CompositeIndex.class, new IndexSerializer());
    module.addDeserializer(CompositeIndex.class, new IndexDeserializer(types.constructType(MethodologyForm.class)));
  }

  static final class NodeSerializer extends CoreValueSerializer<IndexNode, NodeForm> {
    private static final long serialVersionUID = 1L;

    NodeSerializer() {
      super(IndexNode.class);
    }

    @Override
    protected NodeForm form(IndexNode n) {
      NameForm name = n.nameVi().isPresent() ? new NameForm(n.nameVi().get(), n.nameEn().orElse("")) : null;
      return new NodeForm(
          n.code().value(),
          name,
          n.weight().orElse(null),
          n.maxPoints().orElse(null),
          n.direction() == ScoreDirection.HIGHER_IS_BETTER ? null : FormParameters.hyphenated(n.direction()),
          n.aggregation().map(a -> new AggregationForm(FormParameters.hyphenated(a.method()), a.scale())).orElse(null),
          n.normalisation().map(MethodologyBinding::normalisationForm).orElse(null),
          n.scoring().map(MethodologyBinding::scoringForm).orElse(null),
          n.rounding().map(r -> new RoundingForm(r.decimals(), FormParameters.hyphenated(r.mode()))).orElse(null),
          n.unverified(),
          n.children());
    }
  }

  static final class NodeDeserializer extends CoreValueDeserializer<NodeForm, IndexNode> {
    private static final long serialVersionUID = 1L;

    NodeDeserializer(JavaType form) {
      super(IndexNode.class, form);
    }

    @Override
    protected IndexNode build(NodeForm f) {
      IndexNode.Builder b =
          IndexNode.builder(ComponentCode.parse(FormParameters.require(f.code(), "code", "a node")));
      if (f.name() != null) {
        b.names(
            FormParameters.require(f.name().vi(), "name", "a node name"),
            FormParameters.require(f.name().en(), "name", "a node name"));
      }
      if (f.weight() != null) {
        b.weight(f.weight());
      }
      if (f.maxPoints() != null) {
        b.maxPoints(f.maxPoints());
      }
      if (f.direction() != null) {
        b.direction(FormParameters.parseHyphenated(ScoreDirection.class, "direction", f.direction()));
      }
      if (f.aggregation() != null) {
        b.aggregation(within("aggregation", () -> aggregation(f.aggregation())));
      }
      if (f.normalisation() != null) {
        b.normalisation(within("normalisation", () -> normalisation(f.normalisation())));
      }
      if (f.scoring() != null) {
        b.scoring(within("scoring", () -> scoring(f.scoring())));
      }
      if (f.rounding() != null) {
        b.rounding(within("rounding", () -> rounding(f.rounding())));
      }
      if (f.unverified() != null) {
        f.unverified().forEach(b::unverified);
      }
      if (f.children() != null) {
        b.children(f.children());
      }
      return b.build();
    }
  }

  static final class IndexSerializer extends DocumentSerializer<CompositeIndex, MethodologyForm> {
    private static final long serialVersionUID = 1L;

    IndexSerializer() {
      super(CompositeIndex.class, DocumentKind.METHODOLOGY);
    }

    @Override
    protected MethodologyForm form(CompositeIndex index, Integer formatVersion, String kind) {
      MissingDataPolicy missing = index.missingData();
      MissingDataForm missingForm =
          new MissingDataForm(
              FormParameters.hyphenated(missing.kind()),
              missing.kind() == MissingDataPolicy.Kind.MINIMUM_COVERAGE ? missing.minimumCoverage() : null);
      return new MethodologyForm(
          formatVersion,
          kind,
          index.id(),
          new NameForm(index.nameVi(), index.nameEn()),
          index.publisher(),
          index.source(),
          new YearsForm(index.firstYear(), index.lastYear().isPresent() ? index.lastYear().getAsInt() : null),
          missingForm,
          new RankingForm(
              FormParameters.hyphenated(index.rankingMethod()), index.grouping().map(MethodologyBinding::groupingForm).orElse(null)),
          index.unverified(),
          index.root());
    }
  }

  static final class IndexDeserializer extends DocumentDeserializer<MethodologyForm, CompositeIndex> {
    private static final long serialVersionUID = 1L;

    IndexDeserializer(JavaType form) {
      super(CompositeIndex.class, form, DocumentKind.METHODOLOGY);
    }

    @Override
    protected CompositeIndex build(MethodologyForm f) {
      String what = "a methodology";
      CompositeIndex.Builder b = CompositeIndex.builder(FormParameters.require(f.id(), "id", what));
      NameForm name = FormParameters.require(f.name(), "name", what);
      b.names(FormParameters.require(name.vi(), "name", "name"), FormParameters.require(name.en(), "name", "name"));
      b.publisher(FormParameters.require(f.publisher(), "publisher", what));
      b.source(FormParameters.require(f.source(), "source", what));
      YearsForm years = FormParameters.require(f.years(), "years", what);
      int from = FormParameters.require(years.from(), "years", "years");
      if (years.to() == null) {
        b.yearsFrom(from);
      } else {
        b.years(from, years.to());
      }
      b.missingData(within("missingData", () -> missingData(FormParameters.require(f.missingData(), "missingData", what))));
      RankingForm ranking = FormParameters.require(f.ranking(), "ranking", what);
      b.rankingMethod(
          FormParameters.parseHyphenated(RankingMethod.class, "ranking", FormParameters.require(ranking.method(), "ranking", "ranking")));
      if (ranking.grouping() != null) {
        b.grouping(within("ranking", () -> grouping(ranking.grouping())));
      }
      if (f.unverified() != null) {
        f.unverified().forEach(b::unverified);
      }
      b.root(FormParameters.require(f.root(), "root", what));
      return b.build();
    }
  }

  /**
   * Builds a block of a node or of the methodology, reporting core's refusal of it at the block's key (e.g.
   * {@code /root/aggregation}) rather than at the enclosing node.
   */
  private static <V> V within(String field, java.util.function.Supplier<V> build) {
    try {
      return build.get();
    } catch (InvalidFieldException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException(field, e.getMessage());
    }
  }

  private static MissingDataPolicy missingData(MissingDataForm f) {
    MissingDataPolicy.Kind kind =
        FormParameters.parseHyphenated(
            MissingDataPolicy.Kind.class, "missingData", FormParameters.require(f.policy(), "missingData", "missingData"));
    if (kind != MissingDataPolicy.Kind.MINIMUM_COVERAGE && f.minimumCoverage() != null) {
      throw new InvalidFieldException(
          "missingData", "minimumCoverage is allowed only with policy minimum-coverage, policy was " + f.policy());
    }
    return switch (kind) {
      case FAIL -> MissingDataPolicy.fail();
      case SKIP_AND_RENORMALISE -> MissingDataPolicy.skipAndRenormalise();
      default -> MissingDataPolicy.minimumCoverage(
          FormParameters.require(f.minimumCoverage(), "missingData", "policy minimum-coverage"));
    };
  }

  private static GroupingForm groupingForm(RankGrouping grouping) {
    if (grouping instanceof BandScheme bands) {
      List<BandForm> list = new ArrayList<>();
      bands.bands().forEach(band -> list.add(new BandForm(band.label(), band.lowerInclusive())));
      return new GroupingForm("bands", list, bands.belowLabel(), null);
    }
    return new GroupingForm("percentile-quartiles", null, null, ((PercentileQuartiles) grouping).labels());
  }

  private static RankGrouping grouping(GroupingForm f) {
    String kind = FormParameters.require(f.kind(), "ranking", "a grouping");
    if (kind.equals("bands")) {
      FormParameters.requireOnly(f, "kind", "grouping kind 'bands'", List.of("bands", "below"));
      List<BandScheme.Band> bands = new ArrayList<>();
      for (BandForm band : FormParameters.require(f.bands(), "ranking", "grouping kind 'bands'")) {
        bands.add(new BandScheme.Band(band.label(), band.from()));
      }
      return new BandScheme(bands, FormParameters.require(f.below(), "ranking", "grouping kind 'bands'"));
    }
    if (kind.equals("percentile-quartiles")) {
      FormParameters.requireOnly(f, "kind", "grouping kind 'percentile-quartiles'", List.of("labels"));
      return new PercentileQuartiles(FormParameters.require(f.labels(), "ranking", "grouping kind 'percentile-quartiles'"));
    }
    throw new InvalidFieldException(
        "ranking", "grouping kind must be one of [bands, percentile-quartiles], was '" + kind + "'");
  }

  private static Aggregation aggregation(AggregationForm f) {
    AggregationMethod method =
        FormParameters.parseHyphenated(
            AggregationMethod.class, "aggregation", FormParameters.require(f.method(), "aggregation", "an aggregation"));
    BigDecimal scale = f.scale() != null ? f.scale() : method == AggregationMethod.POINTS_SHARE ? BigDecimal.valueOf(100) : BigDecimal.ONE;
    return new Aggregation(method, scale);
  }

  private static Rounding rounding(RoundingForm f) {
    int decimals = FormParameters.require(f.decimals(), "rounding", "a rounding");
    if (!"half-up".equals(f.mode())) {
      throw new InvalidFieldException("rounding", "rounding mode must be half-up (the only mode of version 1), was '" + f.mode() + "'");
    }
    return new Rounding(decimals, RoundingMode.HALF_UP);
  }

  private static NormalisationForm normalisationForm(Normalisation n) {
    if (n instanceof MinMax m) {
      return new NormalisationForm(n.kind(), m.lower(), m.upper(), null, null, null, null, null, null, null);
    }
    if (n instanceof ZScore z) {
      return new NormalisationForm(n.kind(), null, null, z.mean(), z.standardDeviation(), null, null, null, null, null);
    }
    if (n instanceof Goalposts g) {
      return new NormalisationForm(n.kind(), null, null, null, null, g.low(), g.high(), g.scale(), null, null);
    }
    if (n instanceof DistanceToTarget d) {
      return new NormalisationForm(n.kind(), null, null, null, null, null, null, null, d.target(), d.capAtTarget());
    }
    return new NormalisationForm(n.kind(), null, null, null, null, null, null, null, null, null);
  }

  private static Normalisation normalisation(NormalisationForm f) {
    String kind = FormParameters.requireType(f, "kind", f.kind(), NORMALISATIONS, "normalisation", "normalisation");
    String what = "normalisation kind '" + kind + "'";
    return switch (kind) {
      case "min-max" -> new MinMax(FormParameters.require(f.lower(), "lower", what), FormParameters.require(f.upper(), "upper", what));
      case "z-score" -> new ZScore(
          FormParameters.require(f.mean(), "mean", what), FormParameters.require(f.standardDeviation(), "standardDeviation", what));
      case "goalposts" -> new Goalposts(
          FormParameters.require(f.low(), "low", what),
          FormParameters.require(f.high(), "high", what),
          FormParameters.require(f.scale(), "scale", what));
      case "distance-to-target" -> new DistanceToTarget(
          FormParameters.require(f.target(), "target", what), FormParameters.require(f.capAtTarget(), "capAtTarget", what));
      case "rank" -> new RankNormalisation();
      default -> new PercentileRankNormalisation();
    };
  }

  private static ScoringForm scoringForm(ScoringRule rule) {
    if (rule instanceof ProportionalToThreshold p) {
      return new ScoringForm(rule.kind(), p.threshold(), p.maxPoints(), null, null, null, null, null, null, null);
    }
    if (rule instanceof StepTable s) {
      List<StepForm> steps = new ArrayList<>();
      s.steps().forEach(step -> steps.add(new StepForm(step.bound(), step.points())));
      return new ScoringForm(
          rule.kind(), null, null, FormParameters.hyphenated(s.comparison()), steps, s.otherwisePoints(), null, null, null, null);
    }
    LinearBetween l = (LinearBetween) rule;
    return new ScoringForm(rule.kind(), null, null, null, null, null, l.from(), l.fromPoints(), l.to(), l.toPoints());
  }

  private static ScoringRule scoring(ScoringForm f) {
    String kind = FormParameters.requireType(f, "kind", f.kind(), SCORINGS, "scoring", "scoring");
    String what = "scoring kind '" + kind + "'";
    return switch (kind) {
      case "proportional-to-threshold" -> new ProportionalToThreshold(
          FormParameters.require(f.threshold(), "threshold", what), FormParameters.require(f.maxPoints(), "maxPoints", what));
      case "step-table" -> {
        List<StepTable.Step> steps = new ArrayList<>();
        for (StepForm step : FormParameters.require(f.steps(), "steps", what)) {
          steps.add(new StepTable.Step(step.bound(), step.points()));
        }
        yield new StepTable(
            FormParameters.parseHyphenated(
                StepTable.Comparison.class, "comparison", FormParameters.require(f.comparison(), "comparison", what)),
            steps,
            FormParameters.require(f.otherwise(), "otherwise", what));
      }
      default -> new LinearBetween(
          FormParameters.require(f.from(), "from", what),
          FormParameters.require(f.fromPoints(), "fromPoints", what),
          FormParameters.require(f.to(), "to", what),
          FormParameters.require(f.toPoints(), "toPoints", what));
    };
  }
}
