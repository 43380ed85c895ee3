package org.reformindicators.spark;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.derivation.Derivation;
import org.reformindicators.core.evaluation.PlanEvaluator;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.record.DossierRecord;

/**
 * The benchmark of issue 19, not a test (not run by {@code verify}): the evaluation of 3,321 generated units and
 * the derivation of N generated dossiers in Spark {@code local[2]}, beside core on one thread, in the same JVM.
 *
 * <p>Arguments: the number of dossiers (default 10,000,000) and of partitions (default 8). Dossiers are generated
 * on the fly by both sides from the same seeds (partition p: {@code SplittableRandom(p)}), so both times include
 * the generation and both sides see the same records; the derived observations are compared.
 */
public final class SparkBenchmark {

  private SparkBenchmark() {}

  /**
   * Runs the benchmark and prints its figures.
   *
   * @param args the number of dossiers and of partitions
   * @throws Exception if a run fails
   */
  public static void main(String[] args) throws Exception {
    long dossiers = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    int partitions = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    SparkSession spark = LocalSpark.session();

    // evaluation of 3,321 units (generated codes 00001…03321)
    Plan plan = LocalSpark.plan();
    List<AdministrativeUnit> units = LocalSpark.communes(3321);
    List<Observation> observations = LocalSpark.observationsOf(units, LocalSpark.bundledObservations());
    CalendarYear asOf = CalendarYear.of(2024);
    Dataset<Row> table = ObservationDatasets.of(spark, observations).repartition(partitions).cache();
    table.count();
    long t0 = System.nanoTime();
    long[] coreRows = new long[1];
    PlanEvaluator.defaults().evaluateEach(plan, units, ObservationSet.of(observations), asOf,
        u -> coreRows[0] += SparkEvaluation.rows(u).size());
    long t1 = System.nanoTime();
    long sparkRows = SparkEvaluation.evaluate(spark, plan, units, table, asOf).count();
    long t2 = System.nanoTime();
    System.out.printf(Locale.ROOT, "evaluation: %d units, %d observations: core 1 thread %.1f s (%d rows),"
        + " spark local[2] %.1f s (%d rows)%n", units.size(), observations.size(), (t1 - t0) / 1e9, coreRows[0],
        (t2 - t1) / 1e9, sparkRows);

    // derivation of N dossiers over the same 3,321 unit codes
    DerivationSource source = SparkDerivationTest.plan1256();
    List<String> codes = Dossiers.units(3321);
    long perPartition = dossiers / partitions;
    long t3 = System.nanoTime();
    Derivation derivation = Derivation.start(source.rules(), source.options());
    for (int p = 0; p < partitions; p++) {
      SplittableRandom random = new SplittableRandom(p);
      for (long i = 0; i < perPartition; i++) {
        derivation.accept(Dossiers.dossier(random, p * perPartition + i, codes));
      }
    }
    List<Observation> expected = new ArrayList<>(derivation.finish().observations());
    long t4 = System.nanoTime();
    FlatMapFunction<Long, Row> generate = p -> new Iterator<>() {
      private final SplittableRandom random = new SplittableRandom(p);
      private long i;

      @Override
      public boolean hasNext() {
        return i < perPartition;
      }

      @Override
      public Row next() {
        return row(Dossiers.dossier(random, p * perPartition + i++, codes));
      }
    };
    Dataset<Row> records = spark.range(0, partitions, 1, partitions).as(Encoders.LONG())
        .flatMap(generate, Encoders.row(DossierDatasets.SCHEMA));
    List<Observation> actual = new ArrayList<>(ObservationDatasets.collect(SparkDerivation.derive(records, source)));
    long t5 = System.nanoTime();
    expected.sort(SparkDerivationTest.ORDER);
    actual.sort(SparkDerivationTest.ORDER);
    System.out.printf(Locale.ROOT, "derivation: %d dossiers, %d observations: core 1 thread %.1f s,"
        + " spark local[2] %.1f s; equal: %b%n", perPartition * partitions, expected.size(), (t4 - t3) / 1e9,
        (t5 - t4) / 1e9, expected.equals(actual));
    spark.stop();
  }

  private static Row row(DossierRecord r) {
    return RowFactory.create(r.id(), r.unit().toString(), r.level().name(), r.agency(), r.procedure(),
        Date.valueOf(r.received()), r.due().map(Date::valueOf).orElse(null),
        r.completed().map(Date::valueOf).orElse(null), r.outcome().name(), r.channel().name(), r.onlineLevel().name(),
        r.feeBearing(), r.paidOnline(), r.dossierDigitised(), r.resultDigitised(), r.passedElectronically(),
        r.returnedForSupplement(), r.satisfaction().isPresent() ? r.satisfaction().getAsInt() : null);
  }
}
