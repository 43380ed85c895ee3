package org.reformindicators.io.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The plan document of a plan vector: its {@code plan} input as it is, or the documented envelope around a single
 * {@code target} ({@code docs/formats/conformance.md}, "Single target"). Not thread-relevant: static helpers only.
 */
final class PlanEnvelope {

  private PlanEnvelope() {}

  /**
   * Returns the plan document a vector's inputs stand for.
   *
   * @param id the vector id, which names the plan of a single target
   * @param inputs the inputs
   * @return the plan document
   */
  static JsonNode planDocument(String id, JsonNode inputs) {
    if (inputs.has("plan")) {
      return inputs.get("plan");
    }
    if (!inputs.path("target").isObject()) {
      throw new IllegalArgumentException("inputs of a plan vector must hold a 'plan' or a 'target' object");
    }
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode plan = nodes.objectNode();
    // A target with the member 'baseline' is of plan version 2 (docs/formats/plan.md); otherwise version 1.
    plan.put("formatVersion", inputs.get("target").has("baseline") ? 2 : 1);
    plan.put("kind", "plan");
    plan.put("id", "conformance-" + id);
    ObjectNode title = plan.putObject("title");
    title.put("vi", "Vectơ kiểm thử tuân thủ " + id);
    title.put("en", "Conformance vector " + id);
    ObjectNode legal = plan.putObject("legalReference");
    legal.put("number", "CONFORMANCE");
    legal.put("date", "2021-01-01");
    ObjectNode issuer = legal.putObject("issuer");
    issuer.put("vi", "Bộ kiểm thử tuân thủ");
    issuer.put("en", "Conformance suite");
    plan.put("unitCode", inputs.path("unitCode").asText("51"));
    plan.put("phase", inputs.path("phase").asText("2021/2025"));
    plan.put("rankUniverseRule", inputs.path("rankUniverseRule").asText("SAME_UNIVERSE_ONLY"));
    if (inputs.has("readings")) {
      plan.set("readings", inputs.get("readings"));
    }
    plan.putArray("indicators").addAll(indicators(inputs));
    ObjectNode target = inputs.get("target").deepCopy();
    if (!target.has("clauseId")) {
      target.put("clauseId", "T1");
    }
    if (!target.has("sourceText")) {
      target.put("sourceText", "Chỉ tiêu của vectơ " + id);
    }
    if (!target.has("englishRendering")) {
      target.put("englishRendering", "Target of vector " + id);
    }
    plan.putArray("targets").add(target);
    return plan;
  }

  private static java.util.List<JsonNode> indicators(JsonNode inputs) {
    java.util.List<JsonNode> list = new java.util.ArrayList<>();
    if (inputs.has("indicator")) {
      list.add(inputs.get("indicator"));
    }
    inputs.path("indicators").forEach(list::add);
    return list;
  }
}
