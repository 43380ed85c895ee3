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
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.composite.CompositeResultDocument;

class ScoreCommandTest {

  @TempDir Path dir;
  private Path provinces;

  @BeforeEach
  void copyThePciFile() {
    provinces = CliFiles.copy(Bundled.PCI_PROVINCES, dir.resolve("pci-2020.csv"));
  }

  @Test
  void recomputesPciForEveryProvinceAsCsv() {
    CliRun run = CliRun.of("score", "--methodology", "pci", "--observations", provinces.toString(),
        "--period", "2020", "--format", "csv");
    assertEquals(0, run.status(), run.toString());
    List<String> lines = run.out().lines().toList();
    assertEquals("area,period,score,rank,name,sample", lines.get(0));
    assertEquals(6, lines.size());
    // indices.md, PCI table, Quảng Ngãi 2020 [V]: 10 × Σ weight × sub-index of the published
    // (rounded) sub-indices = 63.18; the published total 63.20 comes from unrounded inputs.
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("51,2020,63.18,") && l.endsWith(",Quảng Ngãi,0")),
        run.out());
    assertTrue(lines.stream().filter(l -> l.startsWith("48,")).allMatch(l -> l.endsWith(",1")), "samples flagged");
  }

  @Test
  void addsRankIntervalsReproduciblyWithUncertainty() throws IOException {
    String[] args = {"score", "--methodology", "pci", "--observations", provinces.toString(), "--period",
        "2020", "--uncertainty", "500", "--seed", "7", "--format", "json"};
    CliRun run = CliRun.of(args);
    assertEquals(0, run.status(), run.toString());
    assertEquals(run.out(), CliRun.of(args).out(), "same seed, same output");
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertEquals("composite-result", root.get("kind").asText());
    assertEquals("pci", root.get("methodology").asText());
    assertEquals(5, root.get("units").size());
    assertEquals(5, root.get("intervals").size());
    for (JsonNode interval : root.get("intervals")) {
      assertTrue(interval.get("lowerRank").asDouble() <= interval.get("medianRank").asDouble());
      assertTrue(interval.get("medianRank").asDouble() <= interval.get("upperRank").asDouble());
    }
    // io reads its own document back.
    CompositeResultDocument read =
        ReformIndicatorsIo.create().readString(run.out(), DocumentFormat.JSON, CompositeResultDocument.class);
    assertEquals("pci", read.methodology());

    CliRun csv = CliRun.of("score", "--methodology", "pci", "--observations", provinces.toString(),
        "--period", "2020", "--uncertainty", "200", "--format", "csv");
    assertTrue(csv.out().startsWith("area,period,score,rank,rank_p05,rank_median,rank_p95,name,sample\n"), csv.out());

    CliRun zero = CliRun.of("score", "--methodology", "pci", "--observations", provinces.toString(),
        "--period", "2020", "--uncertainty", "200", "--noise", "0", "--format", "csv");
    for (String line : zero.out().lines().skip(1).toList()) {
      String[] cells = line.split(",");
      // Without noise every interval collapses to the nominal rank.
      assertEquals(cells[3] + ".0", cells[4], line);
      assertEquals(cells[3] + ".0", cells[6], line);
    }
  }

  @Test
  void printsAReadableTable() {
    CliRun run = CliRun.of("score", "--methodology", "pci", "--observations", provinces.toString(),
        "--period", "2020");
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().startsWith("Provincial Competitiveness Index 2020 (pci)\n"), run.out());
    assertTrue(run.out().contains("Quảng Ngãi "), run.out());
    assertTrue(run.out().contains("* uses illustrative sample values (SAMPLE)"), run.out());
  }

  @Test
  void scoresAProvincesOwnIndexFromAMethodologyFile() {
    Path methodology = CliFiles.copy("/org/reformindicators/examples/dci/dci-example.yaml",
        dir.resolve("dci-example.yaml"));
    Path data = CliFiles.copy("/org/reformindicators/examples/dci/dci-example-2024.csv", dir.resolve("dci.csv"));
    CliRun run = CliRun.of("score", "--methodology", methodology.toString(), "--observations", data.toString(),
        "--period", "2024", "--format", "csv");
    assertEquals(0, run.status(), run.toString());
    // QNG-D1: 10 × (0.3 × 7.2 + 0.3 × 6.8 + 0.2 × 6.1 + 0.2 × 7.5) = 10 × 6.92 = 69.20
    // QNG-D5 lacks time costs; 3 of 4 components meet the minimum coverage of 0.75, so the weights
    // are renormalised: 10 × (0.3 × 5.8 + 0.2 × 6.0 + 0.2 × 6.4) / 0.7 = 10 × 4.22 / 0.7 = 60.2857… → 60.29
    assertEquals(List.of("area,period,score,rank,name,sample", "QNG-D1,2024,69.20,1,,1", "QNG-D2,2024,68.40,2,,1",
        "QNG-D4,2024,68.30,3,,1", "QNG-D3,2024,60.80,4,,1", "QNG-D5,2024,60.29,5,,1"), run.out().lines().toList());

    CliRun outside = CliRun.of("score", "--methodology", methodology.toString(), "--observations",
        data.toString(), "--period", "2021");
    assertEquals(1, outside.status(), outside.toString());
    assertTrue(outside.err().contains("methodology dci-example applies to the years 2022–2024, not to 2021"),
        outside.err());
  }

  @Test
  void anInvalidMethodologyFileIsReportedWithItsLocation() {
    Path bad = CliFiles.write(dir.resolve("dci-example.yaml"),
        CliFiles.text("/org/reformindicators/examples/dci/dci-example.yaml").replace("weight: 0.30", "weight: -0.30"));
    CliRun run = CliRun.of("score", "--methodology", bad.toString(), "--observations", provinces.toString(),
        "--period", "2024");
    assertEquals(1, run.status(), run.toString());
    assertTrue(run.err().matches("(?s)" + java.util.regex.Pattern.quote(bad.toString()) + ":\\d+:\\d+: .*"), run.err());
    assertTrue(!run.err().contains("\tat "), run.err());
  }

  @Test
  void rejectsUnknownMethodologiesAndEmptyPeriods() {
    CliRun unknown = CliRun.of("score", "--methodology", "abc", "--observations", provinces.toString(),
        "--period", "2020");
    assertEquals(1, unknown.status(), unknown.toString());
    assertTrue(unknown.err().startsWith("abc: neither a bundled methodology id (pci, "), unknown.err());

    CliRun empty = CliRun.of("score", "--methodology", "pci", "--observations", provinces.toString(),
        "--period", "2019");
    assertEquals(1, empty.status(), empty.toString());
    assertTrue(empty.err().startsWith(provinces + ": has no value of a component of pci"), empty.err());

    CliRun missing = CliRun.of("score", "--methodology", "pci", "--observations",
        dir.resolve("none.csv").toString(), "--period", "2020");
    assertEquals(1, missing.status(), missing.toString());
    assertTrue(missing.err().endsWith("none.csv: file not found\n"), missing.err());
  }

  @Test
  void badNumbersAreUsageErrors() {
    for (String[] bad : new String[][] {{"--uncertainty", "0"}, {"--noise", "1.5"}, {"--noise", "x"},
        {"--seed", "one"}, {"--format", "xml"}}) {
      String[] args = {"score", "--methodology", "pci", "--observations", provinces.toString(), "--period",
          "2020", bad[0], bad[1]};
      CliRun run = CliRun.of(args);
      assertEquals(2, run.status(), String.join(" ", bad) + ": " + run);
      assertTrue(run.err().contains("Usage: reform score"), run.err());
    }
  }
}
