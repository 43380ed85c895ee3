package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformindicators.io.csv.PciTables;

/**
 * Runs the shaded {@code examples/target/reform.jar} in a separate JVM with the C locale and an
 * ASCII default charset, as a user on a bare server would.
 */
class ReformJarIT {

  private record Result(int status, String out, String err) {}

  private static Result run(String... args) throws IOException, InterruptedException {
    return runWith(List.of(), args);
  }

  private static Result runWith(List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("reform.jar", "target/reform.jar"));
    assertTrue(Files.isRegularFile(jar), "built jar " + jar);
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dfile.encoding=ANSI_X3.4-1968", "-Dsun.stdout.encoding=ANSI_X3.4-1968",
        "-Dsun.stderr.encoding=ANSI_X3.4-1968"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("LANG", "C");
    builder.environment().put("LC_ALL", "C");
    Path out = Files.createTempFile("reform-out", ".txt");
    Path err = Files.createTempFile("reform-err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the jar ends");
    Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return result;
  }

  @Test
  void theDefaultReportKeepsItsVietnameseUnderTheCLocale() throws Exception {
    Result result = run();
    assertEquals(0, result.status(), result.err());
    assertTrue(result.out().contains("— báo cáo tiến độ"), result.out());
    assertTrue(result.out().contains("Xếp hạng Chỉ số cải cách hành chính"), result.out());
    assertTrue(!result.out().contains("?"  + "?"), "no replaced characters");
  }

  @Test
  void theJsonReportListsAll38ClausesWithAStatus() throws Exception {
    Result result = run("report", "--lang", "en", "--format", "json");
    assertEquals(0, result.status(), result.err());
    JsonNode root = new ObjectMapper().readTree(result.out());
    List<String> ids = new ArrayList<>();
    for (JsonNode clause : root.get("clauses")) {
      ids.add(clause.get("clauseId").asText());
      assertTrue(ReportCommandTest.STATUSES.contains(clause.get("status").asText()), clause.toString());
    }
    assertEquals(ReportCommandTest.CLAUSES, ids);
  }

  @Test
  void runningOutOfMemoryExitsThreeWithOneLineNamingTheHeapOption(@TempDir Path dir) throws Exception {
    // issue 12: under a small -Xmx the JVM died with OutOfMemoryError and exit 1 ("invalid input").
    // 400,000 valid rows need far more than a 32 MB heap once read into memory.
    Path csv = dir.resolve("big.csv");
    try (BufferedWriter writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      writer.write("indicator,area,period,value\n");
      for (int i = 0; i < 400_000; i++) {
        writer.write("PCI_TRANSPARENCY,A" + i + ",2020,5.5\n");
      }
    }
    Result result = runWith(List.of("-Xmx32m", "-XX:+UseSerialGC"), "score", "--methodology", "pci",
        "--observations", csv.toString(), "--period", "2020");
    assertEquals(3, result.status(), result.err());
    assertEquals(ReformCommand.OUT_OF_MEMORY_ADVICE + "\n", result.err());
    assertTrue(result.err().contains("java -Xmx4g -jar reform.jar"), result.err());
    assertEquals("", result.out());
  }

  @Test
  void evaluateWarnsOfRowsOfAnotherUnitAndOfAMethodThatDoesNotFit(@TempDir Path dir) throws Exception {
    // issue 15, through the jar: both warnings go to standard error, the exit status stays 0
    Path plan = CliFiles.copy(CliFiles.EXAMPLE_PLAN, dir.resolve("plan.yaml"));
    Path data = CliFiles.copy(CliFiles.EXAMPLE_OBSERVATIONS, dir.resolve("data.csv"));
    Path other = dir.resolve("other.csv");
    Files.writeString(other, "indicator,area,period,value\nEX_DOSSIERS_ONLINE,48,2024,47.5\n");
    Result unmatched = run("evaluate", "--plan", plan.toString(), "--observations", other.toString());
    assertEquals(0, unmatched.status(), unmatched.err());
    assertEquals("warning: " + other + ": 1 row was read, none of the plan's unit 51 (1 other unit: 48); every"
        + " clause that needs an observation is not assessable\n", unmatched.err());
    Result unfit = run("evaluate", "--plan", plan.toString(), "--observations", data.toString(), "--method", "eurostat",
        "--as-of", "2023");
    assertEquals(0, unfit.status(), unfit.err());
    assertEquals("warning: T2: method eurostat (compound rates) does not fit a rank measure: the default method was"
        + " kept\n", unfit.err());
  }

  @Test
  void exitStatusesOfBadInputAndBadUsage() throws Exception {
    Result missing = run("evaluate", "--plan", "does-not-exist.yaml", "--observations", "none.csv");
    assertEquals(1, missing.status());
    assertEquals("does-not-exist.yaml: file not found\n", missing.err());

    Result usage = run("report", "--format", "pdf");
    assertEquals(2, usage.status());
    assertTrue(usage.err().contains("Usage: reform report"), usage.err());
  }

  @Test
  void aWideTableOf63ProvincesScoresLikeTheSameDataInLongForm(@TempDir Path dir) throws Exception {
    // issue 15: COINr-style wide tables were refused with one "unknown column" error per column.
    Path wide = dir.resolve("pci-wide.csv");
    Path longForm = dir.resolve("pci-long.csv");
    Files.writeString(wide, PciTables.wide(null), StandardCharsets.UTF_8);
    Files.writeString(longForm, PciTables.longForm("2020"), StandardCharsets.UTF_8);
    Result fromWide = run("score", "--methodology", "pci", "--observations", wide.toString(), "--period", "2020",
        "--format", "csv");
    Result fromLong = run("score", "--methodology", "pci", "--observations", longForm.toString(), "--period",
        "2020", "--format", "csv");
    assertEquals(0, fromWide.status(), fromWide.err());
    assertEquals("", fromWide.err());
    assertEquals(64, fromWide.out().lines().count(), fromWide.out());
    assertEquals(fromLong.out(), fromWide.out());
    assertTrue(fromWide.out().startsWith("area,period,score,rank,ranking_score,name,sample\n"), fromWide.out());

    Result noise = run("score", "--methodology", "pci", "--observations", wide.toString(), "--period", "2020",
        "--noise", "0.1");
    assertEquals(2, noise.status(), noise.err());
    assertTrue(noise.err().contains("Option '--noise' sets the uncertainty analysis, so it needs --uncertainty N"),
        noise.err());
  }
}
