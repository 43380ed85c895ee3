package org.reformindicators.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.derivation.DateBasis;
import org.reformindicators.core.derivation.Derivation;
import org.reformindicators.core.derivation.Grouping;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.period.PeriodKind;
import org.reformindicators.core.record.DossierRecord;

class SparkDerivationTest {

  static final Comparator<Observation> ORDER =
      Comparator.comparing((Observation o) -> o.indicator().toString())
          .thenComparing(Observation::unit)
          .thenComparing(o -> o.breakdown().toString())
          .thenComparing(Observation::period)
          .thenComparing(o -> o.note().orElse(""));

  static DerivationSource plan1256() throws IOException {
    return DerivationSource.bundled("plan-1256")
        .withProcedures(LocalSpark.quangNgai().resolve("procedures-synthetic.csv"));
  }

  static List<Observation> core(DerivationSource source, List<DossierRecord> records) {
    Derivation derivation = Derivation.start(source.rules(), source.options());
    records.forEach(derivation);
    List<Observation> out = new ArrayList<>(derivation.finish().observations());
    out.sort(ORDER);
    return out;
  }

  static List<Observation> spark(Dataset<Row> derived) {
    List<Observation> out = new ArrayList<>(ObservationDatasets.collect(derived));
    out.sort(ORDER);
    return out;
  }

  static Dataset<Row> dossiers(List<DossierRecord> records, int partitions) {
    return DossierDatasets.of(LocalSpark.session(), records).repartition(partitions);
  }

  @Test
  void plan1256ByYearEqualsCoreOnTheSameRecords() throws IOException {
    List<DossierRecord> records = Dossiers.generate(1256, 4000, Dossiers.units(12));
    DerivationSource source = plan1256();
    List<Observation> expected = core(source, records);
    assertFalse(expected.isEmpty());
    assertTrue(expected.stream().anyMatch(o -> o.numerator().isPresent() && o.denominator().getAsDouble() > 1));
    assertEquals(expected, spark(SparkDerivation.derive(dossiers(records, 5), source)));
  }

  @Test
  void dvc766QuarterlyByAgencyEqualsCore() throws IOException {
    List<DossierRecord> records = Dossiers.generate(766, 3000, Dossiers.units(5));
    DerivationSource source = DerivationSource.bundled("dvc-766")
        .withProcedures(LocalSpark.quangNgai().resolve("procedures-synthetic.csv"))
        .withPeriodKind(PeriodKind.QUARTER)
        .withBy(Grouping.AGENCY)
        .withDate(DateBasis.RECEIVED);
    List<Observation> expected = core(source, records);
    assertTrue(expected.stream().anyMatch(o -> o.breakdown().toString().equals("AGENCY=H48.31")));
    assertEquals(expected, spark(SparkDerivation.derive(dossiers(records, 3), source)));
  }

  @Test
  void communesReaggregateToTheirProvinceAsCoreDerivesTheProvince() throws IOException {
    List<String> communes = Dossiers.units(20);
    List<DossierRecord> records = Dossiers.generate(51, 4000, communes);
    Map<String, String> parentOf = new HashMap<>();
    for (int i = 0; i < communes.size(); i++) {
      parentOf.put(communes.get(i), i < 10 ? "51" : "62");
    }
    DerivationSource source = plan1256().withPeriodKind(PeriodKind.HALF_YEAR);
    List<DossierRecord> asProvinces = new ArrayList<>();
    for (DossierRecord r : records) {
      asProvinces.add(DossierRecord.builder().from(r).unit(UnitCode.of(parentOf.get(r.unit().toString()))).build());
    }
    Dataset<Row> derived = SparkDerivation.derive(dossiers(records, 4), source);
    List<Observation> provinces = spark(SparkDerivation.reaggregate(derived, parentOf, source));
    assertEquals(core(source, asProvinces), provinces);
    assertEquals(List.of("51", "62"), provinces.stream().map(o -> o.unit().toString()).distinct().sorted().toList());
  }

  @Test
  void aMissingOrMistypedColumnIsNamedBeforeAnyJob() {
    Dataset<Row> records = DossierDatasets.of(LocalSpark.session(), Dossiers.generate(1, 3, Dossiers.units(2)));
    Dataset<Row> bad = records.drop("channel").withColumn("satisfaction", col("satisfaction").cast("string"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SparkDerivation.derive(bad, plan1256()));
    assertEquals("dossier Dataset does not follow the dossier contract: required column 'channel' (string) is"
        + " missing; column 'satisfaction' must be of type integer, was string (cast it, e.g."
        + " col(\"satisfaction\").cast(\"integer\")); its columns are [id, unit, level, agency, procedure, received,"
        + " due, completed, outcome, online_level, fee_bearing, paid_online, dossier_digitised,"
        + " result_digitised, passed_electronically, returned_for_supplement, satisfaction]",
        e.getMessage());
  }

  @Test
  void aBadRowFailsTheActionNamingTheDossierAndTheRule() throws IOException {
    Dataset<Row> records = DossierDatasets.of(LocalSpark.session(), Dossiers.generate(2, 20, Dossiers.units(2)))
        .withColumn("fee_bearing", lit(false))
        .withColumn("paid_online", lit(true));
    Dataset<Row> derived = SparkDerivation.derive(records, plan1256());
    Exception e = assertThrows(Exception.class, derived::collectAsList);
    String messages = causes(e);
    assertTrue(messages.contains("dossier row (id SYN-"), messages);
    assertTrue(messages.contains("paidOnline requires feeBearing true"), messages);
  }

  @Test
  void aRuleNeedingTheProcedureListIsRefusedOnTheDriver() throws IOException {
    Dataset<Row> records = DossierDatasets.of(LocalSpark.session(), Dossiers.generate(1, 3, Dossiers.units(2)));
    DerivationSource source = DerivationSource.bundled("plan-1256");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SparkDerivation.derive(records, source));
    assertTrue(e.getMessage().contains("but no procedure list was given"), e.getMessage());
  }

  static String causes(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }
}
