package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformindicators.core.evaluation.PlanAssessments;
import org.reformindicators.io.ReformIndicatorsIo;

/** {@code evaluate --units}: the plan as a template for many units, one plan-assessments document. */
class EvaluateUnitsTest {

  @TempDir Path dir;
  private Path plan;
  private Path observations;

  @BeforeEach
  void copyTheExamplePlan() {
    plan = CliFiles.copy(CliFiles.EXAMPLE_PLAN, dir.resolve("plan.yaml"));
    observations = CliFiles.copy(CliFiles.EXAMPLE_OBSERVATIONS, dir.resolve("data.csv"));
  }

  private CliRun run(String... extra) {
    String[] base = {"evaluate", "--plan", plan.toString(), "--observations", observations.toString()};
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return CliRun.of(args);
  }

  @Test
  void writesOneAssessmentPerUnitNamingTheUnitWithItsValidity() throws IOException {
    CliRun run = run("--units", "51,62", "--as-of", "2022", "--format", "json");
    assertEquals(0, run.status(), run.toString());
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertEquals("plan-assessments", root.get("kind").asText());
    assertEquals("2022", root.get("asOf").asText());
    assertEquals(2, root.get("units").size());
    assertEquals("51", root.get("units").get(0).get("unit").get("code").asText());
    assertEquals("2025-06-30", root.get("units").get(0).get("unit").get("validUntil").asText());
    assertEquals("62", root.get("units").get(1).get("unit").get("code").asText());
    PlanAssessments read = ReformIndicatorsIo.create()
        .readString(run.out(), org.reformindicators.io.DocumentFormat.JSON, PlanAssessments.class);
    assertEquals(2, read.units().size());
  }

  @Test
  void aCodeAfterTheReorganisationIsTheNewUnit() throws IOException {
    CliRun run = run("--units", "51", "--as-of", "2025-Q4", "--format", "json");
    assertEquals(0, run.status(), run.toString());
    JsonNode unit = new ObjectMapper().readTree(run.out()).get("units").get(0).get("unit");
    assertEquals("2025-07-01", unit.get("validFrom").asText());
  }

  @Test
  void readsCodesFromAFileAndResolvesThemInAGivenRegistry() throws IOException {
    // generated commune codes, not a commune list
    Path registry = CliFiles.write(dir.resolve("communes.yaml"), """
        formatVersion: 1
        kind: unit-registry
        units:
          - code: "00001"
            nameVi: Xã 00001
            level: COMMUNE
          - code: "00002"
            nameVi: Xã 00002
            level: COMMUNE
        """);
    Path codes = CliFiles.write(dir.resolve("codes.txt"), "# communes\n00002\n\n00001\n");
    CliRun run = run("--units", codes.toString(), "--unit-registry", registry.toString(), "--format", "json");
    assertEquals(0, run.status(), run.toString());
    JsonNode units = new ObjectMapper().readTree(run.out()).get("units");
    assertEquals("00002", units.get(0).get("unit").get("code").asText());
    assertEquals("00001", units.get(1).get("unit").get("code").asText());
  }

  @Test
  void anUnknownCodeIsAUsageErrorNamingIt() {
    CliRun run = run("--units", "51,99", "--as-of", "2022", "--format", "json");
    assertEquals(2, run.status(), run.toString());
    assertTrue(run.err().contains("Invalid value for option '--units': unit 99 is not in the unit registry"), run.err());
  }

  @Test
  void aCodeThatDidNotExistDuringThePeriodIsAUsageError() {
    CliRun run = run("--units", "62", "--as-of", "2026", "--format", "json");
    assertEquals(2, run.status(), run.toString());
    assertTrue(run.err().contains("unit 62 did not exist during 2026 (valid [..2025-06-30])"), run.err());
  }

  @Test
  void aReportFormatIsRefusedWithTheReason() {
    CliRun run = run("--units", "51", "--format", "text");
    assertEquals(2, run.status(), run.toString());
    assertTrue(run.err().contains("needs --format json"), run.err());
  }
}
