package org.reformindicators.examples.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import org.reformindicators.core.evaluation.ClauseAssessment;
import org.reformindicators.core.evaluation.PlanAssessment;
import org.reformindicators.core.evaluation.ProgressStatus;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.progress.ProgressResult;
import org.reformindicators.core.target.BilingualText;
import org.reformindicators.core.target.Target;

/**
 * Writes a plan assessment as a JSON document of kind {@code plan-assessment}, such as {@code
 * {"kind":"plan-assessment","asOf":"2024","clauses":[{"clauseId":"T1a","status":"ON_TRACK",…}]}}.
 *
 * <p>The document has {@code formatVersion} 1, the plan id, unit and assessment period, the counts
 * per status, the progress method when the plan chose one, and one object per clause in plan order
 * with its status (the machine codes of {@link ProgressStatus}), whether it was exceeded, the latest
 * value with its period, universe, SDMX status and whether it is an illustrative sample, the
 * baseline, target, gap, attainment, rates and projection where the engine computed them, the
 * method's own result, the explanation and reason in Vietnamese and English, the rules applied, the
 * breaks in series and the parts of a composite clause. Absent numbers are left out, never written
 * as {@code null} or {@code NaN}.
 *
 * <p>Immutable and thread-safe (stateless).
 */
public final class AssessmentJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private AssessmentJson() {}

  /**
   * Writes the document.
   *
   * @param assessment the assessment
   * @param observations the observations it was made on, to mark sample values
   * @param mapper the mapper that writes the text
   * @return the JSON text, pretty-printed, ending with a line break
   * @throws NullPointerException if an argument is {@code null}
   */
  public static String write(
      PlanAssessment assessment, ObservationSet observations, ObjectMapper mapper) {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(mapper, "mapper");
    ObjectNode root = NODES.objectNode();
    root.put("formatVersion", 1);
    root.put("kind", "plan-assessment");
    root.put("plan", assessment.plan().id());
    root.put("unit", assessment.plan().unitCode());
    root.put("asOf", assessment.asOf().toString());
    root.put("asOfFromData", assessment.asOfFromData());
    assessment.settings().planMethod().ifPresent(method -> {
      ObjectNode node = root.putObject("method");
      node.put("id", method.id());
      putNumbers(node.putObject("parameters"), method.parameters());
    });
    ObjectNode counts = root.putObject("statusCounts");
    for (ProgressStatus status : ProgressStatus.values()) {
      Integer count = assessment.statusCounts().get(status);
      if (count != null && count > 0) {
        counts.put(status.name(), count);
      }
    }
    ArrayNode clauses = root.putArray("clauses");
    for (ClauseAssessment clause : assessment.clauses()) {
      clauses.add(clause(clause, assessment, observations));
    }
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the JSON of an in-memory tree", e);
    }
  }

  private static ObjectNode clause(
      ClauseAssessment clause, PlanAssessment assessment, ObservationSet observations) {
    Target target = clause.target();
    ObjectNode node = NODES.objectNode();
    node.put("clauseId", clause.clauseId().toString());
    clause.part().ifPresent(part -> node.put("part", part));
    node.put("indicator", target.indicatorCode());
    target.breakdown().ifPresent(b -> node.put("breakdown", b.toString()));
    node.put("status", clause.status().name());
    node.put("exceeded", clause.exceeded());
    put(node, "latestValue", clause.latestValue());
    clause.latestPeriod().ifPresent(period -> {
      node.put("latestPeriod", period.toString());
      node.put("sample", isSample(observations, assessment.plan().unitCode(), target, period));
    });
    put(node, "latestUniverse", clause.latestUniverse());
    clause.latestStatusCode().ifPresent(code -> node.put("latestObservationStatus", code));
    put(node, "baselineValue", clause.baselineValue());
    clause.baselinePeriod().ifPresent(period -> node.put("baselinePeriod", period.toString()));
    put(node, "targetValue", clause.targetValue());
    put(node, "applicableTargetValue", clause.applicableTargetValue());
    put(node, "gap", clause.gap());
    put(node, "attainmentPercent", clause.attainmentPercent());
    put(node, "actualAnnualRate", clause.actualAnnualRate());
    put(node, "requiredAnnualRate", clause.requiredAnnualRate());
    put(node, "projection", clause.projection());
    put(node, "projectionLower", clause.projectionLower());
    put(node, "projectionUpper", clause.projectionUpper());
    clause.methodResult().ifPresent(result -> node.set("method", method(result)));
    clause.reason().ifPresent(reason -> node.set("reason", text(reason)));
    node.set("explanation", text(clause.explanation()));
    if (!clause.rulesApplied().isEmpty()) {
      ArrayNode rules = node.putArray("rulesApplied");
      clause.rulesApplied().forEach(rule -> rules.add(text(rule)));
    }
    if (!clause.seriesBreaks().isEmpty()) {
      ArrayNode breaks = node.putArray("seriesBreaks");
      clause.seriesBreaks().forEach(period -> breaks.add(period.toString()));
    }
    if (!clause.parts().isEmpty()) {
      ArrayNode parts = node.putArray("parts");
      for (ClauseAssessment part : clause.parts()) {
        parts.add(clause(part, assessment, observations));
      }
    }
    return node;
  }

  private static ObjectNode method(ProgressResult result) {
    ObjectNode node = NODES.objectNode();
    node.put("id", result.methodId());
    node.put("category", result.category().code());
    node.put("categoryLabel", result.category().label());
    node.put("outlook", result.outlook().name());
    result.reason().ifPresent(reason -> node.put("reason", reason.toString()));
    put(node, "ratio", result.ratio());
    put(node, "actualRate", result.actualRate());
    put(node, "requiredRate", result.requiredRate());
    putNumbers(node.putObject("parameters"), result.parameters());
    return node;
  }

  private static boolean isSample(
      ObservationSet observations, String unit, Target target, ReportingPeriod period) {
    SortedMap<String, String> breakdown = new TreeMap<>();
    target.breakdown().ifPresent(b -> breakdown.put(b.dimension(), b.value()));
    return observations.series(IndicatorCode.of(target.indicatorCode()), unit, breakdown)
        .at(period).map(ReportBuilder::isSample).orElse(false);
  }

  private static ObjectNode text(BilingualText text) {
    ObjectNode node = NODES.objectNode();
    node.put("vi", text.vi());
    node.put("en", text.en());
    return node;
  }

  private static void put(ObjectNode node, String name, OptionalDouble value) {
    if (value.isPresent() && Double.isFinite(value.getAsDouble())) {
      node.put(name, value.getAsDouble());
    }
  }

  private static void put(ObjectNode node, String name, OptionalInt value) {
    if (value.isPresent()) {
      node.put(name, value.getAsInt());
    }
  }

  private static void putNumbers(ObjectNode node, Map<String, Double> numbers) {
    new TreeMap<>(numbers).forEach((key, value) -> {
      if (Double.isFinite(value)) {
        node.put(key, value);
      }
    });
  }
}
