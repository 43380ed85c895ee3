package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformindicators.io.conformance.ConformanceSuite;

/** {@code reform conformance}: the bundled run, {@code --check} on another system's results, {@code --vectors}. */
class ConformanceCommandTest {

  @TempDir Path dir;

  private static List<String> lines(String text) {
    return text.lines().toList();
  }

  private static String last(String text) {
    List<String> lines = lines(text);
    return lines.get(lines.size() - 1);
  }

  @Test
  void everyBundledVectorPassesAndTheLastLineCountsThem() throws IOException {
    CliRun run = CliRun.of("conformance");
    int live = ConformanceSuite.bundled().live().size();
    assertEquals(0, run.status(), run.toString());
    assertEquals(live + " passed, 0 failed", last(run.out()));
    assertEquals(1, lines(run.out()).size(), run.out());
  }

  @Test
  void checkPassesTheCoveredVectorsAndNamesTheVectorAndFieldItGotWrong() throws IOException {
    Path results = dir.resolve("results.json");
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("conformance/other-system-results.json")) {
      Files.copy(in, results);
    }
    CliRun run = CliRun.of("conformance", "--check", results.toString());
    int live = ConformanceSuite.bundled().live().size();
    assertEquals(1, run.status(), run.toString());
    assertTrue(run.out().contains(
        "FAIL eurostat-ratio-94: clauses[T1].status expected AT_RISK, was ON_TRACK"), run.out());
    assertTrue(run.out().contains(
        "FAIL eurostat-ratio-94: clauses[T1].category expected MODERATE_PROGRESS, was SIGNIFICANT_PROGRESS"), run.out());
    assertEquals(6 + " passed, 1 failed, " + (live - 7) + " skipped", last(run.out()));
    assertEquals(3, lines(run.out()).size(), run.out());
  }

  @Test
  void vectorsFromAFolderListEachFailureWithItsField() throws IOException {
    Files.writeString(dir.resolve("suite.json"),
        "{\"formatVersion\": 1, \"kind\": \"conformance-suite\", \"suiteVersion\": 7, \"files\": [\"mine.json\"]}");
    String vector = "{\"id\": \"%s\", \"kind\": \"composite\", \"tags\": [\"aggregation:sum\"], \"inputs\": {"
        + "\"methodology\": {\"formatVersion\": 1, \"kind\": \"methodology\", \"id\": \"mine\","
        + " \"name\": {\"vi\": \"Chỉ số của tôi\", \"en\": \"Mine\"}, \"publisher\": \"me\", \"source\": \"me\","
        + " \"years\": {\"from\": 2020}, \"missingData\": {\"policy\": \"fail\"}, \"ranking\": {\"method\": \"competition\"},"
        + " \"root\": {\"code\": \"MINE\", \"aggregation\": {\"method\": \"sum\"}, \"children\": [{\"code\": \"MINE_A\"}]}},"
        + " \"observations\": {\"formatVersion\": 1, \"kind\": \"observations\", \"observations\": ["
        + " {\"indicator\": \"MINE_A\", \"area\": \"01\", \"period\": \"2020\", \"value\": 2},"
        + " {\"indicator\": \"MINE_A\", \"area\": \"51\", \"period\": \"2020\", \"value\": 3}]}, \"period\": \"2020\"},"
        + " \"expected\": {\"units\": [{\"unit\": \"51\", \"total\": \"%s\", \"rank\": 1}]}, \"rationale\": \"Sum: 51 has 3.\"}";
    Files.writeString(dir.resolve("mine.json"), "{\"formatVersion\": 1, \"kind\": \"conformance-vectors\", \"vectors\": ["
        + String.format(vector, "right", "3") + ", " + String.format(vector, "wrong", "4") + "]}", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("conformance", "--vectors", dir.toString());
    assertEquals(1, run.status(), run.toString());
    assertEquals(List.of("FAIL wrong: units[51].total expected 4, was 3", "1 passed, 1 failed"), lines(run.out()));
  }

  @Test
  void aMissingFolderOrFileIsAUsageError() {
    assertEquals(2, CliRun.of("conformance", "--vectors", dir.resolve("none").toString()).status());
    assertEquals(2, CliRun.of("conformance", "--check", dir.resolve("none.json").toString()).status());
    assertEquals(2, CliRun.of("conformance", "--no-such-option").status());
  }

  @Test
  void aResultsFileOfAnotherKindIsInvalidInput() throws IOException {
    Path results = dir.resolve("plan.json");
    Files.writeString(results, "{\"formatVersion\": 1, \"kind\": \"plan\"}");
    CliRun run = CliRun.of("conformance", "--check", results.toString());
    assertEquals(1, run.status(), run.toString());
    assertTrue(run.err().contains("kind 'conformance-results'"), run.err());
  }

  @Test
  void aBadVectorFolderNamesTheFileAndPointer() throws IOException {
    Files.writeString(dir.resolve("suite.json"),
        "{\"formatVersion\": 1, \"kind\": \"conformance-suite\", \"suiteVersion\": 1, \"files\": [\"bad.json\"]}");
    Files.writeString(dir.resolve("bad.json"), "{\"formatVersion\": 1, \"kind\": \"conformance-vectors\", \"vectors\": ["
        + "{\"id\": \"Bad\", \"kind\": \"plan\", \"tags\": [\"no-such-tag\"], \"inputs\": {}, \"expected\": {},"
        + " \"rationale\": \"x\"}]}");
    CliRun run = CliRun.of("conformance", "--vectors", dir.toString());
    assertEquals(1, run.status(), run.toString());
    assertTrue(run.err().contains("/vectors/0/id"), run.err());
    assertTrue(run.err().contains("bad.json: tag is not in the fixed list"), run.err());
  }
}
