package org.reformindicators.spark.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.reformindicators.core.area.UnitRegistry;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.derivation.DerivationSummary;
import org.reformindicators.core.period.PeriodKind;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.dossier.RuleSetReader;
import org.reformindicators.spark.DerivationSource;
import org.reformindicators.spark.DossierDatasets;
import org.reformindicators.spark.ObservationDatasets;
import org.reformindicators.spark.SparkDerivation;
import org.reformindicators.spark.SparkEvaluation;
import org.reformindicators.spark.SparkScoring;

/**
 * The example job for {@code spark-submit}, such as plan 1256 evaluated for every commune from a month of dossiers:
 * reads a dossier file (CSV, JSON Lines or Parquet) and optionally an observation table (CSV or Parquet), derives
 * observations with a rule set, evaluates a plan template for every unit of a unit registry as of a period,
 * optionally scores a composite index for every area and period, and writes three Parquet tables under the output
 * directory: {@code derived}, {@code assessments} and {@code scores}. It prints the row counts and core's
 * {@link DerivationSummary} of the dossiers it read ({@link #report}: records read, in progress, of unlisted
 * procedures, of unresolved units) to standard output.
 *
 * <p>Arguments ({@code --name value}): {@code --dossiers} (required; {@code .csv} with the dossier CSV's header,
 * {@code .jsonl} with the JSON Lines schema's camelCase names, anything else Parquet with {@link DossierDatasets}'
 * columns), {@code --rules} (required; a bundled rule set id such as {@code plan-1256}, or a rule file),
 * {@code --procedures} (a procedure list CSV), {@code --period-kind} ({@code YEAR} unless given), {@code
 * --observations} ({@code .csv} with the observation CSV's header, anything else Parquet), {@code --plan}
 * (required, a plan file), {@code --units} (required, a unit-registry file), {@code --as-of} (required, a period
 * such as {@code 2025}), {@code --methodology} (a bundled id such as {@code pci}, or a methodology file) and
 * {@code --out} (required, a directory). Not a library API: an example to copy.
 */
public final class ReformIndicatorsJob {

  private ReformIndicatorsJob() {}

  /**
   * Runs the job in the session {@code spark-submit} configures, then stops it.
   *
   * @param args the arguments, as in the class description
   * @throws IOException if an input cannot be read or has problems (io's located messages)
   * @throws IllegalArgumentException if an argument is missing or unknown; the message names it
   */
  public static void main(String[] args) throws IOException {
    SparkSession spark = SparkSession.builder().appName("reform-indicators").getOrCreate();
    try {
      run(spark, args, System.out);
    } finally {
      spark.stop();
    }
  }

  /**
   * Runs the job in a session.
   *
   * @param spark the session
   * @param args the arguments, as in the class description
   * @param out where the job reports what it wrote
   * @throws IOException if an input cannot be read or has problems (io's located messages)
   * @throws IllegalArgumentException if an argument is missing or unknown; the message names it
   */
  public static void run(SparkSession spark, String[] args, PrintStream out) throws IOException {
    Map<String, String> a = arguments(args);
    ReformIndicatorsIo io = ReformIndicatorsIo.create();
    String rules = required(a, "rules");
    DerivationSource source = RuleSetReader.BUNDLED.contains(rules)
        ? DerivationSource.bundled(rules)
        : DerivationSource.ruleFile(Path.of(rules));
    if (a.containsKey("procedures")) {
      source = source.withProcedures(Path.of(a.get("procedures")));
    }
    if (a.containsKey("period-kind")) {
      source = source.withPeriodKind(PeriodKind.valueOf(a.get("period-kind").toUpperCase(Locale.ROOT)));
    }
    Plan plan = io.readPlan(Path.of(required(a, "plan")));
    UnitRegistry units = io.readUnitRegistry(Path.of(required(a, "units")));
    ReportingPeriod asOf = ReportingPeriod.parse(required(a, "as-of"));
    Path target = Path.of(required(a, "out"));

    // read twice, by derive and by summarize
    Dataset<Row> dossiers = dossiers(spark, required(a, "dossiers")).cache();
    Dataset<Row> derived = SparkDerivation.derive(dossiers, source).cache();
    Dataset<Row> observations = derived;
    if (a.containsKey("observations")) {
      observations = conform(table(spark, a.get("observations")), ObservationDatasets.SCHEMA)
          .unionByName(derived);
    }
    observations = observations.cache();
    derived.write().mode("overwrite").parquet(target.resolve("derived").toString());
    out.println("derived observations: " + derived.count());
    report(SparkDerivation.summarize(dossiers, source)).forEach(out::println);

    Dataset<Row> assessments = SparkEvaluation.evaluate(spark, plan, units.all(), observations, asOf);
    assessments.write().mode("overwrite").parquet(target.resolve("assessments").toString());
    out.println("assessment rows: " + spark.read().parquet(target.resolve("assessments").toString()).count());

    if (a.containsKey("methodology")) {
      String m = a.get("methodology");
      CompositeIndex index = Files.exists(Path.of(m)) ? io.readMethodology(Path.of(m)) : io.bundledMethodology(m);
      SparkScoring.score(index, observations).write().mode("overwrite").parquet(target.resolve("scores").toString());
      out.println("score rows: " + spark.read().parquet(target.resolve("scores").toString()).count());
    }
  }

  /**
   * The lines the job prints about the dossiers it read, one per figure of core's summary, then one per example of
   * an unresolved unit: {@code dossiers read: 600}, {@code dossiers in progress: 41}, {@code dossiers of unlisted
   * procedures: 97}, {@code dossiers of unresolved units: 0}, {@code unresolved: …}.
   *
   * @param summary the summary of the derivation
   * @return the lines, without line separators
   * @throws NullPointerException if {@code summary} is null
   */
  public static List<String> report(DerivationSummary summary) {
    List<String> lines = new ArrayList<>(List.of(
        "dossiers read: " + summary.records(),
        "dossiers in progress: " + summary.inProgress(),
        "dossiers of unlisted procedures: " + summary.unlistedProcedures(),
        "dossiers of unresolved units: " + summary.unresolved()));
    summary.unresolvedExamples().forEach(e -> lines.add("unresolved: " + e));
    return lines;
  }

  /** Reads dossiers: CSV and JSON Lines as text cast to the contract's types, Parquet as it is. */
  static Dataset<Row> dossiers(SparkSession spark, String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".json")) {
      List<StructField> camel = new ArrayList<>();
      List<Column> renamed = new ArrayList<>();
      for (StructField f : DossierDatasets.SCHEMA.fields()) {
        String name = camelCase(f.name());
        DataType read = f.dataType().equals(DataTypes.DateType) ? DataTypes.StringType : f.dataType();
        camel.add(DataTypes.createStructField(name, read, true));
        renamed.add(col(name).cast(f.dataType()).as(f.name()));
      }
      return spark.read().schema(new StructType(camel.toArray(StructField[]::new))).option("mode", "FAILFAST")
          .json(path).select(renamed.toArray(Column[]::new));
    }
    return conform(table(spark, path), DossierDatasets.SCHEMA);
  }

  private static Dataset<Row> table(SparkSession spark, String path) {
    if (path.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      // every cell as text, then cast by name: the CSV's columns may come in any order and optional ones may lack
      return spark.read().option("header", "true").option("mode", "FAILFAST").csv(path);
    }
    return spark.read().parquet(path);
  }

  /** The contract's columns by name, cast to their types; an absent optional column as nulls. */
  private static Dataset<Row> conform(Dataset<Row> table, StructType contract) {
    List<String> present = List.of(table.columns());
    List<Column> columns = new ArrayList<>();
    for (StructField f : contract.fields()) {
      columns.add(present.contains(f.name())
          ? col(f.name()).cast(f.dataType()).as(f.name())
          : lit(null).cast(f.dataType()).as(f.name()));
    }
    return table.select(columns.toArray(Column[]::new));
  }

  private static String camelCase(String snake) {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return b.toString();
  }

  private static Map<String, String> arguments(String[] args) {
    List<String> known = List.of("dossiers", "rules", "procedures", "period-kind", "observations", "plan", "units",
        "as-of", "methodology", "out");
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      String name = args[i].startsWith("--") ? args[i].substring(2) : "";
      if (!known.contains(name) || i + 1 >= args.length) {
        throw new IllegalArgumentException("argument '" + args[i] + "' must be one of --" + String.join(", --", known)
            + ", followed by its value");
      }
      map.put(name, args[i + 1]);
    }
    return map;
  }

  private static String required(Map<String, String> a, String name) {
    String value = a.get(name);
    if (value == null) {
      throw new IllegalArgumentException("argument --" + name + " is required");
    }
    return value;
  }
}
