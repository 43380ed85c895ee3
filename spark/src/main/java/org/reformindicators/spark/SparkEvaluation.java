package org.reformindicators.spark;

import java.io.Serializable;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.evaluation.ClauseAssessment;
import org.reformindicators.core.evaluation.EvaluationSettings;
import org.reformindicators.core.evaluation.PlanEvaluator;
import org.reformindicators.core.evaluation.UnitAssessment;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.progress.ProgressMethod;
import org.reformindicators.core.progress.ProgressResult;
import org.reformindicators.core.target.BilingualText;
import org.reformindicators.spark.internal.ObservationRowReader;

/**
 * A plan template evaluated for every unit on a Spark cluster, such as the plan 1256 clauses for 3,321 communes as
 * of {@code 2025}.
 *
 * <p>The observations are grouped by area and each group meets its units on one executor, where core's {@link
 * PlanEvaluator#evaluate(Plan, AdministrativeUnit, ObservationSet, ReportingPeriod)} judges every clause: the same
 * engine, so each unit's rows equal those of {@link #rows(UnitAssessment)} applied to core's {@link
 * PlanEvaluator#evaluateEach(Plan, List, ObservationSet, ReportingPeriod)} on the same data. A unit's evaluation
 * reads only the observations of its own code, so grouping by area loses nothing. The plan, the settings and the
 * units are core values and travel in the task closure by Java serialization: the executors need core, not io.
 *
 * <p>The output has one row per unit and clause ({@link #SCHEMA}); column names follow the {@code plan-assessment}
 * format ({@code docs/formats/plan-assessment.md}):
 *
 * <table>
 *   <caption>Columns of the evaluation Dataset</caption>
 *   <tr><th>column</th><th>type</th><th>content</th></tr>
 *   <tr><td>{@code unit}</td><td>string</td><td>the unit's code, e.g. {@code 51}</td></tr>
 *   <tr><td>{@code validFrom}</td><td>date</td><td>the first day of the unit's validity, null when open</td></tr>
 *   <tr><td>{@code clauseId}</td><td>string</td><td>e.g. {@code T1b}, rows in plan order within a unit</td></tr>
 *   <tr><td>{@code status}</td><td>string</td><td>e.g. {@code ON_TRACK}</td></tr>
 *   <tr><td>{@code latestValue}, {@code latestPeriod}</td><td>double, string</td><td>the latest value counted and
 *   its period, null when none</td></tr>
 *   <tr><td>{@code applicableTargetValue}</td><td>double</td><td>the level required as of the assessment period,
 *   null when unknown</td></tr>
 *   <tr><td>{@code method}</td><td>string</td><td>the progress method's id, null when none ran</td></tr>
 *   <tr><td>{@code methodRatio}</td><td>double</td><td>the method's ratio of actual to required progress, as a
 *   fraction, positive is good; null when it gives none</td></tr>
 *   <tr><td>{@code explanationVi}, {@code explanationEn}</td><td>string</td><td>the explanation of the status
 *   ({@link ClauseAssessment#explanation()})</td></tr>
 * </table>
 *
 * <p>Stateless.
 */
public final class SparkEvaluation {

  /** The columns of the output, in order. */
  public static final StructType SCHEMA = new StructType(new StructField[] {
    field("unit", DataTypes.StringType, false),
    field("validFrom", DataTypes.DateType, true),
    field("clauseId", DataTypes.StringType, false),
    field("status", DataTypes.StringType, false),
    field("latestValue", DataTypes.DoubleType, true),
    field("latestPeriod", DataTypes.StringType, true),
    field("applicableTargetValue", DataTypes.DoubleType, true),
    field("method", DataTypes.StringType, true),
    field("methodRatio", DataTypes.DoubleType, true),
    field("explanationVi", DataTypes.StringType, false),
    field("explanationEn", DataTypes.StringType, false),
  });

  /** A unit's code and its position in the shipped list. */
  private static final StructType UNITS =
      new StructType(new StructField[] {field("area", DataTypes.StringType, false), field("unit", DataTypes.IntegerType,
          false)});

  private SparkEvaluation() {}

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }

  /**
   * Evaluates a plan template for every unit with the default settings.
   *
   * @param spark the session
   * @param plan the plan as written, for any unit
   * @param units the units, each a code with its validity, distinct
   * @param observations the observations of all the units, in the columns of {@link ObservationDatasets}
   * @param asOf the period every unit is assessed as of
   * @return one row per unit and clause ({@link #SCHEMA}), computed when an action runs
   * @throws NullPointerException if an argument or a unit is null
   * @throws IllegalArgumentException if the observation columns do not follow the contract or a unit appears twice
   */
  public static Dataset<Row> evaluate(
      SparkSession spark, Plan plan, List<? extends AdministrativeUnit> units, Dataset<Row> observations,
      ReportingPeriod asOf) {
    return evaluate(spark, plan, units, observations, asOf, EvaluationSettings.defaults());
  }

  /**
   * Evaluates a plan template for every unit.
   *
   * @param spark the session
   * @param plan the plan as written, for any unit
   * @param units the units, each a code with its validity, distinct
   * @param observations the observations of all the units, in the columns of {@link ObservationDatasets}
   * @param asOf the period every unit is assessed as of
   * @param settings the settings before each unit's successor facts are applied; their progress methods travel to
   *     the executors by Java serialization, so a custom method must implement {@link Serializable}
   * @return one row per unit and clause ({@link #SCHEMA}), computed when an action runs; a failing row of the
   *     observations fails the action with a message that names it
   * @throws NullPointerException if an argument or a unit is null
   * @throws IllegalArgumentException if the observation columns do not follow the contract, a unit appears twice, or
   *     a progress method of the settings is not {@link Serializable} (a custom method must be to be shipped)
   */
  public static Dataset<Row> evaluate(
      SparkSession spark,
      Plan plan,
      List<? extends AdministrativeUnit> units,
      Dataset<Row> observations,
      ReportingPeriod asOf,
      EvaluationSettings settings) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(asOf, "asOf");
    ObservationRowReader reader = ObservationDatasets.reader(Objects.requireNonNull(observations, "observations")
        .schema());
    Objects.requireNonNull(plan, "plan");
    requireSerializable(Objects.requireNonNull(settings, "settings"));
    String asOfText = asOf.toString();
    Set<AdministrativeUnit> seen = new HashSet<>();
    List<Row> unitRows = new ArrayList<>(units.size());
    List<AdministrativeUnit> shippedUnits = new ArrayList<>(units.size());
    for (AdministrativeUnit unit : units) {
      if (!seen.add(Objects.requireNonNull(unit, "unit"))) {
        throw new IllegalArgumentException(
            "units must be distinct, was " + unit.code() + " [" + unit.validity() + "] twice");
      }
      unitRows.add(RowFactory.create(unit.code().toString(), shippedUnits.size()));
      shippedUnits.add(unit);
    }
    // core values travel in the task closure by Java serialization; Spark broadcasts a stage's closure once
    List<AdministrativeUnit> unitList = List.copyOf(shippedUnits);
    Dataset<Row> unitSet = spark.createDataFrame(unitRows, UNITS);
    CoGroupFunction<String, Row, Row, Row> judge = (area, obs, us) -> {
      List<AdministrativeUnit> here = new ArrayList<>();
      us.forEachRemaining(u -> here.add(unitList.get(u.getInt(1))));
      if (here.isEmpty()) {
        return List.<Row>of().iterator();
      }
      here.sort(Comparator.comparing((AdministrativeUnit u) -> u.validFrom().map(Object::toString).orElse("")));
      List<Observation> list = new ArrayList<>();
      obs.forEachRemaining(r -> list.add(reader.read(r)));
      ObservationSet set = ObservationSet.of(list);
      PlanEvaluator evaluator = PlanEvaluator.of(settings);
      ReportingPeriod period = ReportingPeriod.parse(asOfText);
      List<Row> out = new ArrayList<>();
      for (AdministrativeUnit unit : here) {
        out.addAll(rows(evaluator.evaluate(plan, unit, set, period)));
      }
      return out.iterator();
    };
    return observations
        .groupByKey((MapFunction<Row, String>) reader::area, Encoders.STRING())
        .cogroup(unitSet.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING()), judge,
            Encoders.row(SCHEMA));
  }

  /** Refuses, on the driver, settings with a progress method that cannot travel to the executors. */
  private static void requireSerializable(EvaluationSettings settings) {
    List<ProgressMethod> methods = new ArrayList<>(settings.clauseMethods().values());
    settings.planMethod().ifPresent(methods::add);
    for (ProgressMethod method : methods) {
      if (!(method instanceof Serializable)) {
        throw new IllegalArgumentException("progress method " + method.id() + " (" + method.getClass().getName()
            + ") must implement java.io.Serializable to be shipped to the executors; the built-in methods do");
      }
    }
  }

  /**
   * Returns the rows of one unit's assessment, one per clause in plan order, as {@link #evaluate} gives them.
   *
   * @param unit the unit's assessment
   * @return the rows, in the order of {@link #SCHEMA}
   * @throws NullPointerException if {@code unit} is null
   */
  public static List<Row> rows(UnitAssessment unit) {
    Objects.requireNonNull(unit, "unit");
    Date from = unit.unit().validFrom().map(Date::valueOf).orElse(null);
    List<Row> out = new ArrayList<>();
    for (ClauseAssessment c : unit.assessment().clauses()) {
      ProgressResult method = c.methodResult().orElse(null);
      BilingualText text = c.explanation();
      out.add(RowFactory.create(
          unit.unitCode().toString(),
          from,
          c.clauseId().toString(),
          c.status().name(),
          c.latestValue().isPresent() ? c.latestValue().getAsDouble() : null,
          c.latestPeriod().map(Object::toString).orElse(null),
          c.applicableTargetValue().isPresent() ? c.applicableTargetValue().getAsDouble() : null,
          method == null ? null : method.methodId(),
          method != null && method.ratio().isPresent() ? method.ratio().getAsDouble() : null,
          text.vi(),
          text.en()));
    }
    return out;
  }
}
