package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeriveCommandTest {

  private static final String QNG = "/org/reformindicators/examples/quang-ngai/";

  @TempDir Path dir;

  private Path derive(String rules, String... more) {
    Path records = CliFiles.copy(QNG + "dossiers-synthetic.csv", dir.resolve("dossiers.csv"));
    Path procedures = CliFiles.copy(QNG + "procedures-synthetic.csv", dir.resolve("procedures.csv"));
    Path out = dir.resolve(rules + ".csv");
    String[] args = {"derive", "--rules", rules, "--records", records.toString(), "--procedures",
        procedures.toString(), "-o", out.toString()};
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    CliRun run = CliRun.of(all);
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.err().startsWith("derived "), run.toString());
    return out;
  }

  @Test
  void listsTheBundledRuleSets() {
    CliRun run = CliRun.of("derive", "--list");
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().contains("plan-1256"), run.out());
    assertTrue(run.out().contains("DVC766_PROGRESS"), run.out());
  }

  @Test
  void derivedObservationsAreEvaluated() throws IOException {
    Path observations = derive("plan-1256");
    String csv = Files.readString(observations, StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("indicator,area,period,value,universe,status,breakdown,note,numerator,denominator\r\n"),
        csv);
    assertTrue(csv.contains("QNG_RESULTS_DIGITISED,51,2024,"), csv);
    CliRun evaluate =
        CliRun.of("evaluate", "--plan", CliFiles.copy(QNG + "plan-1256.yaml", dir.resolve("plan.yaml")).toString(),
            "--observations", observations.toString(), "--as-of", "2024");
    assertEquals(0, evaluate.status(), evaluate.toString());
  }

  @Test
  void derivedProgressIsScoredByTheMethodology() throws IOException {
    Path observations = derive("dvc-766");
    // the other four groups are points the portal publishes, appended as rows; the derived rows stay unchanged
    String points =
        "DVC766_TRANSPARENCY,51,2024,17,,A,,,,\r\nDVC766_DIGITISATION,51,2024,20,,A,,,,\r\n"
            + "DVC766_ONLINE_SERVICE,51,2024,18,,A,,,,\r\nDVC766_SATISFACTION,51,2024,16,,A,,,,\r\n";
    Files.writeString(observations, Files.readString(observations) + points);
    CliRun score =
        CliRun.of("score", "--methodology", "dvc-766", "--observations", observations.toString(), "--period", "2024");
    assertEquals(0, score.status(), score.toString());
    assertTrue(score.out().contains("51"), score.out());
  }

  @Test
  void drillDownByAgencyKeepsDottedCodes() throws IOException {
    Path observations = derive("plan-1256", "--by", "agency", "--period-kind", "quarter");
    String csv = Files.readString(observations, StandardCharsets.UTF_8);
    assertTrue(csv.contains("AGENCY=000.00.12.H48"), csv);
    assertFalse(csv.contains("C000_00_12_H48"), csv);
  }

  /**
   * Issue 18: the bundled plan declares AGENCY and PROCEDURE open for its record-based indicators (T5, T6b, T7a–c,
   * T10c, T14a–b), so {@code evaluate} takes the drill-down rows beside the totals, and judges the clauses on the
   * totals alone: the results equal those of the totals-only derivation.
   */
  @Test
  void drillDownRowsAreEvaluatedAndLeaveTheClauseResultsAsTheTotalsGiveThem() throws IOException {
    // both derivations write plan-1256.csv: keep the first under its own name
    Path totals = Files.move(derive("plan-1256"), dir.resolve("totals.csv"));
    Path byAgency = dir.resolve("by-agency.csv");
    Files.move(derive("plan-1256", "--by", "agency"), byAgency);
    String agencyCsv = Files.readString(byAgency, StandardCharsets.UTF_8);
    assertTrue(agencyCsv.contains(",AGENCY=000.00.12.H48,"), agencyCsv);
    assertTrue(agencyCsv.contains("QNG_DOSSIERS_ONLINE_LEVEL_3_4,51,2024,"), agencyCsv);
    Path plan = CliFiles.copy(QNG + "plan-1256.yaml", dir.resolve("plan.yaml"));
    CliRun fromTotals = CliRun.of("evaluate", "--plan", plan.toString(), "--observations", totals.toString(),
        "--as-of", "2024", "--format", "json");
    CliRun fromDrillDown = CliRun.of("evaluate", "--plan", plan.toString(), "--observations", byAgency.toString(),
        "--as-of", "2024", "--format", "json");
    assertEquals(0, fromTotals.status(), fromTotals.toString());
    assertEquals(0, fromDrillDown.status(), fromDrillDown.toString());
    assertTrue(fromDrillDown.out().contains("\"clauseId\" : \"T10c\""), fromDrillDown.out());
    assertEquals(fromTotals.out(), fromDrillDown.out());
    // and the totals of the drill-down are the rows of the totals-only derivation
    java.util.List<String> totalRows = Files.readAllLines(totals, StandardCharsets.UTF_8);
    java.util.List<String> agencyTotalRows =
        Files.readAllLines(byAgency, StandardCharsets.UTF_8).stream().filter(l -> !l.contains("AGENCY=")).toList();
    assertEquals(new java.util.TreeSet<>(totalRows), new java.util.TreeSet<>(agencyTotalRows));
  }

  @Test
  void badRecordsAreReportedWithLineAndColumn() {
    Path records =
        CliFiles.write(dir.resolve("bad.csv"),
            CliFiles.text(QNG + "dossiers-synthetic.csv").replaceFirst("SYN-0002,51,COMMUNE", "SYN-0002,51,TOWN"));
    CliRun run = CliRun.of("derive", "--rules", "dvc-766", "--records", records.toString());
    assertEquals(1, run.status(), run.toString());
    assertTrue(run.err().contains("level must be one of [PROVINCE, DISTRICT, COMMUNE], was 'TOWN'"), run.err());
  }

  @Test
  void jsonLinesRecordsDeriveTheSameObservationsAsTheCsv() throws IOException {
    Path fromCsv = derive("plan-1256");
    Path records = CliFiles.copy(QNG + "dossiers-synthetic.jsonl", dir.resolve("dossiers.jsonl"));
    Path procedures = CliFiles.copy(QNG + "procedures-synthetic.csv", dir.resolve("procedures.csv"));
    Path out = dir.resolve("from-jsonl.csv");
    CliRun run = CliRun.of("derive", "--rules", "plan-1256", "--records", records.toString(), "--procedures",
        procedures.toString(), "-o", out.toString());
    assertEquals(0, run.status(), run.toString());
    assertEquals(Files.readString(fromCsv, StandardCharsets.UTF_8), Files.readString(out, StandardCharsets.UTF_8));
  }

  @Test
  void badJsonLinesAreReportedWithLineAndPointer() {
    Path records =
        CliFiles.write(dir.resolve("bad.jsonl"),
            CliFiles.text(QNG + "dossiers-synthetic.jsonl").replaceFirst("\"level\": \"COMMUNE\"",
                "\"level\": \"TOWN\""));
    CliRun run = CliRun.of("derive", "--rules", "dvc-766", "--records", records.toString());
    assertEquals(1, run.status(), run.toString());
    assertTrue(run.err().contains("bad.jsonl:2:43: /level: "), run.err());
    assertTrue(run.err().contains("level must be one of [PROVINCE, DISTRICT, COMMUNE], was 'TOWN'"), run.err());
  }
}
