package org.reformindicators.io.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled vector files, suite index and the results fixture validate against their JSON Schemas. */
class ConformanceSchemaTest {

  private static final String BASE = "https://reformindicators.org/schema/";
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder -> builder.schemaIdResolvers(r -> r.mapPrefix(BASE, "classpath:org/reformindicators/io/schema/")));
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode resource(String name) throws IOException {
    try (InputStream in = ConformanceSchemaTest.class.getClassLoader().getResourceAsStream(name)) {
      return JSON.readTree(in);
    }
  }

  private static List<Error> validate(String schema, JsonNode document) {
    Schema s = REGISTRY.getSchema(SchemaLocation.of(BASE + schema));
    return s.validate(document);
  }

  @Test
  void everyVectorFileAndTheIndexValidate() throws IOException {
    JsonNode suite = resource(ConformanceSuite.RESOURCE_FOLDER + "suite.json");
    assertEquals(List.of(), validate("conformance-suite-1.schema.json", suite));
    for (JsonNode file : suite.path("files")) {
      List<Error> errors = validate("conformance-vectors-1.schema.json", resource(ConformanceSuite.RESOURCE_FOLDER + file.asText()));
      assertEquals(List.of(), errors, file.asText());
    }
  }

  @Test
  void theResultsFixtureValidatesAndABadVectorDoesNot() throws IOException {
    assertEquals(List.of(), validate("conformance-results-1.schema.json", resource("conformance/other-system-results.json")));
    JsonNode bad = JSON.readTree("{\"formatVersion\":1,\"kind\":\"conformance-vectors\",\"vectors\":[{\"id\":\"Bad Id\","
        + "\"kind\":\"plan\",\"tags\":[\"no-such-tag\"],\"inputs\":{},\"expected\":{},\"rationale\":\"x\"}]}");
    assertFalse(validate("conformance-vectors-1.schema.json", bad).isEmpty());
  }
}
