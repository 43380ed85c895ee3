package org.reformindicators.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.area.UnitRegistry;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.composite.IndexNode;
import org.reformindicators.core.derivation.Derivation;
import org.reformindicators.core.derivation.DerivationSummary;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.record.DossierRecord;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.dossier.DossierCsvReader;
import org.reformindicators.spark.job.ReformIndicatorsJob;

class ReformIndicatorsJobTest {

  /**
   * The job's inputs, generated under a directory: a dossier CSV of three communes, an observation Parquet table
   * (the bundled Quảng Ngãi observations that the rules do not derive, and the PCI's leaves for 2024) and a unit
   * registry; shared with {@code SparkSubmitIT}.
   *
   * @param units the communes of the registry
   * @param records the dossiers of the CSV
   * @param table the observations of the Parquet table
   * @param out the output directory the arguments name
   * @param args the job's arguments
   */
  record Inputs(List<AdministrativeUnit> units, List<DossierRecord> records, List<Observation> table, Path out,
      List<String> args) {

    static Inputs write(Path dir) throws IOException {
      SparkSession spark = LocalSpark.session();
      List<AdministrativeUnit> units = LocalSpark.communes(3);
      List<DossierRecord> records = Dossiers.generate(19, 600, Dossiers.units(3));
      Path dossiers = dir.resolve("dossiers.csv");
      Files.writeString(dossiers, csv(records), StandardCharsets.UTF_8);
      Path registry = dir.resolve("units.yaml");
      ReformIndicatorsIo io = ReformIndicatorsIo.create();
      Files.writeString(registry, io.writeString(UnitRegistry.of(units), DocumentFormat.YAML), StandardCharsets.UTF_8);
      // the table holds what is not derived: the indicators the rules derive come from the dossiers only
      Set<String> derivedIndicators = new HashSet<>();
      SparkDerivationTest.plan1256().rules().rules().forEach(r -> derivedIndicators.add(r.indicator().toString()));
      List<Observation> observations = new ArrayList<>();
      for (Observation o : LocalSpark.observationsOf(units, LocalSpark.bundledObservations())) {
        if (!derivedIndicators.contains(o.indicator().toString())) {
          observations.add(o);
        }
      }
      CompositeIndex pci = io.bundledMethodology("pci");
      Random random = new Random(3);
      for (AdministrativeUnit unit : units) {
        for (IndexNode node : pci.root().nodes()) {
          if (node.isLeaf()) {
            observations.add(Observation.of(IndicatorCode.of(node.code().value()), unit.code(), CalendarYear.of(2024),
                3 + random.nextInt(600) / 100.0));
          }
        }
      }
      Path table = dir.resolve("observations.parquet");
      ObservationDatasets.of(spark, observations).write().parquet(table.toString());
      Path out = dir.resolve("out");
      return new Inputs(units, records, List.copyOf(observations), out, List.of(
          "--dossiers", dossiers.toString(), "--rules", "plan-1256",
          "--procedures", LocalSpark.quangNgai().resolve("procedures-synthetic.csv").toString(),
          "--observations", table.toString(), "--plan", LocalSpark.quangNgai().resolve("plan-1256.yaml").toString(),
          "--units", registry.toString(), "--as-of", "2025", "--methodology", "pci", "--out", out.toString()));
    }

    /** Core's summary of the dossiers, derived on one machine with the rules the arguments name. */
    DerivationSummary coreSummary() throws IOException {
      DerivationSource source = SparkDerivationTest.plan1256();
      Derivation derivation = Derivation.start(source.rules(), source.options());
      records.forEach(derivation);
      return derivation.finish().summary();
    }

    /** Checks the three tables under {@link #out} against core (derived, assessment count, 2024's scores). */
    void checkTables(SparkSession spark) throws IOException {
      List<Observation> derived = new ArrayList<>(
          ObservationDatasets.collect(spark.read().parquet(out.resolve("derived").toString())));
      derived.sort(SparkDerivationTest.ORDER);
      assertEquals(SparkDerivationTest.core(SparkDerivationTest.plan1256(), records), derived);
      List<Row> assessments = spark.read().parquet(out.resolve("assessments").toString()).collectAsList();
      assertEquals(units.size() * LocalSpark.plan().targets().size(), assessments.size());
      List<Row> scores = spark.read().parquet(out.resolve("scores").toString())
          .where("period = '2024'").orderBy("rank").collectAsList();
      assertEquals(units.size(), scores.size());
      assertEquals(1.0, scores.get(0).getDouble(scores.get(0).fieldIndex("rank")));
      assertFalse(scores.get(0).isNullAt(scores.get(0).fieldIndex("total")));
    }
  }

  @Test
  void runDerivesEvaluatesScoresAndPrintsTheSummaryOfSmallFilesInLocalMode(@TempDir Path dir) throws IOException {
    Inputs inputs = Inputs.write(dir);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      ReformIndicatorsJob.run(LocalSpark.session(), inputs.args().toArray(String[]::new), out);
    }
    inputs.checkTables(LocalSpark.session());
    DerivationSummary core = inputs.coreSummary();
    // the generator draws an unlisted procedure and uncompleted dossiers, so the figures are not zeros
    assertTrue(core.inProgress() > 0 && core.unlistedProcedures() > 0, core::toString);
    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    assertTrue(lines.containsAll(List.of(
        "dossiers read: 600",
        "dossiers in progress: " + core.inProgress(),
        "dossiers of unlisted procedures: " + core.unlistedProcedures(),
        "dossiers of unresolved units: 0")), lines::toString);
    assertFalse(lines.stream().anyMatch(l -> l.startsWith("unresolved: ")), lines::toString);
  }

  @Test
  void reportPrintsEveryFigureAndEachExample() {
    DerivationSummary summary = new DerivationSummary(10, 2, List.of("dossier A: unit 99999 unknown",
        "dossier B: unit 99998 unknown"), 3, 4);
    assertEquals(List.of("dossiers read: 10", "dossiers in progress: 3", "dossiers of unlisted procedures: 4",
        "dossiers of unresolved units: 2", "unresolved: dossier A: unit 99999 unknown",
        "unresolved: dossier B: unit 99998 unknown"), ReformIndicatorsJob.report(summary));
  }

  static String csv(List<DossierRecord> records) {
    StringBuilder b = new StringBuilder(String.join(",", DossierCsvReader.COLUMNS)).append('\n');
    for (DossierRecord r : records) {
      b.append(String.join(",", r.id(), r.unit().toString(), r.level().name(), r.agency(), r.procedure(),
          r.received().toString(), r.due().map(Object::toString).orElse(""),
          r.completed().map(Object::toString).orElse(""), r.outcome().name(), r.channel().name(),
          r.onlineLevel().name(), String.valueOf(r.feeBearing()), String.valueOf(r.paidOnline()),
          String.valueOf(r.dossierDigitised()), String.valueOf(r.resultDigitised()),
          String.valueOf(r.passedElectronically()), String.valueOf(r.returnedForSupplement()),
          r.satisfaction().isPresent() ? String.valueOf(r.satisfaction().getAsInt()) : "")).append('\n');
    }
    return b.toString();
  }
}
