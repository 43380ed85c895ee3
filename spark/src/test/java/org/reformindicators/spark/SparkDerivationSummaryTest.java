package org.reformindicators.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.area.VietnamUnits;
import org.reformindicators.core.derivation.Derivation;
import org.reformindicators.core.derivation.DerivationResult;
import org.reformindicators.core.derivation.DerivationSummary;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.record.DossierRecord;

/**
 * A derivation with a unit registry and its summary on Spark equal core's: dossiers of abolished provinces (Kon
 * Tum 62 into Quảng Ngãi 51, Bình Dương 74 into Hồ Chí Minh City 79 on 1 July 2025) count for their successors, an
 * unknown code is unresolved, a procedure missing from the list is counted as unlisted.
 */
class SparkDerivationSummaryTest {

  /** Province codes of the 2025 registry, two of them abolished on 1 July 2025, and a code no unit has. */
  private static final List<String> UNITS = List.of("62", "51", "74", "79", "01", "99999");

  /** Core's derivation of the records in the order the Dataset holds them. */
  private static DerivationResult coreInDatasetOrder(DerivationSource source, List<DossierRecord> records,
      Dataset<Row> dossiers) {
    Map<String, DossierRecord> byId = new HashMap<>();
    records.forEach(r -> byId.put(r.id(), r));
    Derivation derivation = Derivation.start(source.rules(), source.options());
    for (Row row : dossiers.select("id").collectAsList()) {
      derivation.accept(byId.get(row.getString(0)));
    }
    return derivation.finish();
  }

  private static void check(long seed, int count, int partitions) throws IOException {
    List<DossierRecord> records = Dossiers.generate(seed, count, UNITS);
    DerivationSource source = SparkDerivationTest.plan1256().withRegistry(VietnamUnits.registry());
    Dataset<Row> dossiers = SparkDerivationTest.dossiers(records, partitions).cache();
    try {
      DerivationResult expected = coreInDatasetOrder(source, records, dossiers);
      List<Observation> expectedObservations = new ArrayList<>(expected.observations());
      expectedObservations.sort(SparkDerivationTest.ORDER);
      assertEquals(expectedObservations, SparkDerivationTest.spark(SparkDerivation.derive(dossiers, source)));
      DerivationSummary summary = SparkDerivation.summarize(dossiers, source);
      assertEquals(expected.summary(), summary);
      assertEquals(count, summary.records());
    } finally {
      dossiers.unpersist();
    }
  }

  @Test
  void abolishedUnitsCountForTheirSuccessorsAndTheSummaryEqualsCore() throws IOException {
    List<DossierRecord> records = Dossiers.generate(766, 3000, UNITS);
    DerivationSource source = SparkDerivationTest.plan1256().withRegistry(VietnamUnits.registry());
    DerivationSummary summary = SparkDerivation.summarize(SparkDerivationTest.dossiers(records, 4), source);
    // one in six codes is unknown, one in six procedures unlisted: the summary sees them
    assertTrue(summary.unresolved() > 300, summary::toString);
    assertEquals(DerivationSummary.MAX_EXAMPLES, summary.unresolvedExamples().size());
    assertTrue(summary.unresolvedExamples().stream().anyMatch(e -> e.endsWith("unit '99999' is not in the unit registry")),
        summary.unresolvedExamples()::toString);
    assertTrue(summary.unlistedProcedures() > 300, summary::toString);
    assertTrue(summary.inProgress() > 0, summary::toString);
    List<Observation> derived = SparkDerivationTest.spark(
        SparkDerivation.derive(SparkDerivationTest.dossiers(records, 4), source));
    assertFalse(derived.stream().anyMatch(o -> o.unit().equals(UnitCode.of("99999"))));
    assertTrue(derived.stream().anyMatch(o -> o.unit().equals(UnitCode.of("51"))));
    check(766, 3000, 4);
  }

  @Test
  void summaryAndObservationsEqualCoreForGeneratedDossiers() {
    qt().withExamples(3).withShrinkCycles(0)
        .forAll(longs().all(), integers().between(0, 600), integers().between(1, 6))
        .checkAssert((seed, count, partitions) -> {
          try {
            check(seed, count, partitions);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }
}
