package org.reformindicators.spark;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.derivation.Grouping;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.period.PeriodKind;
import org.reformindicators.core.record.DossierRecord;

/** Spark's derivation equals core's for generated dossiers, rules and options; few, small examples (Spark jobs). */
class SparkDerivationPropertiesTest {

  private static final PeriodKind[] KINDS = {PeriodKind.YEAR, PeriodKind.HALF_YEAR, PeriodKind.QUARTER,
    PeriodKind.MONTH};

  @Test
  void derivationOnSparkEqualsCoreForGeneratedInputs() {
    qt().withExamples(6).withShrinkCycles(0)
        .forAll(longs().all(), integers().between(1, 400), integers().between(1, 8), integers().between(0, 31))
        .checkAssert((seed, count, units, options) -> {
          List<DossierRecord> records = Dossiers.generate(seed, count, Dossiers.units(units));
          DerivationSource source = source(options);
          List<Observation> expected = SparkDerivationTest.core(source, records);
          List<Observation> actual =
              SparkDerivationTest.spark(SparkDerivation.derive(SparkDerivationTest.dossiers(records, 3), source));
          org.junit.jupiter.api.Assertions.assertEquals(expected, actual);
        });
  }

  /** Bits of {@code options}: the rule set (1), the period kind (2, 4), a breakdown by level or agency (8, 16). */
  private static DerivationSource source(int options) {
    try {
      DerivationSource source = (options & 1) == 0 ? SparkDerivationTest.plan1256()
          : DerivationSource.bundled("dvc-766")
              .withProcedures(LocalSpark.quangNgai().resolve("procedures-synthetic.csv"));
      source = source.withPeriodKind(KINDS[(options >> 1) & 3]);
      if ((options & 8) != 0) {
        source = source.withBy((options & 16) != 0 ? Grouping.AGENCY : Grouping.PROCEDURE);
      }
      return source;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
