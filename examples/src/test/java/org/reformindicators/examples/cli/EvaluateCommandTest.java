package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ReformIndicatorsIo;

class EvaluateCommandTest {

  @TempDir Path dir;
  private Path plan;
  private Path observations;

  @BeforeEach
  void copyTheExamplePlan() {
    plan = CliFiles.copy(CliFiles.EXAMPLE_PLAN, dir.resolve("plan.yaml"));
    observations = CliFiles.copy(CliFiles.EXAMPLE_OBSERVATIONS, dir.resolve("data.csv"));
  }

  @Test
  void evaluatesAUsersPlanOnAUsersData() {
    CliRun run = CliRun.of("evaluate", "--plan", plan.toString(), "--observations", observations.toString(),
        "--lang", "en");
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().startsWith("Example plan: handling administrative procedures digitally"), run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("T1 | ") && l.contains("47.5%* (2024)")), run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("T2 | ") && l.contains("33/63 (2022)")), run.out());
  }

  @Test
  void readsAPlanWrittenAsJson() throws IOException {
    Plan read = ReformIndicatorsIo.create().readPlan(plan);
    Path json = CliFiles.write(dir.resolve("plan.json"),
        ReformIndicatorsIo.create().writeString(read, DocumentFormat.JSON));
    CliRun fromJson = CliRun.of("evaluate", "--plan", json.toString(), "--observations", observations.toString());
    CliRun fromYaml = CliRun.of("evaluate", "--plan", plan.toString(), "--observations", observations.toString());
    assertEquals(0, fromJson.status(), fromJson.toString());
    assertEquals(fromYaml.out(), fromJson.out());
  }

  @Test
  void usesTheChosenMethodAndPeriod() throws IOException {
    CliRun run = CliRun.of("evaluate", "--plan", plan.toString(), "--observations", observations.toString(),
        "--method", "eurostat", "--as-of", "2024-S1", "--format", "json");
    assertEquals(0, run.status(), run.toString());
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertEquals("2024-S1", root.get("asOf").asText());
    assertEquals("eurostat", root.get("settings").get("planMethod").get("id").asText());
    JsonNode t1 = root.get("clauses").get(0);
    assertEquals("T1", t1.get("clauseId").asText());
    assertEquals(42.0, t1.get("latestValue").asDouble());
    assertEquals("2024-S1", t1.get("latestPeriod").asText());
  }

  @Test
  void everyMethodNameIsAccepted() {
    for (String method : new String[] {"eurostat", "open-sdg", "escap", "sdsn", "linear"}) {
      CliRun run = CliRun.of("evaluate", "--plan", plan.toString(), "--observations",
          observations.toString(), "--method", method, "--format", "json");
      assertEquals(0, run.status(), method + ": " + run);
      assertTrue(run.out().contains("\"id\" : \"" + method + "\""), run.out());
    }
  }

  @Test
  void aNormOfAPlanWithoutExternalNormsIsAUsageError() {
    // issue 12: --norm NOPE=1 was silently ignored.
    CliRun run = CliRun.of("evaluate", "--plan", plan.toString(), "--observations", observations.toString(),
        "--norm", "NOPE=1");
    assertEquals(2, run.status(), run.toString());
    assertTrue(run.err().startsWith("reform: Invalid value for option '--norm': NOPE is not a norm of this"
        + " plan; the plan uses no external norm\n"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void anInvalidPlanIsReportedWithItsLocation() {
    Path bad = CliFiles.write(dir.resolve("bad.yaml"),
        CliFiles.text(CliFiles.EXAMPLE_PLAN).replace("value: 60.0", "value: 160.0"));
    CliRun run = CliRun.of("evaluate", "--plan", bad.toString(), "--observations", observations.toString());
    assertEquals(1, run.status(), run.toString());
    assertTrue(run.err().startsWith(bad + ":"), run.err());
    assertTrue(run.err().contains("160"), run.err());
    assertTrue(!run.err().contains("\tat "), run.err());
    assertEquals("", run.out());
  }

  @Test
  void aSyntaxErrorNamesTheLine() {
    Path bad = CliFiles.write(dir.resolve("broken.yaml"), "formatVersion: 1\nkind: plan\nid: [unclosed\n");
    CliRun run = CliRun.of("evaluate", "--plan", bad.toString(), "--observations", observations.toString());
    assertEquals(1, run.status(), run.toString());
    assertTrue(run.err().matches("(?s)" + java.util.regex.Pattern.quote(bad.toString()) + ":\\d+.*"), run.err());
  }

  @Test
  void badObservationsAreReportedRowByRow() {
    Path bad = CliFiles.write(dir.resolve("bad.csv"),
        "indicator,area,period,value\nEX_DOSSIERS_ONLINE,51,2024,47.5\nEX_DOSSIERS_ONLINE,51,20x4,1\n");
    CliRun run = CliRun.of("evaluate", "--plan", plan.toString(), "--observations", bad.toString());
    assertEquals(1, run.status(), run.toString());
    assertTrue(run.err().startsWith(bad + ":3: column 'period': "), run.err());
  }

  @Test
  void valuesOutsideTheirIndicatorsMeasureAreReportedAtTheirLineAndColumn() {
    // Issue 12: range errors in evaluate named the file but no line.
    Path bad = CliFiles.write(dir.resolve("bad.csv"), "indicator,area,period,value,universe\n"
        + "EX_DOSSIERS_ONLINE,51,2024,140,\nPCI_RANK,51,2022,70,63\nEX_DATA_SHARED,51,2024,0.5,\n"
        + "DTI_RANK,51,2022,0,\n");
    CliRun run = CliRun.of("evaluate", "--plan", plan.toString(), "--observations", bad.toString());
    assertEquals(1, run.status(), run.toString());
    assertEquals(List.of(
        bad + ":2: column 'value': percentage must be within 0..100, was 140",
        bad + ":3: column 'value': rank must be within 1..63 (universe), was 70",
        bad + ":4: column 'value': completion must be 1 (done) or 0 (not done), was 0.5",
        bad + ":5: column 'value': rank must be at least 1 (1 = best), was 0"), run.err().lines().toList());
  }

  @Test
  void missingFilesAndWrongExtensionsAreInvalidInput() {
    Path missing = dir.resolve("none.yaml");
    CliRun run = CliRun.of("evaluate", "--plan", missing.toString(), "--observations", observations.toString());
    assertEquals(1, run.status(), run.toString());
    assertEquals(missing + ": file not found\n", run.err());

    Path text = CliFiles.write(dir.resolve("plan.txt"), "kind: plan\n");
    CliRun extension = CliRun.of("evaluate", "--plan", text.toString(), "--observations", observations.toString());
    assertEquals(1, extension.status(), extension.toString());
    assertTrue(extension.err().startsWith(text + ": file extension must be .json, .yaml or .yml"), extension.err());
  }

  @Test
  void missingOptionsAndUnknownMethodsAreUsageErrors() {
    CliRun missing = CliRun.of("evaluate", "--plan", plan.toString());
    assertEquals(2, missing.status(), missing.toString());
    assertTrue(missing.err().contains("Missing required option: '--observations=FILE'"), missing.err());
    assertTrue(missing.err().contains("Usage: reform evaluate"), missing.err());

    CliRun method = CliRun.of("evaluate", "--plan", plan.toString(), "--observations",
        observations.toString(), "--method", "magic");
    assertEquals(2, method.status(), method.toString());
    assertTrue(method.err().contains("'magic' is not a progress method: use eurostat, open-sdg, escap, sdsn or linear"),
        method.err());
  }

  @Test
  void aWideTableEvaluatesLikeTheLongForm() {
    Path wide = CliFiles.write(dir.resolve("wide.csv"), "area,period,universe,EX_DOSSIERS_ONLINE,PCI_RANK,EX_DATA_SHARED\n"
        + "51,2023,,31.5,,\n51,2024-S1,,42.0,,\n51,2024,,47.5,,0\n51,2022,63,,33,\n");
    Path longForm = CliFiles.write(dir.resolve("long.csv"), "indicator,area,period,value,universe\n"
        + "EX_DOSSIERS_ONLINE,51,2023,31.5,\nEX_DOSSIERS_ONLINE,51,2024-S1,42.0,\nEX_DOSSIERS_ONLINE,51,2024,47.5,\n"
        + "PCI_RANK,51,2022,33,63\nEX_DATA_SHARED,51,2024,0,\n");
    CliRun fromWide = CliRun.of("evaluate", "--plan", plan.toString(), "--observations", wide.toString(), "--lang", "en");
    CliRun fromLong = CliRun.of("evaluate", "--plan", plan.toString(), "--observations", longForm.toString(), "--lang", "en");
    assertEquals(0, fromWide.status(), fromWide.toString());
    assertEquals(fromLong.out(), fromWide.out());
    // a wide table for evaluate needs its period column
    Path noPeriod = CliFiles.write(dir.resolve("noperiod.csv"), "area,EX_DOSSIERS_ONLINE\n51,31.5\n");
    CliRun refused = CliRun.of("evaluate", "--plan", plan.toString(), "--observations", noPeriod.toString());
    assertEquals(1, refused.status(), refused.toString());
    assertTrue(refused.err().startsWith(noPeriod + ":1: column 'period': required column 'period' is missing"),
        refused.err());
  }

  @Test
  void rowsOfAnotherUnitOnlyGiveOneWarningWithTheCounts() {
    // issue 15: every row was for another unit; exit 0 and NOT_ASSESSABLE everywhere without a word
    Path other = CliFiles.write(dir.resolve("other.csv"), "indicator,area,period,value\n"
        + "EX_DOSSIERS_ONLINE,48,2023,31.5\nEX_DOSSIERS_ONLINE,48,2024,47.5\n");
    CliRun run = CliRun.of("evaluate", "--plan", plan.toString(), "--observations", other.toString(), "--lang", "en");
    assertEquals(0, run.status(), run.toString());
    // the line is the engine's typed warning (PlanAssessment.warnings), with the units seen
    assertEquals("warning: " + other + ": 2 rows were read, none of the plan's unit 51 (1 other unit: 48); every"
        + " clause that needs an observation is not assessable\n", run.err());
    // and the JSON carries it as data
    CliRun json = CliRun.of("evaluate", "--plan", plan.toString(), "--observations", other.toString(), "--format",
        "json");
    assertEquals(0, json.status(), json.toString());
    assertTrue(json.out().contains("\"kind\" : \"unmatched-rows\""), json.out());
    assertTrue(json.out().contains("\"unitCount\" : 1,"), json.out());
    CliRun own = CliRun.of("evaluate", "--plan", plan.toString(), "--observations", observations.toString());
    assertEquals("", own.err());
  }

  @Test
  void aMethodThatDoesNotFitAClauseIsNamedOnStandardErrorAndTheClauseKeepsItsDefault() {
    // issue 15: --method eurostat on T2 (PCI_RANK) would compute a compound growth rate of ranks; T2 keeps its
    // default method, says why in its rules, and one line goes to standard error (as of 2023, before T2's deadline,
    // where the method judges it); T1 (a percentage) takes eurostat
    CliRun run = CliRun.of("evaluate", "--plan", plan.toString(), "--observations", observations.toString(),
        "--method", "eurostat", "--as-of", "2023", "--format", "json");
    assertEquals(0, run.status(), run.toString());
    assertEquals("warning: T2: method eurostat (compound rates) does not fit a rank measure: the default method was"
        + " kept\n", run.err());
    assertTrue(run.out().contains("\"kind\" : \"method-does-not-fit\""), run.out());
    CliRun byDefault = CliRun.of("evaluate", "--plan", plan.toString(), "--observations", observations.toString(),
        "--as-of", "2023");
    assertEquals(0, byDefault.status(), byDefault.toString());
    assertEquals("", byDefault.err());
  }
}
