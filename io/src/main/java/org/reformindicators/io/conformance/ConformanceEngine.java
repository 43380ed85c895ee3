package org.reformindicators.io.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.composite.ComponentCode;
import org.reformindicators.core.composite.CompositeCalculator;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.composite.CompositeResult;
import org.reformindicators.core.composite.DataMatrix;
import org.reformindicators.core.composite.IndexNode;
import org.reformindicators.core.composite.ranking.Ranking;
import org.reformindicators.core.composite.ranking.RankingMethod;
import org.reformindicators.core.composite.uncertainty.UncertaintyAnalysis;
import org.reformindicators.core.composite.uncertainty.UncertaintyResult;
import org.reformindicators.core.composite.uncertainty.UnitRankInterval;
import org.reformindicators.core.evaluation.EvaluationSettings;
import org.reformindicators.core.evaluation.PlanAssessment;
import org.reformindicators.core.evaluation.PlanEvaluator;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.progress.ParameterValues;
import org.reformindicators.core.progress.ProgressMethodDescriptor;
import org.reformindicators.core.progress.ProgressMethodRegistry;
import org.reformindicators.core.target.RankUniverseRule;
import org.reformindicators.core.text.NumberText;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ReformIndicatorsIo;

/**
 * The bundled engine as a conformance subject: runs a vector's inputs through the library and returns the
 * outputs in the results format of {@code docs/formats/conformance.md}, such as {@code {"clauses": [{"clauseId":
 * "T1", "status": "ON_TRACK", …}]}}. Inputs are read with the library's own readers, so a vector's documents are
 * checked as any document is. Immutable and thread-safe.
 */
public final class ConformanceEngine {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final ReformIndicatorsIo io;
  private final ObjectMapper json;

  private ConformanceEngine(ReformIndicatorsIo io) {
    this.io = io;
    this.json = io.mapper(DocumentFormat.JSON);
  }

  /**
   * Returns the engine with the default readers and the bundled progress methods.
   *
   * @return the bundled engine
   */
  public static ConformanceEngine bundled() {
    return new ConformanceEngine(ReformIndicatorsIo.create());
  }

  /**
   * Runs one vector.
   *
   * @param vector the vector
   * @return its outputs object
   * @throws IOException if an input document has problems (a {@link org.reformindicators.io.problem.ReadException})
   * @throws IllegalArgumentException if an input does not suit the engine
   */
  public ObjectNode run(ConformanceVector vector) throws IOException {
    Objects.requireNonNull(vector, "vector");
    return run(vector.kind(), vector.id(), vector.inputs());
  }

  /**
   * Runs the inputs of a vector of the given kind.
   *
   * @param kind the vector's kind
   * @param id the vector's id (names the plan of a single-target vector)
   * @param inputs the inputs object
   * @return the outputs object
   * @throws IOException if an input document has problems
   * @throws IllegalArgumentException if an input does not suit the engine
   */
  public ObjectNode run(VectorKind kind, String id, JsonNode inputs) throws IOException {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(inputs, "inputs");
    return switch (kind) {
      case PLAN -> plan(id, inputs);
      case COMPOSITE -> composite(inputs);
      case UNCERTAINTY -> uncertainty(inputs);
    };
  }

  private ObjectNode plan(String id, JsonNode inputs) throws IOException {
    Plan plan = io.readString(json.writeValueAsString(PlanEnvelope.planDocument(id, inputs)), DocumentFormat.JSON,
        Plan.class);
    ObservationSet observations = observations(inputs);
    ReportingPeriod asOf = ReportingPeriod.parse(text(inputs, "asOf"));
    EvaluationSettings.Builder settings = EvaluationSettings.builder();
    JsonNode method = inputs.path("method");
    if (method.isObject()) {
      ProgressMethodDescriptor descriptor = ProgressMethodRegistry.defaults().descriptor(text(method, "id"));
      ParameterValues parameters = descriptor.defaultValues();
      for (Map.Entry<String, JsonNode> e : method.path("parameters").properties()) {
        parameters = parameters.with(e.getKey(), e.getValue().doubleValue());
      }
      settings.planMethod(descriptor.create(parameters));
    }
    for (Map.Entry<String, JsonNode> e : inputs.path("externalNorms").properties()) {
      settings.putExternalNorms(e.getKey(), e.getValue().doubleValue());
    }
    if (inputs.has("rankUniverseRuleOverride")) {
      settings.rankUniverseRule(RankUniverseRule.valueOf(text(inputs, "rankUniverseRuleOverride")));
    }
    PlanAssessment assessment = PlanEvaluator.of(settings.build()).evaluate(plan, observations, asOf);
    JsonNode document = json.readTree(io.writeString(assessment, DocumentFormat.JSON));
    ArrayNode clauses = NODES.arrayNode();
    for (JsonNode clause : document.path("clauses")) {
      ClauseOutputs.add(clause, clauses);
    }
    ObjectNode out = NODES.objectNode();
    out.set("clauses", clauses);
    return out;
  }

  private ObjectNode composite(JsonNode inputs) throws IOException {
    CompositeIndex index = methodology(inputs);
    DataMatrix matrix = matrix(index, observations(inputs), ReportingPeriod.parse(text(inputs, "period")));
    CompositeResult result = CompositeCalculator.evaluate(index, matrix);
    RankingMethod method = inputs.has("rankingMethod")
        ? RankingMethod.valueOf(text(inputs, "rankingMethod").toUpperCase(java.util.Locale.ROOT))
        : index.rankingMethod();
    Ranking ranking = result.ranking(method);
    Map<UnitCode, String> groups = index.grouping().map(ranking::groups).orElse(Map.of());
    ArrayNode units = NODES.arrayNode();
    for (UnitCode unit : result.units()) {
      ObjectNode u = units.addObject();
      u.put("unit", unit.value());
      result.score(unit, index.root().code()).ifPresent(t -> u.put("total", t.toPlainString()));
      if (ranking.contains(unit)) {
        ranking.rank(unit).ifPresent(r -> u.put("rank", r));
      }
      if (groups.containsKey(unit)) {
        u.put("group", groups.get(unit));
      }
      ObjectNode scores = u.putObject("scores");
      for (IndexNode node : index.root().nodes()) {
        result.score(unit, node.code()).ifPresent(s -> scores.put(node.code().value(), s.toPlainString()));
      }
    }
    ObjectNode out = NODES.objectNode();
    out.set("units", units);
    ArrayNode unranked = out.putArray("unranked");
    ranking.unrankedUnits().forEach(unit -> unranked.add(unit.value()));
    return out;
  }

  private ObjectNode uncertainty(JsonNode inputs) throws IOException {
    CompositeIndex index = methodology(inputs);
    DataMatrix matrix = matrix(index, observations(inputs), ReportingPeriod.parse(text(inputs, "period")));
    List<Map<ComponentCode, Double>> draws = new ArrayList<>();
    for (JsonNode draw : inputs.path("draws")) {
      Map<ComponentCode, Double> weights = new HashMap<>();
      for (Map.Entry<String, JsonNode> e : draw.properties()) {
        weights.put(ComponentCode.parse(e.getKey()), e.getValue().doubleValue());
      }
      draws.add(weights);
    }
    UncertaintyResult result = UncertaintyAnalysis.runWithDraws(index, matrix, draws);
    ArrayNode units = NODES.arrayNode();
    for (UnitRankInterval interval : result.intervals()) {
      ObjectNode u = units.addObject();
      u.put("unit", interval.unit().value());
      u.put("nominalRank", interval.nominalRank());
      u.put("medianRank", interval.medianRank());
      u.put("lowerRank", interval.lowerRank());
      u.put("upperRank", interval.upperRank());
    }
    ObjectNode out = NODES.objectNode();
    out.set("units", units);
    return out;
  }

  private CompositeIndex methodology(JsonNode inputs) throws IOException {
    if (inputs.has("bundledMethodology")) {
      return io.bundledMethodology(text(inputs, "bundledMethodology"));
    }
    byte[] doc = json.writeValueAsBytes(inputs.path("methodology"));
    return io.read(new ByteArrayInputStream(doc), DocumentFormat.JSON, CompositeIndex.class, "inputs/methodology");
  }

  private ObservationSet observations(JsonNode inputs) throws IOException {
    byte[] doc = json.writeValueAsString(inputs.path("observations")).getBytes(StandardCharsets.UTF_8);
    return io.read(new ByteArrayInputStream(doc), DocumentFormat.JSON, ObservationSet.class, "inputs/observations");
  }

  /** The leaves' values of the period, one row per unit in the order units first appear; absent cells missing. */
  private static DataMatrix matrix(CompositeIndex index, ObservationSet observations, ReportingPeriod period) {
    List<ComponentCode> codes = index.leaves().stream().map(IndexNode::code).toList();
    Map<UnitCode, BigDecimal[]> rows = new LinkedHashMap<>();
    for (Observation o : observations.observations()) {
      int column = codes.indexOf(ComponentCode.of(o.indicator()));
      if (column < 0 || !o.period().equals(period) || o.value().isEmpty()) {
        continue;
      }
      rows.computeIfAbsent(o.unit(), u -> new BigDecimal[codes.size()])[column] =
          new BigDecimal(NumberText.machine(o.value().getAsDouble()));
    }
    DataMatrix.Builder builder = DataMatrix.builder(codes);
    rows.forEach(builder::row);
    return builder.build();
  }

  private static String text(JsonNode node, String member) {
    JsonNode value = node.path(member);
    if (!value.isTextual()) {
      throw new IllegalArgumentException("inputs member '" + member + "' must be text, was " + value);
    }
    return value.asText();
  }
}
