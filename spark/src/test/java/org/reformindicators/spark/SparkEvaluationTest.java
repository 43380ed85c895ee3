package org.reformindicators.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.evaluation.EvaluationSettings;
import org.reformindicators.core.evaluation.PlanEvaluator;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.progress.EurostatMethod;
import org.reformindicators.core.progress.ParameterValues;
import org.reformindicators.core.progress.ProgressInput;
import org.reformindicators.core.progress.ProgressMethod;
import org.reformindicators.core.progress.ProgressResult;

class SparkEvaluationTest {

  private final SparkSession spark = LocalSpark.session();

  @Test
  void everyUnitsRowsEqualCoresEvaluateEach() {
    Plan plan = LocalSpark.plan();
    List<AdministrativeUnit> units = LocalSpark.communes(24);
    // the last unit has no observation at all: it is still evaluated (not assessable), as core does
    List<Observation> observations =
        LocalSpark.observationsOf(units.subList(0, units.size() - 1), LocalSpark.bundledObservations());
    CalendarYear asOf = CalendarYear.of(2024);

    List<Row> expected = new ArrayList<>();
    PlanEvaluator.defaults().evaluateEach(plan, units, ObservationSet.of(observations), asOf,
        u -> expected.addAll(SparkEvaluation.rows(u)));

    Dataset<Row> out = SparkEvaluation.evaluate(
        spark, plan, units, ObservationDatasets.of(spark, observations).repartition(3), asOf);
    List<Row> actual = new ArrayList<>(out.collectAsList());

    assertEquals(SparkEvaluation.SCHEMA, out.schema());
    assertEquals(units.size() * plan.targets().size(), actual.size());
    assertEquals(TestRows.sorted(expected), TestRows.sorted(actual));
  }

  @Test
  void aMissingColumnIsNamedBeforeAnyJob() {
    Dataset<Row> noPeriod = ObservationDatasets.of(spark, LocalSpark.bundledObservations()).drop("period");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SparkEvaluation.evaluate(
        spark, LocalSpark.plan(), LocalSpark.communes(1), noPeriod, CalendarYear.of(2024)));
    assertTrue(e.getMessage().contains("required column 'period' (string) is missing"), e.getMessage());
  }

  @Test
  void aMistypedColumnIsNamedWithItsType() {
    Dataset<Row> textValue = ObservationDatasets.of(spark, LocalSpark.bundledObservations())
        .withColumn("value", org.apache.spark.sql.functions.col("value").cast("string"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ObservationDatasets.check(textValue));
    assertTrue(e.getMessage().contains("column 'value' must be of type double, was string"), e.getMessage());
  }

  @Test
  void aUnitTwiceIsRefused() {
    List<AdministrativeUnit> twice = new ArrayList<>(LocalSpark.communes(2));
    twice.add(twice.get(0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SparkEvaluation.evaluate(
        spark, LocalSpark.plan(), twice, ObservationDatasets.of(spark, List.of()), CalendarYear.of(2024)));
    assertEquals("units must be distinct, was 00001 [" + twice.get(0).validity() + "] twice", e.getMessage());
  }

  @Test
  void aProgressMethodThatCannotTravelIsRefusedOnTheDriver() {
    ProgressMethod eurostat = EurostatMethod.defaults();
    // a custom method that is not Serializable: it could not reach the executors
    ProgressMethod custom = new ProgressMethod() {
      @Override
      public String id() {
        return "custom-trend";
      }

      @Override
      public ParameterValues parameters() {
        return eurostat.parameters();
      }

      @Override
      public ProgressResult assess(ProgressInput input) {
        return eurostat.assess(input);
      }
    };
    EvaluationSettings settings = EvaluationSettings.builder().planMethod(custom).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SparkEvaluation.evaluate(spark,
        LocalSpark.plan(), LocalSpark.communes(1), ObservationDatasets.of(spark, List.of()), CalendarYear.of(2024),
        settings));
    assertTrue(e.getMessage().startsWith("progress method custom-trend ("), e.getMessage());
    assertTrue(e.getMessage().contains("must implement java.io.Serializable"), e.getMessage());
  }

}
