package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @TempDir Path dir;

  @Test
  void validFilesExitZeroWithASummary() {
    Path plan = CliFiles.copy(CliFiles.EXAMPLE_PLAN, dir.resolve("plan.yaml"));
    Path data = CliFiles.copy(CliFiles.EXAMPLE_OBSERVATIONS, dir.resolve("data.csv"));
    Path bundled = CliFiles.copy(Bundled.PLAN, dir.resolve("plan-1256.yaml"));
    Path quangNgai = CliFiles.copy(Bundled.OBSERVATIONS, dir.resolve("observations.csv"));
    CliRun run = CliRun.of("validate", plan.toString(), data.toString(), bundled.toString(), quangNgai.toString());
    assertEquals(0, run.status(), run.toString());
    assertEquals("4 files checked: 4 valid, 0 invalid\n", run.out());
    assertEquals("", run.err());
  }

  @Test
  void everyProblemIsPrintedWithItsLocation() {
    Path good = CliFiles.copy(CliFiles.EXAMPLE_OBSERVATIONS, dir.resolve("good.csv"));
    Path csv = CliFiles.write(dir.resolve("bad.csv"),
        "indicator,area,period,value\nPCI,51,2020,63.20\npci,51,2021,1\nPCI,51,2022,\n");
    Path noKind = CliFiles.write(dir.resolve("nokind.json"), "{\"formatVersion\": 1}");
    Path otherKind = CliFiles.write(dir.resolve("result.yaml"), "kind: report\n");
    Path syntax = CliFiles.write(dir.resolve("syntax.json"), "{\"kind\": \"plan\",\n  \"id\": }");
    Path unknown = CliFiles.write(dir.resolve("notes.txt"), "hello");
    Path missing = dir.resolve("missing.csv");
    CliRun run = CliRun.of("validate", good.toString(), csv.toString(), noKind.toString(), otherKind.toString(),
        syntax.toString(), unknown.toString(), missing.toString());
    assertEquals(1, run.status(), run.toString());
    String err = run.err();
    assertTrue(err.contains(csv + ":3: column 'indicator': "), err);
    assertTrue(err.contains(csv + ":4: column 'value': "), err);
    assertTrue(err.contains(noKind + ":/kind: missing or not text"), err);
    assertTrue(err.contains(otherKind + ":/kind: 'report' is not a kind this command checks"), err);
    assertTrue(err.contains(syntax + ":2:"), err);
    assertTrue(err.contains(unknown + ": unknown file type"), err);
    assertTrue(err.contains(missing + ": file not found"), err);
    assertTrue(!err.contains("\tat "), err);
    assertTrue(run.out().startsWith("7 files checked: 1 valid, 6 invalid ("), run.out());
    assertEquals(1, run.out().lines().count());
  }

  @Test
  void checksTheDocumentsTheToolWrites() {
    Path assessment = dir.resolve("assessment.json");
    Path scores = dir.resolve("scores.json");
    Path data = CliFiles.copy(Bundled.PCI_PROVINCES, dir.resolve("pci.csv"));
    assertEquals(0, CliRun.of("report", "--format", "json", "-o", assessment.toString()).status());
    assertEquals(0, CliRun.of("score", "--methodology", "pci", "--observations", data.toString(), "--period",
        "2020", "--uncertainty", "100", "--format", "json", "-o", scores.toString()).status());
    CliRun run = CliRun.of("validate", assessment.toString(), scores.toString());
    assertEquals(0, run.status(), run.toString());
    assertEquals("2 files checked: 2 valid, 0 invalid\n", run.out());
  }

  @Test
  void aMethodologyFileMustBeNamedAfterItsId() {
    Path pci = CliFiles.copy("/org/reformindicators/io/methodologies/pci.yaml", dir.resolve("pci.yaml"));
    Path renamed = CliFiles.copy("/org/reformindicators/io/methodologies/pci.yaml", dir.resolve("my-index.yaml"));
    CliRun run = CliRun.of("validate", pci.toString(), renamed.toString());
    assertEquals(1, run.status(), run.toString());
    assertTrue(run.err().startsWith(renamed + ":"), run.err());
    assertEquals("2 files checked: 1 valid, 1 invalid (1 problem)\n", run.out());
  }

  @Test
  void needsAtLeastOneFile() {
    CliRun run = CliRun.of("validate");
    assertEquals(2, run.status(), run.toString());
    assertTrue(run.err().contains("Missing required parameter"), run.err());
  }
}
