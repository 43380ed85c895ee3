package org.reformindicators.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
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
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.record.DossierRecord;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.dossier.DossierCsvReader;
import org.reformindicators.spark.job.ReformIndicatorsJob;

class ReformIndicatorsJobTest {

  @Test
  void mainDerivesEvaluatesAndScoresSmallFilesInLocalMode(@TempDir Path dir) throws IOException {
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
          observations.add(Observation.of(
              IndicatorCode.of(node.code().value()), unit.code(), CalendarYear.of(2024), 3 + random.nextInt(600) / 100.0));
        }
      }
    }
    Path table = dir.resolve("observations.parquet");
    ObservationDatasets.of(spark, observations).write().parquet(table.toString());
    Path out = dir.resolve("out");

    ReformIndicatorsJob.main(new String[] {
      "--dossiers", dossiers.toString(), "--rules", "plan-1256",
      "--procedures", LocalSpark.quangNgai().resolve("procedures-synthetic.csv").toString(),
      "--observations", table.toString(), "--plan", LocalSpark.quangNgai().resolve("plan-1256.yaml").toString(),
      "--units", registry.toString(), "--as-of", "2025", "--methodology", "pci", "--out", out.toString()});

    SparkSession after = LocalSpark.session();
    DerivationSource source = SparkDerivationTest.plan1256();
    List<Observation> derived = new ArrayList<>(
        ObservationDatasets.collect(after.read().parquet(out.resolve("derived").toString())));
    derived.sort(SparkDerivationTest.ORDER);
    assertEquals(SparkDerivationTest.core(source, records), derived);
    List<Row> assessments = after.read().parquet(out.resolve("assessments").toString()).collectAsList();
    assertEquals(3 * LocalSpark.plan().targets().size(), assessments.size());
    List<Row> scores = after.read().parquet(out.resolve("scores").toString())
        .where("period = '2024'").orderBy("rank").collectAsList();
    assertEquals(3, scores.size());
    assertEquals(1.0, scores.get(0).getDouble(scores.get(0).fieldIndex("rank")));
    assertFalse(scores.get(0).isNullAt(scores.get(0).fieldIndex("total")));
  }

  private static String csv(List<DossierRecord> records) {
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
