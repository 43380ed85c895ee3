package org.reformindicators.io.dossier;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.reformindicators.core.derivation.Aggregation;
import org.reformindicators.core.derivation.Condition;
import org.reformindicators.core.derivation.DateBasis;
import org.reformindicators.core.derivation.DerivationRule;
import org.reformindicators.core.derivation.Grouping;
import org.reformindicators.core.derivation.MeanOf;
import org.reformindicators.core.derivation.RecordField;
import org.reformindicators.core.derivation.RuleSet;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.io.internal.deser.DocumentProblems;
import org.reformindicators.io.internal.deser.ReadErrors;
import org.reformindicators.io.internal.json.JsonMappers;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ProblemCollector;
import org.reformindicators.io.problem.ProblemLocation;
import org.reformindicators.io.problem.ReadException;
import org.reformindicators.io.problem.ReadOptions;
import org.reformindicators.io.internal.text.StrictUtf8Reader;
import org.reformindicators.io.internal.yaml.YamlMappers;

/**
 * Reads a rule-set document ({@code kind: rule-set}, {@code docs/formats/dossiers.md}; JSON Schema {@code
 * rule-set-1.schema.json}), such as the bundled {@code plan-1256.yaml}, into a {@link RuleSet}.
 *
 * <p>The document goes through the same limited YAML and JSON mappers as every other document (aliases refused,
 * size and nesting bounded), then is checked property by property: every problem is reported with its JSON pointer
 * (such as {@code /rules/2/numerator/outcome/0}) with its line and column, the value and the rule, and core's
 * checks of each rule run. An unknown property is a problem. The text is decoded as strict UTF-8, as every
 * document is. Immutable and thread-safe.
 */
public final class RuleSetReader {

  /** The ids of the bundled rule sets. */
  public static final List<String> BUNDLED = List.of("plan-1256", "dvc-766");

  private static final Set<String> DOCUMENT = Set.of("formatVersion", "kind", "id", "name", "source", "rules");
  private static final Set<String> RULE =
      Set.of(
          "indicator", "serves", "aggregation", "population", "numerator", "meanOf", "date", "scale", "groupBy",
          "definition", "reading");

  private final ReadOptions options;

  private RuleSetReader(ReadOptions options) {
    this.options = options;
  }

  /**
   * Returns a reader.
   *
   * @param options the problem limit (the mode is always strict; unknown properties are always refused)
   * @return the reader
   * @throws NullPointerException if {@code options} is null
   */
  public static RuleSetReader create(ReadOptions options) {
    return new RuleSetReader(Objects.requireNonNull(options, "options"));
  }

  /**
   * Reads a rule file; {@code .json} files are JSON, any other YAML.
   *
   * @param file the file
   * @return the rule set
   * @throws ReadException if the document has problems
   * @throws IOException if the file cannot be read
   */
  public RuleSet read(Path file) throws IOException {
    Path name = file.getFileName();
    boolean json = name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, json, file.toString());
    }
  }

  /**
   * Reads one of the bundled rule sets ({@link #BUNDLED}).
   *
   * @param id the id, such as {@code plan-1256}
   * @return the rule set
   * @throws IllegalArgumentException if no bundled rule set has this id
   * @throws IOException if the resource cannot be read or has problems (a packaging defect)
   */
  public RuleSet bundled(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    if (!BUNDLED.contains(id)) {
      throw new IllegalArgumentException("bundled rule set id must be one of " + BUNDLED + ", was '" + id + "'");
    }
    String resource = "org/reformindicators/io/rules/" + id + ".yaml";
    try (InputStream in = RuleSetReader.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("bundled rule set " + id + " is missing from the jar");
      }
      return read(in, false, resource);
    }
  }

  /**
   * Reads a rule-set document from a stream.
   *
   * @param in the bytes, UTF-8; not closed
   * @param json whether the document is JSON (else YAML)
   * @param source what is read, named in messages
   * @return the rule set
   * @throws ReadException if the document has problems
   * @throws IOException if the stream cannot be read
   */
  public RuleSet read(InputStream in, boolean json, String source) throws IOException {
    ObjectMapper mapper = json ? JsonMappers.create(options) : YamlMappers.create(options);
    ProblemCollector problems = new ProblemCollector(options.maxProblems());
    // a rule file is small: its bytes are read twice, once for the tree and once for the places of its nodes
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, JsonMappers.MAX_DOCUMENT_LENGTH + 1));
    JsonNode root;
    try {
      root = mapper.readTree(new StrictUtf8Reader(new ByteArrayInputStream(bytes)));
    } catch (StrictUtf8Reader.EncodingException e) {
      problems.add(DocumentProblems.encoding(e));
      throw problems.toException(source);
    } catch (JsonProcessingException e) {
      problems.add(ReadErrors.toProblem(JsonPointer.empty(), e, null));
      throw problems.toException(source);
    }
    RuleSet rules = ruleSet(root, problems);
    if (problems.hasProblems() || rules == null) {
      if (!problems.hasProblems()) {
        problems.add(problem("", "", "", "the document is empty; a rule-set document is a mapping"));
      }
      NodeLocations places = NodeLocations.of(mapper, bytes);
      ProblemCollector located = new ProblemCollector(options.maxProblems());
      problems.problems().forEach(p -> located.add(places.locate(p)));
      throw new ReadException(source, located.problems(), problems.total());
    }
    return rules;
  }

  private static RuleSet ruleSet(JsonNode root, ProblemCollector problems) {
    if (root == null || !root.isObject()) {
      problems.add(problem("", "", "", "a rule-set document must be a mapping with formatVersion, kind, id, name,"
          + " source and rules"));
      return null;
    }
    unknown(root, "", DOCUMENT, problems);
    JsonNode version = root.get("formatVersion");
    if (version == null || !version.isInt() || version.intValue() != 1) {
      problems.add(problem("/formatVersion", "formatVersion", text(version), "formatVersion must be 1"));
    }
    if (!"rule-set".equals(text(root.get("kind")))) {
      problems.add(problem("/kind", "kind", text(root.get("kind")), "kind must be rule-set"));
    }
    String id = string(root, "", "id", problems);
    String name = string(root, "", "name", problems);
    String source = string(root, "", "source", problems);
    JsonNode list = root.get("rules");
    List<DerivationRule> rules = new ArrayList<>();
    if (list == null || !list.isArray() || list.isEmpty()) {
      problems.add(problem("/rules", "rules", text(list), "rules must be a list of at least one rule"));
    } else {
      for (int i = 0; i < list.size(); i++) {
        DerivationRule rule = rule(list.get(i), "/rules/" + i, problems);
        if (rule != null) {
          rules.add(rule);
        }
      }
    }
    if (problems.hasProblems()) {
      return null;
    }
    try {
      return RuleSet.builder().id(id).name(name).source(source).rules(rules).build();
    } catch (IllegalArgumentException e) {
      problems.add(problem("", "", "", e.getMessage()));
      return null;
    }
  }

  private static DerivationRule rule(JsonNode node, String at, ProblemCollector problems) {
    if (!node.isObject()) {
      problems.add(problem(at, "", text(node), "a rule must be a mapping"));
      return null;
    }
    long before = problems.total();
    unknown(node, at, RULE, problems);
    DerivationRule.Builder builder = DerivationRule.builder();
    String indicator = string(node, at, "indicator", problems);
    if (indicator != null) {
      try {
        builder.indicator(IndicatorCode.parse(indicator));
      } catch (IllegalArgumentException e) {
        problems.add(problem(at + "/indicator", "indicator", indicator, e.getMessage()));
      }
    }
    Aggregation aggregation = constant(node, at, "aggregation", Aggregation.class, true, problems);
    if (aggregation != null) {
      builder.aggregation(aggregation);
    }
    DateBasis date = constant(node, at, "date", DateBasis.class, false, problems);
    if (date != null) {
      builder.date(date);
    }
    Grouping groupBy = constant(node, at, "groupBy", Grouping.class, false, problems);
    if (groupBy != null) {
      builder.groupBy(groupBy);
    }
    Condition population = condition(node.get("population"), at + "/population", problems);
    if (population != null) {
      builder.population(population);
    }
    Condition numerator = condition(node.get("numerator"), at + "/numerator", problems);
    if (numerator != null) {
      builder.numerator(numerator);
    }
    if (node.has("meanOf")) {
      String mean = text(node.get("meanOf"));
      try {
        builder.meanOf(MeanOf.fromFieldName(mean));
      } catch (IllegalArgumentException e) {
        problems.add(problem(at + "/meanOf", "meanOf", mean, e.getMessage()));
      }
    }
    if (node.has("scale")) {
      JsonNode scale = node.get("scale");
      if (!scale.isNumber()) {
        problems.add(problem(at + "/scale", "scale", text(scale), "scale must be a positive number, such as 100"));
      } else {
        builder.scale(scale.doubleValue());
      }
    }
    String serves = optionalString(node, at, "serves", problems);
    if (serves != null) {
      builder.serves(serves);
    }
    String definition = string(node, at, "definition", problems);
    if (definition != null) {
      builder.definition(definition);
    }
    String reading = optionalString(node, at, "reading", problems);
    if (reading != null) {
      builder.reading(reading);
    }
    if (problems.total() > before) {
      return null;
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      problems.add(problem(at, "", "", e.getMessage()));
      return null;
    }
  }

  private static Condition condition(JsonNode node, String at, ProblemCollector problems) {
    if (node == null) {
      return null;
    }
    if (!node.isObject()) {
      problems.add(problem(at, "", text(node), "a condition must be a mapping of field names to lists of values"));
      return null;
    }
    Map<RecordField, List<String>> terms = new EnumMap<>(RecordField.class);
    boolean bad = false;
    for (Map.Entry<String, JsonNode> term : node.properties()) {
      String where = at + "/" + term.getKey();
      RecordField field;
      try {
        field = RecordField.fromFieldName(term.getKey());
      } catch (IllegalArgumentException e) {
        problems.add(problem(where, term.getKey(), term.getKey(), e.getMessage()));
        bad = true;
        continue;
      }
      JsonNode values = term.getValue();
      if (!values.isArray() || values.isEmpty()) {
        problems.add(problem(where, term.getKey(), text(values),
            "condition on " + field.fieldName() + " must be a list of at least one of " + field.allowedValues()));
        bad = true;
        continue;
      }
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        String value = text(values.get(i));
        try {
          field.codeOf(value);
          texts.add(value);
        } catch (IllegalArgumentException e) {
          problems.add(problem(where + "/" + i, term.getKey(), value, e.getMessage()));
          bad = true;
        }
      }
      terms.put(field, texts);
    }
    return bad ? null : Condition.of(terms);
  }

  private static <E extends Enum<E>> E constant(
      JsonNode node, String at, String name, Class<E> type, boolean required, ProblemCollector problems) {
    JsonNode value = node.get(name);
    if (value == null) {
      if (required) {
        problems.add(problem(at + "/" + name, name, "", name + " is required, one of " + names(type)));
      }
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value.asText())) {
        return constant;
      }
    }
    problems.add(problem(at + "/" + name, name, text(value), name + " must be one of " + names(type) + ", was '"
        + text(value) + "'"));
    return null;
  }

  private static <E extends Enum<E>> List<String> names(Class<E> type) {
    return java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }

  private static String string(JsonNode node, String at, String name, ProblemCollector problems) {
    JsonNode value = node.get(name);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      problems.add(problem(at + "/" + name, name, text(value), name + " is required and must be a non-blank text"));
      return null;
    }
    return value.asText();
  }

  private static String optionalString(JsonNode node, String at, String name, ProblemCollector problems) {
    return node.has(name) ? string(node, at, name, problems) : null;
  }

  private static void unknown(JsonNode node, String at, Set<String> known, ProblemCollector problems) {
    node.fieldNames()
        .forEachRemaining(
            name -> {
              if (!known.contains(name)) {
                problems.add(problem(at + "/" + name, name, name, "unknown property '" + name
                    + "'; expected properties are " + new java.util.TreeSet<>(known)));
              }
            });
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? "" : node.isValueNode() ? node.asText() : node.toString();
  }

  private static Problem problem(String pointer, String field, String value, String message) {
    return new Problem(new ProblemLocation.Document(pointer, 0, 0), field, value, message);
  }
}
