package org.reformindicators.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.derivation.DerivationSummary;
import org.reformindicators.core.evaluation.PlanEvaluator;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.spark.ReformIndicatorsJobTest.Inputs;
import org.reformindicators.spark.job.ReformIndicatorsJob;

/**
 * The example job submitted as {@code bin/spark-submit} submits it: {@code spark-submit} is a shell script that ends
 * in {@code java -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit <args>}, so the test starts that JVM
 * ({@code java} of {@code java.home}, the {@code --add-opens} flags of the POM, {@code -Xmx1g} as the launcher's
 * default driver memory) with a class path of Spark's own jars only ({@link SparkHome}: no io, no Jackson YAML, no
 * SnakeYAML, nothing of this project) and the arguments docs/spark.md shows: {@code --master local[2]}, {@code
 * --class}, {@code --jars} with the core and io jars, Commons Math, Jackson's YAML module and SnakeYAML, the
 * module's jar as the application jar, and the job's arguments on generated files. Runs after {@code package}, in
 * the {@code integration-test} phase; checks the exit status, the printed summary and the three Parquet tables
 * against core.
 */
class SparkSubmitIT {

  @Test
  void theExampleJobRunsThroughSparkSubmitWithTheDocumentedJars() throws Exception {
    String dirProperty = System.getProperty("submit.it.dir");
    String javaOptions = System.getProperty("spark.java.options");
    assumeTrue(dirProperty != null && dirProperty.endsWith("submit-it") && javaOptions != null,
        "run by the core-only-executors execution of the POM, after package");
    Path dir = Path.of(dirProperty).toAbsolutePath();
    SparkHome.deleteTree(dir);
    Path sparkHome = dir.resolve("spark-home");
    Path jars = SparkHome.fill(sparkHome);
    Path inputsDir = Files.createDirectories(dir.resolve("inputs"));

    // what Spark lacks of io's dependencies, and this project's jars; the application jar holds the job
    List<Path> userJars = List.of(
        SparkHome.jarOf(Plan.class, "reform-indicators-core-0.1.0-SNAPSHOT", dir),
        SparkHome.jarOf(ReformIndicatorsIo.class, "reform-indicators-io-0.1.0-SNAPSHOT", dir),
        SparkHome.jarOf(org.apache.commons.math3.util.FastMath.class, "commons-math3", dir),
        SparkHome.jarOf(com.fasterxml.jackson.dataformat.yaml.YAMLFactory.class, "jackson-dataformat-yaml", dir),
        SparkHome.jarOf(org.yaml.snakeyaml.Yaml.class, "snakeyaml", dir));
    Path application = SparkHome.moduleJar(dir);
    try (var listed = Files.list(jars)) {
      List<String> sparks = listed.map(p -> p.getFileName().toString()).toList();
      assertFalse(sparks.stream().anyMatch(n -> n.startsWith("jackson-dataformat-yaml") || n.startsWith("snakeyaml")
          || n.startsWith("reform-indicators")), sparks::toString);
      assertTrue(sparks.stream().anyMatch(n -> n.startsWith("jackson-databind-2.21.")), sparks::toString);
    }
    assertEquals(documentedJars(), userJars.stream().map(p -> p.getFileName().toString()).toList(),
        "the --jars of docs/spark.md's spark-submit command");

    try {
      Inputs inputs = Inputs.write(inputsDir);
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx1g");
      command.addAll(Arrays.asList(javaOptions.trim().split("\\s+")));
      command.addAll(List.of("-cp", jars + File.separator + "*", "org.apache.spark.deploy.SparkSubmit",
          "--master", "local[2]",
          "--conf", "spark.ui.enabled=false", "--conf", "spark.driver.host=127.0.0.1",
          "--conf", "spark.sql.shuffle.partitions=4",
          "--class", ReformIndicatorsJob.class.getName(),
          "--jars", String.join(",", userJars.stream().map(Path::toString).toList()),
          application.toString()));
      command.addAll(inputs.args());
      Path stdout = dir.resolve("stdout.txt");
      Path stderr = dir.resolve("stderr.txt");
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
          .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
      builder.environment().put("SPARK_HOME", sparkHome.toString());
      builder.environment().put("SPARK_SCALA_VERSION", "2.13");
      Process process = builder.start();
      if (!process.waitFor(240, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError("spark-submit did not end in 240 s; " + tail(stderr));
      }
      assertEquals(0, process.exitValue(), () -> "spark-submit failed; " + tail(stderr));

      List<String> printed = Files.readAllLines(stdout, StandardCharsets.UTF_8);
      DerivationSummary summary = inputs.coreSummary();
      assertTrue(printed.containsAll(ReformIndicatorsJob.report(summary)), printed::toString);
      assertTrue(printed.contains("dossiers read: 600"), printed::toString);
      int clauses = LocalSpark.plan().targets().size();
      assertTrue(printed.contains("assessment rows: " + inputs.units().size() * clauses), printed::toString);

      SparkSession spark = LocalSpark.session();
      inputs.checkTables(spark);
      // every assessment row equals core's evaluation of the table and core's derived observations
      List<Observation> all = new ArrayList<>(inputs.table());
      all.addAll(SparkDerivationTest.core(SparkDerivationTest.plan1256(), inputs.records()));
      List<Row> expected = new ArrayList<>();
      PlanEvaluator.defaults().evaluateEach(LocalSpark.plan(), inputs.units(), ObservationSet.of(all),
          ReportingPeriod.parse("2025"), u -> expected.addAll(SparkEvaluation.rows(u)));
      List<Row> actual = spark.read().parquet(inputs.out().resolve("assessments").toString()).collectAsList();
      assertEquals(TestRows.sorted(expected), TestRows.sorted(actual));
    } finally {
      // the cluster IT runs in this JVM too, and getOrCreate would hand it this session instead of a local-cluster
      LocalSpark.session().stop();
    }
  }

  /** The file names of the {@code --jars} of docs/spark.md's {@code spark-submit} command. */
  private static List<String> documentedJars() throws IOException {
    String doc = Files.readString(Path.of(System.getProperty("reform.repo", "..")).resolve("docs/spark.md"));
    Matcher m = Pattern.compile("--jars (\\S+)").matcher(doc);
    assertTrue(m.find(), "docs/spark.md has no --jars");
    List<String> names = new ArrayList<>();
    for (String jar : m.group(1).split(",")) {
      names.add(jar.substring(jar.lastIndexOf('/') + 1));
    }
    return names;
  }

  private static String tail(Path log) {
    List<String> lines;
    try {
      lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return log + " unreadable: " + e;
    }
    return "last lines of " + log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40),
        lines.size()));
  }

}
