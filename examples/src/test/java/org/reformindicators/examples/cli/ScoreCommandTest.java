package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformindicators.io.csv.PciTables;
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
    assertEquals("area,period,score,rank,ranking_score,name,sample", lines.get(0));
    assertEquals(6, lines.size());
    // VCCI, PCI 2020 provincial profile of Quảng Ngãi: 10 × Σ weight × sub-index of the published
    // (rounded) sub-indices = 63.18; the published total 63.20 comes from unrounded inputs.
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("51,2020,63.18,") && l.endsWith(",63.18,Quảng Ngãi,0")),
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
    assertTrue(csv.out().startsWith("area,period,score,rank,ranking_score,lower_rank,median_rank,upper_rank,draws,"
        + "weight_noise,noise_levels,seed,name,sample\n"), csv.out());
    // the settings of the analysis on every line: 200 draws, ±0.25 at the one level of pci, seed 1
    assertTrue(csv.out().lines().skip(1).allMatch(l -> l.contains(",200,0.25,1,1,")), csv.out());

    CliRun zero = CliRun.of("score", "--methodology", "pci", "--observations", provinces.toString(),
        "--period", "2020", "--uncertainty", "200", "--noise", "0", "--format", "csv");
    for (String line : zero.out().lines().skip(1).toList()) {
      String[] cells = line.split(",");
      // Without noise every interval collapses to the nominal rank, written as a whole number.
      assertEquals(cells[3], cells[5], line);
      assertEquals(cells[3], cells[7], line);
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
    assertEquals(List.of("area,period,score,rank,ranking_score,name,sample", "QNG-D1,2024,69.20,1,69.20,,1",
        "QNG-D2,2024,68.40,2,68.40,,1", "QNG-D4,2024,68.30,3,68.30,,1", "QNG-D3,2024,60.80,4,60.80,,1",
        "QNG-D5,2024,60.29,5,60.29,,1"), run.out().lines().toList());

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

    Path none = CliFiles.write(dir.resolve("none-rows.csv"), "indicator,area,period,value\n");
    CliRun empty = CliRun.of("score", "--methodology", "pci", "--observations", none.toString(),
        "--period", "2019");
    assertEquals(1, empty.status(), empty.toString());
    assertTrue(empty.err().startsWith(none + ": has no value of a component of pci"), empty.err());

    CliRun missing = CliRun.of("score", "--methodology", "pci", "--observations",
        dir.resolve("none.csv").toString(), "--period", "2020");
    assertEquals(1, missing.status(), missing.toString());
    assertTrue(missing.err().endsWith("none.csv: file not found\n"), missing.err());
  }

  @Test
  void rowsOfNoComponentGiveOneWarningAndAnEmptyResult() throws IOException {
    // issue 15: rows were read, none for the period: exit 0, one warning with the counts
    CliRun run = CliRun.of("score", "--methodology", "pci", "--observations", provinces.toString(),
        "--period", "2019", "--format", "json");
    assertEquals(0, run.status(), run.toString());
    String expected = provinces + ": 50 rows were read, none of a component of pci (PCI_ENTRY_COSTS,"
        + " PCI_LAND_ACCESS, PCI_TRANSPARENCY, PCI_TIME_COSTS, PCI_INFORMAL_CHARGES, PCI_POLICY_BIAS,"
        + " PCI_PROACTIVITY, PCI_BUSINESS_SUPPORT, PCI_LABOR_TRAINING, PCI_LEGAL_INSTITUTIONS) for the period"
        + " 2019; no area was scored";
    assertEquals("warning: " + expected + "\n", run.err());
    CompositeResultDocument read =
        ReformIndicatorsIo.create().readString(run.out(), DocumentFormat.JSON, CompositeResultDocument.class);
    assertEquals(List.of(expected), read.warnings());
    assertEquals(List.of(), read.units());
  }

  @Test
  void theJsonCarriesTheRankingScoreWholeRanksAndTheSettingsOfTheAnalysis() throws IOException {
    CliRun run = CliRun.of("score", "--methodology", "pci", "--observations", provinces.toString(), "--period",
        "2020", "--uncertainty", "100", "--noise", "0.2", "--noise-level", "1", "--seed", "3", "--format", "json");
    assertEquals(0, run.status(), run.toString());
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertEquals(2, root.get("formatVersion").asInt());
    for (JsonNode unit : root.get("units")) {
      assertTrue(unit.get("rank").isIntegralNumber(), unit.toString());
      assertEquals(unit.get("scores").get("PCI").decimalValue(), unit.get("rankingScore").decimalValue());
    }
    assertTrue(root.get("intervals").get(0).get("nominalRank").isIntegralNumber());
    JsonNode settings = root.get("uncertainty");
    assertEquals(100, settings.get("draws").asInt());
    assertEquals(3, settings.get("seed").asInt());
    assertEquals(1, settings.get("weightNoise").size());
    assertEquals(1, settings.get("weightNoise").get(0).get("level").asInt());
    assertEquals(0.2, settings.get("weightNoise").get(0).get("noise").asDouble());
    CliRun text = CliRun.of("score", "--methodology", "pci", "--observations", provinces.toString(), "--period",
        "2020", "--uncertainty", "100", "--noise-level", "1");
    assertTrue(text.out().startsWith("Provincial Competitiveness Index 2020 (pci), 100 draws, weight noise ±0.25"
        + " at level 1, seed 1\n"), text.out());
  }

  @Test
  void optionsOfTheUncertaintyAnalysisNeedIt() {
    for (String[] alone : new String[][] {{"--noise", "0.1"}, {"--seed", "4"}, {"--noise-level", "1"}}) {
      CliRun run = CliRun.of("score", "--methodology", "pci", "--observations", provinces.toString(), "--period",
          "2020", alone[0], alone[1]);
      assertEquals(2, run.status(), run.toString());
      assertTrue(run.err().startsWith("reform: Option '" + alone[0] + "' sets the uncertainty analysis, so it"
          + " needs --uncertainty N\n"), run.err());
    }
    CliRun deep = CliRun.of("score", "--methodology", "pci", "--observations", provinces.toString(), "--period",
        "2020", "--uncertainty", "10", "--noise-level", "2");
    assertEquals(2, deep.status(), deep.toString());
    assertTrue(deep.err().startsWith("reform: Invalid value for option '--noise-level': the tree of this"
        + " methodology has the levels 1..1, was 2\n"), deep.err());
    CliRun help = CliRun.of("score", "--help");
    assertTrue(help.out().contains("Default: every"), help.out());
    assertTrue(help.out().contains("--csv-dialect"), help.out());
  }

  @Test
  void aWideTableScoresLikeTheSameDataInLongForm() throws IOException {
    Path wide = CliFiles.write(dir.resolve("wide.csv"), PciTables.wide(null));
    Path longForm = CliFiles.write(dir.resolve("long.csv"), PciTables.longForm("2020"));
    CliRun fromWide = CliRun.of("score", "--methodology", "pci", "--observations", wide.toString(),
        "--period", "2020", "--format", "csv");
    CliRun fromLong = CliRun.of("score", "--methodology", "pci", "--observations", longForm.toString(),
        "--period", "2020", "--format", "csv");
    assertEquals(0, fromWide.status(), fromWide.toString());
    assertEquals(64, fromWide.out().lines().count());
    assertEquals(fromLong.out(), fromWide.out());
    // the same table saved by a spreadsheet in a Vietnamese locale
    Path semicolon = CliFiles.write(dir.resolve("wide-vi.csv"), PciTables.wide(null).replace(',', ';')
        .replaceAll("(\\d)\\.(\\d)", "$1,$2"));
    CliRun vi = CliRun.of("score", "--methodology", "pci", "--observations", semicolon.toString(),
        "--period", "2020", "--format", "csv", "--csv-dialect", "semicolon-decimal-comma");
    assertEquals(fromLong.out(), vi.out(), vi.err());
    CliRun viWithoutOption = CliRun.of("score", "--methodology", "pci", "--observations", semicolon.toString(),
        "--period", "2020");
    assertEquals(1, viWithoutOption.status());
    assertTrue(viWithoutOption.err().contains("--csv-dialect semicolon-decimal-comma"), viWithoutOption.err());
    assertFalse(viWithoutOption.err().contains("SEMICOLON_DECIMAL_COMMA"), viWithoutOption.err());
  }

  @Test
  void aBadCellOfAWideTableIsLocatedInItsColumn() {
    Path wide = CliFiles.write(dir.resolve("wide.csv"), "area,PCI_TRANSPARENCY,PCI_LAND_ACCESS\n51,6.x,11\n");
    CliRun run = CliRun.of("score", "--methodology", "pci", "--observations", wide.toString(), "--period", "2020");
    assertEquals(1, run.status(), run.toString());
    assertTrue(run.err().startsWith(wide + ":2: column 'PCI_TRANSPARENCY': value '6.x'"), run.err());
    Path range = CliFiles.write(dir.resolve("range.csv"), "area,PCI_TRANSPARENCY,PCI_LAND_ACCESS\n51,6.1,11\n");
    CliRun outside = CliRun.of("score", "--methodology", "pci", "--observations", range.toString(),
        "--period", "2020");
    assertEquals(1, outside.status(), outside.toString());
    assertTrue(outside.err().contains(range + ":2: column 'PCI_LAND_ACCESS': PCI_LAND_ACCESS, area 51: 11"),
        outside.err());
  }

  @Test
  void badNumbersAreUsageErrors() {
    for (String[] bad : new String[][] {{"--uncertainty", "0"}, {"--noise", "1.5"}, {"--noise", "x"},
        {"--seed", "one"}, {"--format", "xml"}, {"--csv-dialect", "excel"}}) {
      String[] args = {"score", "--methodology", "pci", "--observations", provinces.toString(), "--period",
          "2020", "--uncertainty", "5", bad[0], bad[1]};
      CliRun run = CliRun.of(args);
      assertEquals(2, run.status(), String.join(" ", bad) + ": " + run);
      assertTrue(run.err().contains("Usage: reform score"), run.err());
    }
  }

  @Test
  void uncertaintyIsBoundedByAMillionDraws() {
    // issue 12: --uncertainty 2147483647 ran for hours.
    for (String draws : new String[] {"2147483647", "99999999999", "1000001", "-1"}) {
      CliRun run = CliRun.of("score", "--methodology", "pci", "--observations", provinces.toString(),
          "--period", "2020", "--uncertainty", draws);
      assertEquals(2, run.status(), run.toString());
      assertTrue(run.err().startsWith("reform: Invalid value for option '--uncertainty': must be within"
          + " 1..1,000,000 draws, was " + draws + "\n"), run.err());
      assertEquals("", run.out());
    }
  }

  @Test
  void componentValuesOutsideTheirRangeExitOneNamingTheCellTheValueAndTheRange() {
    // issue 12: PCI sub-indices of 9999999999999999999999, 11 and -5 were scored (a total of 2E+22).
    // PCI sub-indices are on 0–10 (VCCI, PCI 2016 handbook; maxPoints 10 in pci.yaml). The huge value is
    // shown as read, a double.
    Path bad = CliFiles.write(dir.resolve("pci-bad.csv"), CliFiles.text(Bundled.PCI_PROVINCES)
        .replace("PCI_TRANSPARENCY,51,2020,6.29,", "PCI_TRANSPARENCY,51,2020,9999999999999999999999,")
        .replace("PCI_ENTRY_COSTS,48,2020,7.95,", "PCI_ENTRY_COSTS,48,2020,11,")
        .replace("PCI_TRANSPARENCY,62,2020,6.05,", "PCI_TRANSPARENCY,62,2020,-5,"));
    CliRun run = CliRun.of("score", "--methodology", "pci", "--observations", bad.toString(),
        "--period", "2020");
    assertEquals(1, run.status(), run.toString());
    assertEquals("", run.out());
    assertEquals(
        bad + ":4: column 'value': PCI_TRANSPARENCY, area 51: 10000000000000000000000 is outside the"
            + " component's range 0–10\n"
            + bad + ":12: column 'value': PCI_ENTRY_COSTS, area 48: 11 is outside the component's range"
            + " 0–10\n"
            + bad + ":44: column 'value': PCI_TRANSPARENCY, area 62: -5 is outside the component's range"
            + " 0–10\n",
        run.err());
  }

  @Test
  void aGeometricMeanOverAZeroComponentIsBadDataNamingTheAreaComponentAndRule() {
    // issue 12: this exited 70 (internal error).
    Path methodology = CliFiles.write(dir.resolve("dci-geometric.yaml"),
        CliFiles.text("/org/reformindicators/examples/dci/dci-example.yaml")
            .replace("id: dci-example", "id: dci-geometric")
            .replace("method: weighted-arithmetic", "method: weighted-geometric"));
    Path data = CliFiles.write(dir.resolve("dci-zero.csv"),
        CliFiles.text("/org/reformindicators/examples/dci/dci-example-2024.csv")
            .replace("DCI_TRANSPARENCY,QNG-D1,2024,7.20,", "DCI_TRANSPARENCY,QNG-D1,2024,0,"));
    CliRun run = CliRun.of("score", "--methodology", methodology.toString(), "--observations",
        data.toString(), "--period", "2024");
    assertEquals(1, run.status(), run.toString());
    assertEquals(data + ":2: column 'value': DCI_TRANSPARENCY, area QNG-D1: 0 is not positive, but DCI"
        + " aggregates it by a weighted geometric mean, which needs positive values\n", run.err());
  }

  @Test
  void hugeButFiniteScalesWeightsAndTotalsAreInvalidInputNeverACrash() {
    // issue 12: `scale: 1.0e+309` and `weight: 1.0e+999999999` exited 70 (NumberFormatException in
    // the score writer, ArithmeticException in DecimalAggregator). Whether the methodology reader
    // or the calculator refuses them, the answer is exit 1 naming the methodology file.
    String dci = CliFiles.text("/org/reformindicators/examples/dci/dci-example.yaml");
    Path data = CliFiles.copy("/org/reformindicators/examples/dci/dci-example-2024.csv",
        dir.resolve("dci.csv"));
    String[][] edits = {
      {"scale: 10", "scale: 1.0e+309"},
      {"weight: 0.30", "weight: 1.0e+999999999"},
      {"weight: 0.30", "weight: 1.0e-999999999"},
      {"scale: 10", "scale: 1.0e+100"},
    };
    for (String[] edit : edits) {
      Path methodology = CliFiles.write(dir.resolve("dci-example.yaml"), dci.replace(edit[0], edit[1]));
      for (String format : new String[] {"text", "csv", "json"}) {
        CliRun run = CliRun.of("score", "--methodology", methodology.toString(), "--observations",
            data.toString(), "--period", "2024", "--format", format);
        assertEquals(1, run.status(), edit[1] + ": " + run);
        assertTrue(run.err().startsWith(methodology.toString()), run.err());
        assertFalse(run.err().contains("internal error") || run.err().contains("Exception"), run.err());
      }
    }
  }

  @Test
  void anUncertaintyAnalysisOfOneAreaIsInvalidInputNotABug() {
    // issue 12: exit 70 ("uncertainty analysis needs at least 2 scored units").
    Path one = CliFiles.write(dir.resolve("one.csv"), String.join("\n",
        CliFiles.text("/org/reformindicators/examples/dci/dci-example-2024.csv").lines().limit(5).toList())
            + "\n");
    CliRun run = CliRun.of("score", "--methodology",
        CliFiles.copy("/org/reformindicators/examples/dci/dci-example.yaml", dir.resolve("dci-example.yaml"))
            .toString(), "--observations", one.toString(), "--period", "2024", "--uncertainty", "10");
    assertEquals(1, run.status(), run.toString());
    assertEquals(one + ": DCI: an uncertainty analysis ranks units, so it needs at least 2 units with a"
        + " score, there is 1\n", run.err());
  }
}
