package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
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
    assertEquals(plan + ": 1 document read, 1 accepted, 0 rejected\n"
        + data + ": 5 records read, 5 accepted, 0 rejected\n"
        + bundled + ": 1 document read, 1 accepted, 0 rejected\n"
        + quangNgai + ": 159 records read, 159 accepted, 0 rejected\n"
        + "4 files checked: 4 valid, 0 invalid\n", run.out());
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
    assertTrue(err.contains(noKind + ":1:1: a document must state its kind, one of [plan, "), err);
    assertTrue(err.contains(otherKind + ":1:7: /kind: kind must be one of [plan, "), err);
    assertTrue(err.contains("was 'report'"), err);
    assertTrue(err.contains(syntax + ":2:"), err);
    assertTrue(err.contains(unknown + ": unknown file type"), err);
    assertTrue(err.contains(missing + ": file not found"), err);
    assertTrue(!err.contains("\tat "), err);
    assertEquals(List.of(
        good + ": 5 records read, 5 accepted, 0 rejected",
        csv + ": 3 records read, 1 accepted, 2 rejected",
        noKind + ": 1 document read, 0 accepted, 1 rejected",
        otherKind + ": 1 document read, 0 accepted, 1 rejected",
        syntax + ": 1 document read, 0 accepted, 1 rejected",
        unknown + ": 0 records read, 0 accepted, 0 rejected",
        missing + ": 0 records read, 0 accepted, 0 rejected",
        "7 files checked: 1 valid, 6 invalid (7 problems)"), run.out().lines().toList());
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
    assertEquals(assessment + ": 1 document read, 1 accepted, 0 rejected\n"
        + scores + ": 1 document read, 1 accepted, 0 rejected\n"
        + "2 files checked: 2 valid, 0 invalid\n", run.out());
  }

  @Test
  void aMethodologyFileMustBeNamedAfterItsId() {
    Path pci = CliFiles.copy("/org/reformindicators/io/methodologies/pci.yaml", dir.resolve("pci.yaml"));
    Path renamed = CliFiles.copy("/org/reformindicators/io/methodologies/pci.yaml", dir.resolve("my-index.yaml"));
    CliRun run = CliRun.of("validate", pci.toString(), renamed.toString());
    assertEquals(1, run.status(), run.toString());
    // issue 15: the mismatch is reported at the line and column of the id
    assertEquals(renamed + ":5:5: /id: id must equal the file name without extension 'my-index', was 'pci'\n",
        run.err());
    assertEquals(pci + ": 1 document read, 1 accepted, 0 rejected\n"
        + renamed + ": 1 document read, 0 accepted, 1 rejected\n"
        + "2 files checked: 1 valid, 1 invalid (1 problem)\n", run.out());
  }

  @Test
  void needsAtLeastOneFile() {
    CliRun run = CliRun.of("validate");
    assertEquals(2, run.status(), run.toString());
    assertTrue(run.err().contains("Missing required parameter"), run.err());
  }

  @Test
  void aFileWithoutAFinalLineEndIsValid() {
    // Issue 12: every observation CSV without a final newline crashed validate with exit 70.
    Path noNewline = CliFiles.write(dir.resolve("a.csv"), "indicator,area,period,value\nPCI_RANK,51,2020,36");
    CliRun run = CliRun.of("validate", noNewline.toString());
    assertEquals(0, run.status(), run.toString());
    assertEquals(noNewline + ": 1 records read, 1 accepted, 0 rejected\n1 file checked: 1 valid, 0 invalid\n",
        run.out());
    Path bareCr = CliFiles.write(dir.resolve("b.csv"), "indicator,area,period,value\nPCI_RANK,51,2020,36\r");
    CliRun cr = CliRun.of("validate", bareCr.toString());
    assertEquals(1, cr.status(), cr.toString());
    assertEquals(bareCr + ":2: a carriage return (CR) must be followed by a line feed (LF) outside quotes\n", cr.err());
    assertEquals(bareCr + ": 1 records read, 0 accepted, 1 rejected\n1 file checked: 0 valid, 1 invalid (1 problem)\n",
        cr.out());
  }

  @Test
  void ranksOutsideWhatTheirRowClaimsAreRejectedWithoutACatalogue() {
    // Issue 12: validate accepted rank 64 of 63, rank 0, rank 2.5 and a universe of 999999999.
    Path ranks = CliFiles.write(dir.resolve("ranks.csv"), "indicator,area,period,value,universe\n"
        + "PCI_RANK,51,2020,64,63\nPCI_RANK,51,2021,0,63\nPCI_RANK,51,2022,2.5,63\nPCI_RANK,51,2023,1,999999999\n"
        + "PCI_RANK,51,2019,36,63\n");
    CliRun run = CliRun.of("validate", ranks.toString());
    assertEquals(1, run.status(), run.toString());
    assertEquals(List.of(
        ranks + ":2: column 'value': rank must be within 1..63 (universe), was 64",
        ranks + ":3: column 'value': rank must be within 1..63 (universe), was 0",
        ranks + ":4: column 'value': rank must be a whole number, was 2.5",
        ranks + ":5: column 'universe': universe must be at most 63, the number of provinces in the unit registry"
            + " during 2023, was 999999999"), run.err().lines().toList());
    assertEquals(ranks + ": 5 records read, 1 accepted, 4 rejected\n1 file checked: 0 valid, 1 invalid (4 problems)\n",
        run.out());
  }

  @Test
  void observationDocumentsCountTheirObservations() {
    String document = "{\"formatVersion\": 1, \"kind\": \"observations\", \"observations\": ["
        + "{\"indicator\": \"PCI_RANK\", \"area\": \"51\", \"period\": \"2020\", \"value\": 36, \"universe\": 63},"
        + "{\"indicator\": \"PCI\", \"area\": \"51\", \"period\": \"2020\", \"value\": 63.2}]}";
    Path good = CliFiles.write(dir.resolve("observations.json"), document);
    Path bad = CliFiles.write(dir.resolve("bad.json"), document.replace("63.2", "\"x\""));
    CliRun run = CliRun.of("validate", good.toString(), bad.toString());
    assertEquals(1, run.status(), run.toString());
    assertEquals(List.of(
        good + ": 2 records read, 2 accepted, 0 rejected",
        bad + ": 1 document read, 0 accepted, 1 rejected",
        "2 files checked: 1 valid, 1 invalid (1 problem)"), run.out().lines().toList());
  }

  @Test
  void onlyTheFirstHundredProblemsOfAFileArePrintedButAllAreCounted() {
    StringBuilder text = new StringBuilder("indicator,area,period,value\n");
    for (int i = 0; i < 250; i++) {
      text.append("PCI,51,2020,x").append(i).append('\n');
    }
    Path bad = CliFiles.write(dir.resolve("many.csv"), text.toString());
    CliRun run = CliRun.of("validate", bad.toString());
    assertEquals(1, run.status(), run.toString());
    List<String> err = run.err().lines().toList();
    assertEquals(101, err.size());
    assertEquals(bad + ": 150 more problems not listed", err.get(100));
    assertEquals(bad + ": 250 records read, 0 accepted, 250 rejected\n1 file checked: 0 valid, 1 invalid (250 problems)\n",
        run.out());
  }

  @Test
  void aDocumentThatFailsBeforeItsKindIsReportedInPlainWordsAtItsPlace() {
    Path nan = CliFiles.write(dir.resolve("nan.json"), "{\"kind\": NaN}");
    CliRun run = CliRun.of("validate", nan.toString());
    assertEquals(1, run.status(), run.toString());
    assertTrue(run.err().startsWith(nan + ":1:"), run.err());
    for (String internal : List.of("JsonReadFeature", "Non-standard token", "Exception", "com.fasterxml")) {
      assertTrue(!run.err().contains(internal), run.err());
    }
    assertEquals(nan + ": 1 document read, 0 accepted, 1 rejected\n1 file checked: 0 valid, 1 invalid (1 problem)\n",
        run.out());
  }

  @Test
  void aRankOfZeroInAnObservationDocumentIsRejectedAsInTheCsv() {
    String observation = "{\"indicator\": \"PCI_RANK\", \"area\": \"51\", \"period\": \"2020\", \"value\": %s}";
    Path good = CliFiles.write(dir.resolve("good.json"), "{\"formatVersion\": 1, \"kind\": \"observations\","
        + " \"observations\": [" + observation.formatted("36") + ", " + observation.replace("2020", "2021").formatted("40")
        + "]}");
    Path bad = CliFiles.write(dir.resolve("bad.json"), "{\"formatVersion\": 1, \"kind\": \"observations\","
        + " \"observations\": [" + observation.formatted("0") + "]}");
    CliRun run = CliRun.of("validate", good.toString(), bad.toString());
    assertEquals(1, run.status(), run.toString());
    assertEquals(List.of(
        good + ": 2 records read, 2 accepted, 0 rejected",
        bad + ": 1 document read, 0 accepted, 1 rejected",
        "2 files checked: 1 valid, 1 invalid (1 problem)"), run.out().lines().toList());
  }

  @Test
  void aPlanBesideObservationsChecksThemAgainstItsCatalogueWithLines() {
    // issue 15: 'validate plan.yaml obs.csv' passed data that 'evaluate' then refused.
    Path plan = CliFiles.copy(CliFiles.EXAMPLE_PLAN, dir.resolve("plan.yaml"));
    Path data = CliFiles.write(dir.resolve("data.csv"), "indicator,area,period,value\n"
        + "EX_DOSSIERS_ONLINE,51,2023,31.5\nEX_DOSSIERS_ONLINE,51,2024,140\nOTHER,51,2024,140\n");
    CliRun alone = CliRun.of("validate", data.toString());
    assertEquals(0, alone.status(), alone.toString());
    CliRun beside = CliRun.of("validate", plan.toString(), data.toString());
    assertEquals(1, beside.status(), beside.toString());
    assertTrue(beside.err().startsWith(data + ":3: column 'value': "), beside.err());
    assertTrue(beside.err().contains("140"), beside.err());
    assertEquals(1, beside.err().lines().count(), beside.err());
    assertTrue(beside.out().contains(data + ": 3 records read, 2 accepted, 1 rejected\n"), beside.out());
  }

  @Test
  void aMethodologyBesideAWideTableChecksItsComponentRangesWithLinesAndColumns() {
    Path methodology = CliFiles.write(dir.resolve("pci.yaml"), ReformIndicatorsIoText.pci());
    Path wide = CliFiles.write(dir.resolve("wide.csv"),
        "area;period;PCI_TRANSPARENCY;PCI_LAND_ACCESS\n51;2020;6,29;11\n48;2020;7;6,5\n");
    CliRun run = CliRun.of("validate", "--csv-dialect", "semicolon-decimal-comma", methodology.toString(),
        wide.toString());
    assertEquals(1, run.status(), run.toString());
    assertTrue(run.err().startsWith(wide + ":2: column 'PCI_LAND_ACCESS': PCI_LAND_ACCESS, area 51: 11 is outside"
        + " the component's range 0–10"), run.err());
    assertTrue(run.out().contains(wide + ": 4 records read, 3 accepted, 1 rejected\n"), run.out());
    CliRun standard = CliRun.of("validate", wide.toString());
    assertEquals(1, standard.status(), standard.toString());
    assertTrue(standard.err().contains("--csv-dialect semicolon-decimal-comma"), standard.err());
  }
}
