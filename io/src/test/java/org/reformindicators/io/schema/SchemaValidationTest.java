package org.reformindicators.io.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.evaluation.PlanAssessment;
import org.reformindicators.core.indicator.BreakdownDimension;
import org.reformindicators.core.indicator.Indicator;
import org.reformindicators.core.indicator.IndicatorCatalogue;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.plan.QuangNgaiPlan1256;
import org.reformindicators.io.evaluation.AssessmentBindingTest;
import org.reformindicators.io.evaluation.CustomProgressMethodTest;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.document.DocumentKind;
import org.reformindicators.io.problem.ReadOptions;
import org.reformindicators.io.internal.yaml.YamlMappers;

/**
 * Validates every example and golden document against the JSON Schema (draft 2020-12) of its kind, as
 * shipped in {@code org/reformindicators/io/schema}, with networknt's validator (2.x, Jackson 2).
 */
class SchemaValidationTest {

  private static final String BASE = "https://reformindicators.org/schema/";
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder -> builder.schemaIdResolvers(r -> r.mapPrefix(BASE, "classpath:org/reformindicators/io/schema/")));
  private static final ObjectMapper YAML = YamlMappers.create(ReadOptions.defaults());

  static List<Error> validate(JsonNode document) {
    String kind = document.path("kind").asText();
    DocumentKind documentKind = DocumentKind.byId(kind).orElseThrow(() -> new AssertionError("unknown kind " + kind));
    String resource = documentKind.schemaResource(document.path("formatVersion").asInt());
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(BASE + resource.substring(resource.lastIndexOf('/') + 1)));
    return schema.validate(document);
  }

  static List<Path> documents() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(Path.of("src/test/resources/golden/v1"), Path.of("src/test/resources/golden/v2"), Path.of("src/test/resources/plans"), Path.of("src/main/resources/org/reformindicators/io/methodologies"))) {
      try (Stream<Path> list = Files.list(dir)) {
        list.filter(p -> p.toString().matches(".*\\.(json|ya?ml)$")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  @Test
  void everyGoldenExampleAndBundledDocumentIsValid() throws IOException {
    List<Path> files = documents();
    assertEquals(21, files.size(), files.toString());
    for (Path file : files) {
      JsonNode document;
      try (InputStream in = Files.newInputStream(file)) {
        document = YAML.readTree(in); // YAML is a superset of JSON
      }
      List<Error> errors = validate(document);
      assertEquals(List.of(), errors, file.toString());
    }
  }

  @Test
  void writtenDocumentsAreValid() throws IOException {
    ReformIndicatorsIo io = ReformIndicatorsIo.create();
    JsonNode plan = new ObjectMapper().readTree(io.writeString(QuangNgaiPlan1256.plan(), DocumentFormat.JSON));
    assertEquals(List.of(), validate(plan));
    for (PlanAssessment assessment : AssessmentBindingTest.assessments()) {
      assertEquals(List.of(), validate(new ObjectMapper().readTree(io.writeString(assessment, DocumentFormat.JSON))), assessment.asOf().toString());
    }
    // a method the application registered (id fixed-ratio) fits the schema as the bundled ones do
    assertEquals(List.of(), validate(new ObjectMapper().readTree(io.writeString(CustomProgressMethodTest.assessment(), DocumentFormat.JSON))));
    for (String id : ReformIndicatorsIo.BUNDLED_METHODOLOGIES) {
      JsonNode methodology = new ObjectMapper().readTree(io.writeString(io.bundledMethodology(id), DocumentFormat.JSON));
      assertEquals(List.of(), validate(methodology), id);
    }
  }

  /**
   * Issue 18: a plan whose catalogue declares AGENCY and PROCEDURE open is written in format version 2, which its
   * schema accepts and the reader reads back; the schema of version 1 refuses the open form.
   */
  @Test
  void aPlanWithOpenDimensionsIsValidInVersion2Only() throws Exception {
    Plan plan = QuangNgaiPlan1256.plan();
    List<Indicator> indicators = new ArrayList<>();
    for (Indicator indicator : plan.catalogue().indicators()) {
      indicators.add(indicator.code().toString().equals(QuangNgaiPlan1256.DOSSIERS_ONLINE_LEVEL_3_4)
          ? Indicator.builder().from(indicator)
              .addBreakdowns(BreakdownDimension.open(BreakdownDimension.AGENCY),
                  BreakdownDimension.open(BreakdownDimension.PROCEDURE))
              .build()
          : indicator);
    }
    Plan open = Plan.builder().from(plan).catalogue(IndicatorCatalogue.of(indicators)).build();
    ReformIndicatorsIo io = ReformIndicatorsIo.create();
    String json = io.writeString(open, DocumentFormat.JSON);
    JsonNode document = new ObjectMapper().readTree(json);
    assertEquals(List.of(), validate(document));
    assertEquals(open, io.readString(json, DocumentFormat.JSON, Plan.class));
    ObjectNode asVersion1 = document.deepCopy();
    asVersion1.put("formatVersion", 1);
    asVersion1.path("targets").forEach(t -> ((ObjectNode) t).remove("baseline"));
    List<Error> errors = validate(asVersion1);
    assertFalse(errors.isEmpty());
    assertTrue(errors.stream().allMatch(e -> e.getInstanceLocation().toString().contains("/breakdowns/")),
        errors.toString());
  }

  @Test
  void theSchemasRejectWhatTheReadersReject() throws IOException {
    JsonNode plan = new ObjectMapper().readTree(ReformIndicatorsIo.create().writeString(QuangNgaiPlan1256.plan(), DocumentFormat.JSON));
    ObjectNode unknown = plan.deepCopy();
    unknown.put("colour", "red");
    assertFalse(validate(unknown).isEmpty());
    ObjectNode badKind = plan.deepCopy();
    ((ObjectNode) badKind.path("targets").path(0).path("kind")).put("type", "stars");
    List<Error> errors = validate(badKind);
    assertTrue(errors.stream().anyMatch(e -> e.getInstanceLocation().toString().contains("/targets/0/kind")), errors.toString());
    ObjectNode extraParameter = plan.deepCopy();
    ((ObjectNode) extraParameter.path("targets").path(1).path("kind")).put("value", 3);
    assertFalse(validate(extraParameter).isEmpty(), "rank-band takes no value");
  }

  private static Schema schema(String file) {
    return REGISTRY.getSchema(SchemaLocation.of(BASE + file));
  }

  @Test
  void theBundledRuleSetsFitTheRuleSetSchema() throws IOException {
    Schema schema = schema("rule-set-1.schema.json");
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of("src/main/resources/org/reformindicators/io/rules"))) {
      files = list.sorted().toList();
    }
    assertEquals(List.of("dvc-766.yaml", "plan-1256.yaml"), files.stream().map(p -> p.getFileName().toString()).toList());
    for (Path file : files) {
      JsonNode document;
      try (InputStream in = Files.newInputStream(file)) {
        document = YAML.readTree(in);
      }
      assertEquals(List.of(), schema.validate(document), file.toString());
      ObjectNode unknown = document.deepCopy();
      ((ObjectNode) unknown.path("rules").path(0)).put("weight", 2);
      assertTrue(schema.validate(unknown).stream().anyMatch(e -> e.getInstanceLocation().toString().contains("/rules/0")),
          file.toString());
      ObjectNode badField = document.deepCopy();
      ((ObjectNode) badField.path("rules").path(0)).putObject("numerator").putArray("colour").add("red");
      assertFalse(schema.validate(badField).isEmpty(), "a condition names only record fields");
    }
  }

  @Test
  void everyDossierLineOfTheExamplesFitsTheDossierRecordSchema() throws IOException {
    Schema schema = schema("dossier-record-1.schema.json");
    ObjectMapper json = new ObjectMapper();
    List<Path> files = List.of(Path.of("src/test/resources/dossiers/fixture.jsonl"),
        Path.of("../examples/src/main/resources/org/reformindicators/examples/quang-ngai/dossiers-synthetic.jsonl"));
    int lines = 0;
    for (Path file : files) {
      for (String line : Files.readAllLines(file)) {
        assertEquals(List.of(), schema.validate(json.readTree(line)), file + ": " + line);
        lines++;
      }
    }
    assertEquals(6 + 60, lines);
    ObjectNode record = (ObjectNode) json.readTree(Files.readAllLines(files.get(0)).get(0));
    assertEquals(List.of(), schema.validate(record));
    ObjectNode personal = record.deepCopy();
    personal.put("name", "Nguyễn Văn A");
    assertFalse(schema.validate(personal).isEmpty(), "no personal data");
    ObjectNode date = record.deepCopy();
    date.put("received", "01/03/2024");
    assertFalse(schema.validate(date).isEmpty());
    ObjectNode flag = record.deepCopy();
    flag.put("feeBearing", "true");
    assertFalse(schema.validate(flag).isEmpty());
    ObjectNode rating = record.deepCopy();
    rating.put("satisfaction", 6);
    assertFalse(schema.validate(rating).isEmpty());
    ObjectNode missing = record.deepCopy();
    missing.remove("outcome");
    assertFalse(schema.validate(missing).isEmpty());
  }
}
