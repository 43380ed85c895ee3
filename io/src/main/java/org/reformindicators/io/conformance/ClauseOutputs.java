package org.reformindicators.io.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns one clause of a {@code plan-assessment} document (format version 2) into the results format's clause
 * objects, the clause first and then its parts, each with its part ({@code docs/formats/conformance.md}).
 */
final class ClauseOutputs {

  /** Members of a clause copied into {@code values} as they are. */
  private static final List<String> CLAUSE_VALUES =
      List.of("latestValue", "latestUniverse", "targetValue", "applicableTargetValue", "gap", "attainmentPercent",
          "linearProgressPerYear", "requiredLinearProgressPerYear", "projection", "projectionLower",
          "projectionUpper");

  /** Members of a method result copied into {@code values}, prefixed with {@code method.}. */
  private static final List<String> METHOD_VALUES =
      List.of("ratio", "compoundProgressRatePerYear", "requiredCompoundProgressRatePerYear",
          "linearProgressPerYear", "requiredLinearProgressPerYear", "projection", "projectionLower",
          "projectionUpper");

  private ClauseOutputs() {}

  /**
   * Adds the clause and its parts to {@code out}.
   *
   * @param clause a clause of a plan-assessment document
   * @param out the results' clause array
   */
  static void add(JsonNode clause, ArrayNode out) {
    ObjectNode c = out.addObject();
    c.put("clauseId", clause.path("clauseId").asText());
    if (clause.has("part")) {
      c.put("part", clause.path("part").asText());
    }
    c.put("status", clause.path("status").asText());
    if (clause.path("exceeded").asBoolean(false)) {
      c.put("exceeded", true);
    }
    if (clause.has("reason")) {
      c.put("reason", clause.path("reason").path("kind").asText());
    }
    if (clause.has("statusUpToLapse")) {
      c.put("statusUpToLapse", clause.path("statusUpToLapse").asText());
    }
    JsonNode method = clause.path("methodResult");
    if (method.isObject()) {
      JsonNode id = method.path("method");
      c.put("method", id.isObject() ? id.path("id").asText() : id.asText());
      c.put("category", method.path("category").asText());
    }
    JsonNode baseline = clause.path("baseline");
    if (baseline.isObject()) {
      c.put("baselinePeriod", baseline.path("period").asText());
      if (baseline.has("source")) {
        c.put("baselineSource", baseline.path("source").asText());
      }
    }
    if (clause.has("latestPeriod")) {
      c.put("latestPeriod", clause.path("latestPeriod").asText());
    }
    ArrayNode rules = c.putArray("rules");
    for (JsonNode rule : clause.path("rules")) {
      rules.add(rule.path("kind").asText());
    }
    ObjectNode values = c.putObject("values");
    for (String name : CLAUSE_VALUES) {
      if (clause.path(name).isNumber()) {
        values.put(name, clause.path(name).doubleValue());
      }
    }
    if (baseline.path("value").isNumber()) {
      values.put("baselineValue", baseline.path("value").doubleValue());
    }
    for (String name : METHOD_VALUES) {
      if (method.path(name).isNumber()) {
        values.put("method." + name, method.path(name).doubleValue());
      }
    }
    for (Map.Entry<String, JsonNode> e : method.path("measures").properties()) {
      values.put("method." + e.getKey(), e.getValue().doubleValue());
    }
    for (JsonNode part : clause.path("parts")) {
      add(part, out);
    }
  }
}
