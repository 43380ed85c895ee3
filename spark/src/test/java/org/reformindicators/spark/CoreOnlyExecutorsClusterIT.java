package org.reformindicators.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.area.VietnamUnits;
import org.reformindicators.core.composite.ComponentCode;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.composite.DataMatrix;
import org.reformindicators.core.composite.uncertainty.UncertaintyOptions;
import org.reformindicators.core.derivation.Derivation;
import org.reformindicators.core.derivation.DerivationResult;
import org.reformindicators.core.evaluation.PlanEvaluator;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.record.DossierRecord;
import org.reformindicators.io.ReformIndicatorsIo;

/**
 * The proof of issue 19's "executors run core only": Spark in {@code local-cluster} mode, whose executor is a
 * separate JVM launched by a standalone Worker with Spark's own jars only ({@code SPARK_HOME/jars}, here the jars
 * of Spark and its dependencies taken from the test class path, with Spark's Jackson but without io, io's YAML
 * module or SnakeYAML) plus {@code spark.jars}: the core jar, Commons Math and this module's jar. An evaluation, a
 * scoring and a derivation run through the module's API and equal core's on the driver; had an executor touched
 * io, the job would have failed with a {@code NoClassDefFoundError}. Runs after {@code package} (the module's
 * jar), in the {@code integration-test} phase; {@code SPARK_HOME} comes from the POM. {@code spark.testing} is not
 * set (it would copy the driver's class path to the executors).
 */
class CoreOnlyExecutorsClusterIT {

  private static Path sparkHome;
  private static SparkSession spark;

  @BeforeAll
  static void startCluster() throws Exception {
    // only the POM's core-only-executors execution sets both; the test empties that directory, never another one
    String home = System.getProperty("cluster.it.spark.home");
    assumeTrue(home != null && home.endsWith("spark-home") && home.equals(System.getenv("SPARK_HOME")),
        "run by the core-only-executors execution of the POM, after package");
    sparkHome = Path.of(home).toAbsolutePath();
    SparkHome.fill(sparkHome);
    List<Path> shipped = List.of(
        SparkHome.jarOf(Plan.class, "reform-indicators-core", sparkHome),
        SparkHome.jarOf(org.apache.commons.math3.util.FastMath.class, "commons-math3", sparkHome),
        SparkHome.moduleJar(sparkHome));
    for (Path jar : shipped) {
      assertFalse(SparkHome.holds(jar, "org/reformindicators/io/"), jar + " holds io");
    }
    spark = SparkSession.builder()
        .master("local-cluster[1,1,1024]")
        .appName("reform-indicators-core-only-executors")
        .config("spark.jars", String.join(",", shipped.stream().map(Path::toString).toList()))
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
  }

  @AfterAll
  static void stopCluster() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** Evaluates a SQL expression on the executor (Spark's {@code reflect} runs where the task runs). */
  private static String onExecutor(String expression) {
    return spark.range(1).repartition(1).selectExpr(expression).first().getString(0);
  }

  @Test
  void executorsHaveSparksJarsAndCoreButNotIo() {
    String executorClassPath = onExecutor("reflect('java.lang.System', 'getProperty', 'java.class.path')");
    // the executor JVM's class path is the Worker's: SPARK_HOME's conf and jars, nothing of this project
    for (String entry : executorClassPath.split(java.io.File.pathSeparator)) {
      assertTrue(Path.of(entry).startsWith(sparkHome), entry + " is outside " + sparkHome);
    }
    assertTrue(executorClassPath.contains("jackson-databind-2.21."), executorClassPath);
    assertFalse(executorClassPath.contains("reform-indicators"), executorClassPath);
    // core arrives through spark.jars; io nowhere
    assertEquals("YEAR", onExecutor("reflect('org.reformindicators.core.period.PeriodKind', 'valueOf', 'YEAR')"));
    Exception e = assertThrows(Exception.class,
        () -> onExecutor("reflect('org.reformindicators.io.DocumentFormat', 'valueOf', 'JSON')"));
    assertTrue(String.valueOf(causes(e)).contains("org.reformindicators.io.DocumentFormat"), causes(e));
    assertFalse(onExecutor("reflect('java.lang.System', 'getProperty', 'java.vm.name')").isEmpty());
  }

  private static String causes(Throwable e) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      out.append(t).append(" | ");
    }
    return out.toString();
  }

  @Test
  void theDriversJacksonIsSparks() throws Exception {
    com.fasterxml.jackson.core.Version version = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION;
    assertEquals(2, version.getMajorVersion());
    assertEquals(21, version.getMinorVersion(), version::toString);
    Path databind = Path.of(com.fasterxml.jackson.databind.ObjectMapper.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI());
    assertTrue(Files.exists(sparkHome.resolve("jars").resolve(databind.getFileName())),
        databind + " is not among the jars the executors have");
  }

  @Test
  void evaluationOnCoreOnlyExecutorsEqualsCore() {
    Plan plan = LocalSpark.plan();
    List<AdministrativeUnit> units = LocalSpark.communes(6);
    List<Observation> observations = LocalSpark.observationsOf(units, LocalSpark.bundledObservations());
    CalendarYear asOf = CalendarYear.of(2024);
    List<Row> expected = new ArrayList<>();
    PlanEvaluator.defaults().evaluateEach(plan, units, ObservationSet.of(observations), asOf,
        u -> expected.addAll(SparkEvaluation.rows(u)));
    List<Row> actual = SparkEvaluation.evaluate(
        spark, plan, units, ObservationDatasets.of(spark, observations).repartition(2), asOf).collectAsList();
    assertEquals(units.size() * plan.targets().size(), actual.size());
    assertEquals(TestRows.sorted(expected), TestRows.sorted(actual));
  }

  @Test
  void scoringWithRankIntervalsOnCoreOnlyExecutorsEqualsCore() throws IOException {
    CompositeIndex pci = ReformIndicatorsIo.create().bundledMethodology("pci");
    List<ComponentCode> leaves = TestRows.leaves(pci);
    Random random = new Random(42);
    List<Observation> observations = new ArrayList<>();
    List<Row> expected = new ArrayList<>();
    UncertaintyOptions options = UncertaintyOptions.builder().draws(100).seed(7).weightNoise(0.2).build();
    for (int year : new int[] {2020, 2021}) {
      DataMatrix.Builder matrix = DataMatrix.builder(leaves);
      for (int a = 1; a <= 12; a++) {
        double[] row = new double[leaves.size()];
        for (int c = 0; c < row.length; c++) {
          row[c] = TestRows.score(random);
          IndicatorCode indicator = IndicatorCode.of(leaves.get(c).value());
          observations.add(Observation.of(indicator, UnitCode.of(String.format("%02d", a)),
              CalendarYear.of(year), row[c]));
        }
        matrix.row(UnitCode.of(String.format("%02d", a)), row);
      }
      expected.addAll(SparkScoring.rows(pci, Integer.toString(year), matrix.build(), options));
    }
    List<Row> actual =
        SparkScoring.score(pci, ObservationDatasets.of(spark, observations), 100, 7, 0.2).collectAsList();
    assertEquals(TestRows.sorted(expected), TestRows.sorted(actual));
  }

  @Test
  void derivationWithRegistryAndSummaryOnCoreOnlyExecutorsEqualsCore() throws IOException {
    List<DossierRecord> records = Dossiers.generate(19, 2000, List.of("62", "51", "74", "79", "99999"));
    DerivationSource source = SparkDerivationTest.plan1256().withRegistry(VietnamUnits.registry());
    Dataset<Row> dossiers = DossierDatasets.of(spark, records);
    Map<String, DossierRecord> byId = new HashMap<>();
    records.forEach(r -> byId.put(r.id(), r));
    Derivation derivation = Derivation.start(source.rules(), source.options());
    for (Row row : dossiers.select("id").collectAsList()) {
      derivation.accept(byId.get(row.getString(0)));
    }
    DerivationResult expected = derivation.finish();
    List<Observation> expectedObservations = new ArrayList<>(expected.observations());
    expectedObservations.sort(SparkDerivationTest.ORDER);
    List<Observation> actual = new ArrayList<>(ObservationDatasets.collect(SparkDerivation.derive(dossiers, source)));
    actual.sort(SparkDerivationTest.ORDER);
    assertEquals(expectedObservations, actual);
    assertEquals(expected.summary(), SparkDerivation.summarize(dossiers, source));
    assertTrue(expected.summary().unresolved() > 0 && expected.summary().unlistedProcedures() > 0);
  }

}
