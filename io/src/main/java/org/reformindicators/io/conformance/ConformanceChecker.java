package org.reformindicators.io.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.reformindicators.core.text.NumberText;

/**
 * Compares a system's outputs for a vector with the vector's expected outputs, by the rules of {@code
 * docs/formats/conformance.md}: only the members a vector expects are compared; a number given as {@code {value,
 * tolerance}} matches within that absolute tolerance, a plain number within 1e-9; totals and scores (decimal text)
 * match exactly as decimals; a rule list is matched when the system applied every rule expected; {@code null}
 * expects the member to be absent. Stateless and thread-safe.
 */
public final class ConformanceChecker {

  /** The tolerance of a plain expected number: the library's one tolerance, {@code Tolerance.EPSILON}. */
  public static final double DEFAULT_TOLERANCE = 1e-9;

  private ConformanceChecker() {}

  /**
   * Compares the outputs with the vector's expected outputs.
   *
   * @param vector the vector
   * @param outputs the system's outputs object for it
   * @return every difference, empty when the outputs conform
   * @throws NullPointerException if an argument is null
   */
  public static List<Mismatch> compare(ConformanceVector vector, JsonNode outputs) {
    Objects.requireNonNull(vector, "vector");
    Objects.requireNonNull(outputs, "outputs");
    List<Mismatch> out = new ArrayList<>();
    JsonNode expected = vector.expected();
    String id = vector.id();
    if (vector.kind() == VectorKind.PLAN) {
      for (JsonNode clause : expected.path("clauses")) {
        String key = clause.path("clauseId").asText() + (clause.has("part") ? "/" + clause.path("part").asText() : "");
        JsonNode actual = find(outputs.path("clauses"), c -> key.equals(
            c.path("clauseId").asText() + (c.has("part") ? "/" + c.path("part").asText() : "")));
        members(id, "clauses[" + key + "]", clause, actual, out);
      }
    } else {
      for (JsonNode unit : expected.path("units")) {
        String key = unit.path("unit").asText();
        JsonNode actual = find(outputs.path("units"), u -> key.equals(u.path("unit").asText()));
        members(id, "units[" + key + "]", unit, actual, out);
      }
      if (expected.has("unranked")) {
        member(id, "unranked", "unranked", expected.get("unranked"), outputs.path("unranked"), out);
      }
    }
    return out;
  }

  private interface Match {
    boolean test(JsonNode node);
  }

  private static JsonNode find(JsonNode array, Match match) {
    for (JsonNode node : array) {
      if (match.test(node)) {
        return node;
      }
    }
    return null;
  }

  private static void members(String id, String path, JsonNode expected, JsonNode actual, List<Mismatch> out) {
    if (actual == null) {
      out.add(new Mismatch(id, path, "present", "absent"));
      return;
    }
    for (Map.Entry<String, JsonNode> e : expected.properties()) {
      String name = e.getKey();
      if (name.equals("clauseId") || name.equals("part") || name.equals("unit")) {
        continue;
      }
      if ((name.equals("values") || name.equals("scores")) && e.getValue().isObject()) {
        for (Map.Entry<String, JsonNode> value : e.getValue().properties()) {
          member(id, path + "." + name + "." + value.getKey(), name, value.getValue(),
              actual.path(name).path(value.getKey()), out);
        }
      } else {
        member(id, path + "." + name, name, e.getValue(), actual.path(name), out);
      }
    }
  }

  private static void member(String id, String path, String name, JsonNode expected, JsonNode actual,
      List<Mismatch> out) {
    boolean absent = actual.isMissingNode() || actual.isNull();
    if (expected.isNull()) {
      if (!absent) {
        out.add(new Mismatch(id, path, "absent", actual.toString()));
      }
    } else if (expected.isObject() && expected.has("value")) {
      double tolerance = expected.path("tolerance").asDouble(DEFAULT_TOLERANCE);
      number(id, path, expected.path("value").asDouble(), tolerance, actual, out);
    } else if (expected.isNumber()) {
      number(id, path, expected.asDouble(), DEFAULT_TOLERANCE, actual, out);
    } else if (expected.isBoolean()) {
      boolean value = !absent && actual.asBoolean(false);
      if (value != expected.asBoolean()) {
        out.add(new Mismatch(id, path, expected.toString(), absent ? "absent" : actual.toString()));
      }
    } else if (expected.isArray()) {
      Set<String> wanted = texts(expected);
      Set<String> got = texts(actual);
      boolean ok = name.equals("rules") ? got.containsAll(wanted) : got.equals(wanted);
      if (!ok) {
        out.add(new Mismatch(id, path, (name.equals("rules") ? "to include " : "") + wanted, absent ? "absent"
            : got.toString()));
      }
    } else if (name.equals("total") || name.equals("scores")) {
      BigDecimal want = new BigDecimal(expected.asText());
      BigDecimal got = decimal(actual);
      if (got == null || got.compareTo(want) != 0) {
        out.add(new Mismatch(id, path, expected.asText(), absent ? "absent" : actual.asText()));
      }
    } else if (absent || !expected.asText().equals(actual.asText())) {
      out.add(new Mismatch(id, path, expected.asText(), absent ? "absent" : actual.asText()));
    }
  }

  private static void number(String id, String path, double want, double tolerance, JsonNode actual,
      List<Mismatch> out) {
    BigDecimal got = decimal(actual);
    String expectedText = NumberText.machine(want) + (tolerance == DEFAULT_TOLERANCE ? ""
        : " ± " + NumberText.machine(tolerance));
    if (got == null) {
      out.add(new Mismatch(id, path, expectedText, actual.isMissingNode() ? "absent" : actual.toString()));
    } else if (!(Math.abs(got.doubleValue() - want) <= tolerance)) {
      out.add(new Mismatch(id, path, expectedText, NumberText.machine(got.doubleValue())));
    }
  }

  private static BigDecimal decimal(JsonNode node) {
    if (node.isNumber()) {
      return node.isFloatingPointNumber() && !node.isBigDecimal()
          ? new BigDecimal(NumberText.machine(node.doubleValue())) : node.decimalValue();
    }
    if (node.isTextual()) {
      try {
        return new BigDecimal(node.asText());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> set = new HashSet<>();
    for (JsonNode n : array) {
      set.add(n.asText());
    }
    return set;
  }
}
