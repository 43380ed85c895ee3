package org.reformindicators.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.derivation.Aggregation;
import org.reformindicators.core.derivation.Derivation;
import org.reformindicators.core.derivation.DerivationOptions;
import org.reformindicators.core.derivation.DerivationRule;
import org.reformindicators.core.derivation.DerivationSummary;
import org.reformindicators.core.derivation.Grouping;
import org.reformindicators.core.derivation.RuleSet;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.spark.internal.DossierRowReader;
import org.reformindicators.spark.internal.ObservationRowReader;

/**
 * The record-derivation rules run as a Spark aggregation over a Dataset of dossiers, such as T5 of plan 1256 for
 * every commune and year from ten million dossiers.
 *
 * <p>Each partition of the dossiers is read by one core {@link Derivation} on an executor, which keeps only its
 * counters; its observations carry the partition's numerators and denominators (for a count, the count as the
 * value). Spark then sums the numerators and denominators per indicator, unit, period, breakdown and note, and
 * each sum is turned back into a value with the rule's {@link Aggregation} and scale, by core's formulas: a ratio
 * is scale × Σn ÷ Σd (Decision 766/QĐ-TTg: "tỷ lệ = tử số ÷ mẫu số × 100%"), a mean Σs ÷ Σc, a count Σd. Counts are
 * whole numbers, so the sums are exact in any order and the observations equal core's single-machine derivation
 * on the same records. {@link #reaggregate} applies the same sum to derived observations of communes mapped to
 * their province, which equals a derivation with the dossiers attributed to the province.
 *
 * <p>With a unit registry in the source ({@link DerivationSource#withRegistry}), each partition's derivation
 * attributes dossiers as core's does (an abolished unit's dossiers through its successor links); {@link #summarize}
 * gives core's {@link DerivationSummary} of the same dossiers. The rules and options are core values and travel in
 * the task closure by Java serialization: the executors run core, not io.
 *
 * <p>Output: the columns of {@link ObservationDatasets#SCHEMA}, one row per rule and group with at least one
 * dossier counted, with {@code numerator} and {@code denominator} for ratios and means. Stateless.
 */
public final class SparkDerivation {

  private static final String[] KEY = {"indicator", "area", "period", "breakdown", "note"};

  /** One partition's summary. */
  private static final StructType SUMMARY = new StructType(new StructField[] {
    DataTypes.createStructField("partition", DataTypes.IntegerType, false),
    DataTypes.createStructField("records", DataTypes.LongType, false),
    DataTypes.createStructField("unresolved", DataTypes.LongType, false),
    DataTypes.createStructField("inProgress", DataTypes.LongType, false),
    DataTypes.createStructField("unlisted", DataTypes.LongType, false),
    DataTypes.createStructField("examples", DataTypes.createArrayType(DataTypes.StringType, false), false),
  });

  private SparkDerivation() {}

  /**
   * Derives observations from every dossier.
   *
   * @param dossiers the dossiers, in the columns of {@link DossierDatasets}
   * @param source the rules and options
   * @return the derived observations ({@link ObservationDatasets#SCHEMA}), computed when an action runs; a bad
   *     dossier row fails the action with a message that names the dossier id, the column and the rule
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the dossier columns do not follow the contract, a rule or the grouping
   *     needs the procedure list and the source has none, or two rules of one indicator would give observations
   *     with the same breakdown (a rule grouped by the caller's own grouping beside a rule without one); checked on
   *     the driver
   */
  public static Dataset<Row> derive(Dataset<Row> dossiers, DerivationSource source) {
    DossierRowReader reader = DossierDatasets.reader(Objects.requireNonNull(dossiers, "dossiers").schema());
    RuleSet rules = Objects.requireNonNull(source, "source").rules();
    DerivationOptions options = source.options();
    ruleIndex(rules, options);
    // core's own check, on the driver: a rule or grouping that needs the procedure list when none is given
    Derivation.start(rules, options);
    MapPartitionsFunction<Row, Row> derivePartition = rows -> {
      Derivation derivation = Derivation.start(rules, options);
      while (rows.hasNext()) {
        derivation.accept(reader.read(rows.next()));
      }
      return rowsOf(derivation.finish().observations()).iterator();
    };
    return merge(dossiers.mapPartitions(derivePartition, ObservationDatasets.encoder()), rules, options);
  }

  /**
   * Returns core's summary of a derivation of every dossier: the records read, those whose unit could not be
   * resolved (with the first {@value DerivationSummary#MAX_EXAMPLES} examples in the Dataset's order), those in
   * progress and those of procedures missing from the list. Runs one Spark job now, which reads every dossier
   * (cache the Dataset first if reading it twice, here and for {@link #derive}, is costly).
   *
   * <p>Each partition is read by one core {@link Derivation}; its summary is additive, so Spark sums the counts of
   * the partitions and keeps the examples of the partitions in partition order, the first {@value
   * DerivationSummary#MAX_EXAMPLES} of them: the summary equals core's derivation of the records in the Dataset's
   * order (as {@code collectAsList} gives them).
   *
   * @param dossiers the dossiers, in the columns of {@link DossierDatasets}
   * @param source the rules and options
   * @return the summary; a bad dossier row fails the job with a message that names the dossier id, the column and
   *     the rule (wrapped in Spark's job failure)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the dossier columns do not follow the contract, or a rule or the grouping
   *     needs the procedure list and the source has none (checked on the driver)
   */
  public static DerivationSummary summarize(Dataset<Row> dossiers, DerivationSource source) {
    DossierRowReader reader = DossierDatasets.reader(Objects.requireNonNull(dossiers, "dossiers").schema());
    RuleSet rules = Objects.requireNonNull(source, "source").rules();
    DerivationOptions options = source.options();
    Derivation.start(rules, options);
    MapPartitionsFunction<Row, Row> summarizePartition = rows -> {
      Derivation derivation = Derivation.start(rules, options);
      while (rows.hasNext()) {
        derivation.accept(reader.read(rows.next()));
      }
      DerivationSummary s = derivation.finish().summary();
      return List.of(RowFactory.create(TaskContext.getPartitionId(), s.records(), s.unresolved(), s.inProgress(),
          s.unlistedProcedures(), s.unresolvedExamples().toArray(new String[0]))).iterator();
    };
    Row total = dossiers.mapPartitions(summarizePartition, Encoders.row(SUMMARY))
        .agg(sum("records"), sum("unresolved"), sum("inProgress"), sum("unlisted"),
            sort_array(collect_list(struct(col("partition"), col("examples")))))
        .first();
    List<String> examples = new ArrayList<>();
    for (Row partition : total.<Row>getList(4)) {
      for (String example : partition.<String>getList(1)) {
        if (examples.size() < DerivationSummary.MAX_EXAMPLES) {
          examples.add(example);
        }
      }
    }
    return new DerivationSummary(
        count(total, 0), count(total, 1), examples, count(total, 2), count(total, 3));
  }

  private static long count(Row sums, int at) {
    return sums.isNullAt(at) ? 0 : sums.getLong(at);
  }

  /**
   * Re-aggregates derived observations to the units above, such as communes to their province: numerators and
   * denominators summed per indicator, parent unit, period, breakdown and note, and each value recomputed with the
   * rule's aggregation and scale.
   *
   * @param derived observations derived with {@code source}, in the columns of {@link ObservationDatasets}, with
   *     their numerators and denominators
   * @param parentOf the unit above each unit code of {@code derived}, such as {@code "21025" → "51"}
   * @param source the rules and options the observations were derived with
   * @return the observations of the parent units ({@link ObservationDatasets#SCHEMA}), computed when an action
   *     runs; a row whose unit has no parent, or whose indicator and breakdown no rule gives, fails the action with
   *     a message that names it
   * @throws NullPointerException if an argument or an entry of {@code parentOf} is null
   * @throws IllegalArgumentException if the observation columns do not follow the contract, or two rules of one
   *     indicator would give observations with the same breakdown; checked on the driver
   */
  public static Dataset<Row> reaggregate(
      Dataset<Row> derived, Map<String, String> parentOf, DerivationSource source) {
    ObservationRowReader reader = ObservationDatasets.reader(Objects.requireNonNull(derived, "derived").schema());
    HashMap<String, String> parents = new HashMap<>(Objects.requireNonNull(parentOf, "parentOf"));
    parents.forEach((k, v) -> UnitCode.of(Objects.requireNonNull(v, "parent of " + k)));
    RuleSet rules = Objects.requireNonNull(source, "source").rules();
    DerivationOptions options = source.options();
    ruleIndex(rules, options);
    MapPartitionsFunction<Row, Row> toParents = rows -> {
      List<Row> out = new ArrayList<>();
      while (rows.hasNext()) {
        Observation o = reader.read(rows.next());
        String parent = parents.get(o.unit().toString());
        if (parent == null) {
          throw new IllegalArgumentException("observation of " + o.indicator() + ", area " + o.unit() + ", period "
              + o.period() + ": area " + o.unit() + " has no unit above it in the mapping given");
        }
        out.add(ObservationDatasets.row(Observation.builder().from(o).unit(UnitCode.of(parent)).build()));
      }
      return out.iterator();
    };
    return merge(derived.mapPartitions(toParents, ObservationDatasets.encoder()), rules, options);
  }

  /** Sums the partial observations (in {@link ObservationDatasets#SCHEMA}) per key and recomputes each value. */
  private static Dataset<Row> merge(Dataset<Row> partial, RuleSet rules, DerivationOptions options) {
    Dataset<Row> sums = partial
        .groupBy(col(KEY[0]), col(KEY[1]), col(KEY[2]), col(KEY[3]), col(KEY[4]))
        .agg(sum("numerator").as("numerator"), sum("denominator").as("denominator"), sum("value").as("value"));
    MapPartitionsFunction<Row, Row> recompute = rows -> {
      Map<String, DerivationRule> index = ruleIndex(rules, options);
      List<Row> out = new ArrayList<>();
      while (rows.hasNext()) {
        out.add(ObservationDatasets.row(observation(index, rows.next())));
      }
      return out.iterator();
    };
    return sums.mapPartitions(recompute, ObservationDatasets.encoder());
  }

  /**
   * Returns one observation from the sums of its group, by core's formulas ({@link Aggregation}); columns 0–4 are
   * the key, then the summed numerator, denominator and value.
   */
  private static Observation observation(Map<String, DerivationRule> rules, Row sums) {
    String indicator = sums.getString(0);
    BreakdownKey breakdown = sums.isNullAt(3) || sums.getString(3).isEmpty() ? BreakdownKey.TOTAL : BreakdownKey.parse(sums.getString(3));
    DerivationRule rule = rules.get(key(indicator, breakdown.dimensions()));
    String where = "derived observation of " + indicator + ", area " + sums.getString(1) + ", period "
        + sums.getString(2) + ", breakdown '" + breakdown + "'";
    if (rule == null) {
      throw new IllegalArgumentException(where + ": no rule of the rule set gives this indicator and breakdown");
    }
    Observation.Builder b = Observation.builder()
        .indicator(IndicatorCode.parse(indicator))
        .unit(UnitCode.of(sums.getString(1)))
        .period(ReportingPeriod.parse(sums.getString(2)))
        .breakdown(breakdown);
    if (!sums.isNullAt(4)) {
      b.note(sums.getString(4));
    }
    switch (rule.aggregation()) {
      case RATIO -> {
        long n = whole(sums, 5, where);
        long d = whole(sums, 6, where);
        b.value(n * rule.scale() / d).numerator(n).denominator(d);
      }
      case COUNT -> b.value(whole(sums, 7, where));
      case MEAN -> {
        long s = whole(sums, 5, where);
        long c = whole(sums, 6, where);
        b.value((double) s / c).numerator(s).denominator(c);
      }
    }
    return b.build();
  }

  /** A summed count as a whole number; the sums of whole doubles below 2^53 are exact in any order. */
  private static long whole(Row sums, int at, String where) {
    if (sums.isNullAt(at)) {
      throw new IllegalArgumentException(where + ": " + (at == 5 ? "numerator" : at == 6 ? "denominator" : "value")
          + " must be present to re-aggregate, was empty");
    }
    double value = sums.getDouble(at);
    if (value != Math.rint(value) || Math.abs(value) >= 0x1p53) {
      throw new IllegalArgumentException(where + ": counts must be whole numbers below 2^53, was " + value);
    }
    return (long) value;
  }

  /** The rules by indicator and breakdown dimensions, as their observations show them. */
  private static Map<String, DerivationRule> ruleIndex(RuleSet rules, DerivationOptions options) {
    Grouping by = options.by().orElse(null);
    Map<String, DerivationRule> index = new HashMap<>();
    for (DerivationRule rule : rules.rules()) {
      TreeSet<String> dimensions = new TreeSet<>();
      rule.groupBy().ifPresent(g -> dimensions.add(g.key()));
      if (by != null) {
        dimensions.add(by.key());
      }
      String key = key(rule.indicator().toString(), List.copyOf(dimensions));
      DerivationRule other = index.put(key, rule);
      if (other != null) {
        throw new IllegalArgumentException("rules " + describe(other) + " and " + describe(rule) + " of rule set "
            + rules.id() + " would give observations with the same breakdown when grouped by " + by
            + "; derive them separately");
      }
    }
    return index;
  }

  private static String describe(DerivationRule rule) {
    return rule.indicator() + rule.groupBy().map(g -> " by " + g).orElse("");
  }

  private static String key(String indicator, List<String> dimensions) {
    return indicator + '|' + String.join(";", dimensions);
  }

  private static List<Row> rowsOf(List<Observation> observations) {
    List<Row> rows = new ArrayList<>(observations.size());
    for (Iterator<Observation> it = observations.iterator(); it.hasNext(); ) {
      rows.add(ObservationDatasets.row(it.next()));
    }
    return rows;
  }
}
