package org.reformindicators.spark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.composite.ComponentCode;
import org.reformindicators.core.composite.CompositeCalculator;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.composite.CompositeResult;
import org.reformindicators.core.composite.DataMatrix;
import org.reformindicators.core.composite.IndexNode;
import org.reformindicators.core.composite.ranking.Ranking;
import org.reformindicators.core.composite.uncertainty.UncertaintyAnalysis;
import org.reformindicators.core.composite.uncertainty.UncertaintyOptions;
import org.reformindicators.core.composite.uncertainty.UncertaintyResult;
import org.reformindicators.core.composite.uncertainty.UnitRankInterval;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.spark.internal.ObservationRowReader;

/**
 * A composite index scored and ranked for every area and period on a Spark cluster, such as the PCI of 63
 * provinces for every year from 2006.
 *
 * <p>The observations of the index's leaves (total breakdown, value present) are grouped by period; each period's
 * areas meet on one executor, where core's {@link CompositeCalculator#evaluate(CompositeIndex, DataMatrix)} gives
 * the exact totals rounded as the methodology publishes them and {@link CompositeResult#ranking()} ranks them
 * exactly as core ranks (ties share a rank; on the published totals, with the methodology's ranking method). With
 * an uncertainty analysis, each period's {@link UncertaintyAnalysis#run(CompositeIndex, DataMatrix,
 * UncertaintyOptions)} runs on the same executor with core's seeded draws, so the periods run in parallel and each
 * rank interval equals core's; one analysis's draws are not split across executors. The matrix of a period has one
 * row per area in ascending order of its code, as {@link #matrix(CompositeIndex, List)} builds it.
 *
 * <p>Output ({@link #SCHEMA}): {@code period}, {@code area} (strings); {@code total} (double, the published
 * total, null when the area is not scored); {@code rank} (double, null when unranked); {@code universe} (integer,
 * the number of areas ranked in the period); {@code medianRank}, {@code lowerRank}, {@code upperRank} (doubles,
 * the rank interval, null without an analysis). Stateless.
 */
public final class SparkScoring {

  /** The columns of the output, in order. */
  public static final StructType SCHEMA = new StructType(new StructField[] {
    field("period", DataTypes.StringType, false),
    field("area", DataTypes.StringType, false),
    field("total", DataTypes.DoubleType, true),
    field("rank", DataTypes.DoubleType, true),
    field("universe", DataTypes.IntegerType, false),
    field("medianRank", DataTypes.DoubleType, true),
    field("lowerRank", DataTypes.DoubleType, true),
    field("upperRank", DataTypes.DoubleType, true),
  });

  private SparkScoring() {}

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }

  /**
   * Scores and ranks every area in every period, without an uncertainty analysis.
   *
   * @param index the methodology
   * @param observations the observations, in the columns of {@link ObservationDatasets}
   * @return one row per area and period with a leaf value ({@link #SCHEMA}), computed when an action runs
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the observation columns do not follow the contract
   */
  public static Dataset<Row> score(CompositeIndex index, Dataset<Row> observations) {
    return run(index, observations, null, 0, 0L);
  }

  /**
   * Scores and ranks every area in every period, with one uncertainty analysis per period.
   *
   * @param index the methodology
   * @param observations the observations, in the columns of {@link ObservationDatasets}
   * @param draws the Monte Carlo draws of each analysis, 1 to {@link UncertaintyOptions#MAX_DRAWS}
   * @param seed the seed of every analysis, as core's
   * @param weightNoiseByDepth the relative weight noise of depth 1, 2, …, each within [0, 1)
   * @return one row per area and period with a leaf value ({@link #SCHEMA}), computed when an action runs
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the observation columns do not follow the contract or an option is out of
   *     range (checked on the driver)
   */
  public static Dataset<Row> score(
      CompositeIndex index, Dataset<Row> observations, int draws, long seed, double... weightNoiseByDepth) {
    options(draws, seed, Objects.requireNonNull(weightNoiseByDepth, "weightNoiseByDepth"));
    return run(index, observations, weightNoiseByDepth.clone(), draws, seed);
  }

  private static UncertaintyOptions options(int draws, long seed, double[] noise) {
    return UncertaintyOptions.builder().draws(draws).seed(seed).weightNoise(noise).build();
  }

  private static Dataset<Row> run(
      CompositeIndex index, Dataset<Row> observations, double[] noise, int draws, long seed) {
    ObservationRowReader reader =
        ObservationDatasets.reader(Objects.requireNonNull(observations, "observations").schema());
    // the methodology is a core value and travels in the task closure by Java serialization
    CompositeIndex methodology = Objects.requireNonNull(index, "index");
    FlatMapGroupsFunction<String, Row, Row> scorePeriod = (period, rows) -> {
      List<Observation> list = new ArrayList<>();
      rows.forEachRemaining(r -> list.add(reader.read(r)));
      if (!hasLeafValue(methodology, list)) {
        // a period with observations of other indicators only, such as derived ones, has nothing to score
        return new ArrayList<Row>().iterator();
      }
      UncertaintyOptions options = noise == null ? null : options(draws, seed, noise);
      return rows(methodology, period, matrix(methodology, list), options).iterator();
    };
    return observations
        .groupByKey((MapFunction<Row, String>) reader::period, Encoders.STRING())
        .flatMapGroups(scorePeriod, Encoders.row(SCHEMA));
  }

  private static boolean hasLeafValue(CompositeIndex index, List<Observation> observations) {
    List<ComponentCode> leaves = new ArrayList<>();
    for (IndexNode node : index.root().nodes()) {
      if (node.isLeaf()) {
        leaves.add(node.code());
      }
    }
    for (Observation o : observations) {
      if (leaves.contains(ComponentCode.of(o.indicator())) && o.breakdown().equals(BreakdownKey.TOTAL)
          && o.value().isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the data matrix of one period's observations: one row per area with a value of a leaf, in ascending
   * order of the area code, one column per leaf of the index; observations of other indicators, of a breakdown
   * or without a value are not read.
   *
   * @param index the methodology
   * @param observations the observations of one period
   * @return the matrix, an empty cell where an area lacks a leaf
   * @throws IllegalArgumentException if an area has two values of one leaf; the message names both
   */
  public static DataMatrix matrix(CompositeIndex index, List<Observation> observations) {
    List<ComponentCode> leaves = new ArrayList<>();
    for (IndexNode node : index.root().nodes()) {
      if (node.isLeaf()) {
        leaves.add(node.code());
      }
    }
    Map<UnitCode, BigDecimal[]> byArea = new TreeMap<>();
    for (Observation o : observations) {
      int column = leaves.indexOf(ComponentCode.of(o.indicator()));
      if (column < 0 || !o.breakdown().equals(BreakdownKey.TOTAL) || o.value().isEmpty()) {
        continue;
      }
      BigDecimal[] row = byArea.computeIfAbsent(o.unit(), a -> new BigDecimal[leaves.size()]);
      BigDecimal value = BigDecimal.valueOf(o.value().getAsDouble());
      if (row[column] != null) {
        throw new IllegalArgumentException("area " + o.unit() + ", period " + o.period() + ": two values of "
            + o.indicator() + ", " + row[column].toPlainString() + " and " + value.toPlainString());
      }
      row[column] = value;
    }
    DataMatrix.Builder builder = DataMatrix.builder(leaves);
    byArea.forEach(builder::row);
    return builder.build();
  }

  /**
   * Returns the rows of one period as {@link #score} gives them: core's totals, ranking and rank intervals.
   *
   * @param index the methodology
   * @param period the period's text
   * @param matrix the period's data
   * @param uncertainty the options of the analysis, or null for none
   * @return one row per area of the matrix, in its order
   * @throws org.reformindicators.core.composite.MissingDataException if a value is missing and the methodology's
   *     policy forbids it
   */
  public static List<Row> rows(CompositeIndex index, String period, DataMatrix matrix, UncertaintyOptions uncertainty) {
    List<Row> out = new ArrayList<>();
    if (matrix.units().isEmpty()) {
      return out;
    }
    CompositeResult result = CompositeCalculator.evaluate(index, matrix);
    Ranking ranking = result.ranking();
    UncertaintyResult analysis = uncertainty == null ? null : UncertaintyAnalysis.run(index, matrix, uncertainty);
    for (UnitCode area : result.units()) {
      UnitRankInterval interval = analysis == null ? null : analysis.interval(area).orElse(null);
      out.add(RowFactory.create(
          period,
          area.value(),
          result.total(area).map(BigDecimal::doubleValue).orElse(null),
          ranking.rank(area).isPresent() ? ranking.rank(area).getAsDouble() : null,
          ranking.universe(),
          interval == null ? null : interval.medianRank(),
          interval == null ? null : interval.lowerRank(),
          interval == null ? null : interval.upperRank()));
    }
    return out;
  }
}
