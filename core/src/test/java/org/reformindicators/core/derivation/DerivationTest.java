package org.reformindicators.core.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformindicators.core.derivation.Dossiers.dossier;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.VietnamUnits;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.period.PeriodKind;
import org.reformindicators.core.record.DossierOutcome;
import org.reformindicators.core.record.DossierRecord;
import org.reformindicators.core.record.HandlingLevel;
import org.reformindicators.core.record.OnlineServiceLevel;
import org.reformindicators.core.record.Procedure;
import org.reformindicators.core.record.ProcedureList;

/**
 * Hand-computed derivations over six dossiers of unit 51: completed on time (a), completed late (b), refused after
 * a return for supplement (c), withdrawn (d), in progress (e), and received in December 2024 but completed in
 * January 2025 (f), crossing a period boundary.
 */
class DerivationTest {

  private static final Condition HANDLED = Condition.where(RecordField.OUTCOME, "COMPLETED", "REFUSED");

  static final DerivationRule ELECTRONIC =
      DerivationRule.builder()
          .indicator(IndicatorCode.of("ELECTRONIC"))
          .aggregation(Aggregation.RATIO)
          .population(HANDLED)
          .numerator(Condition.where(RecordField.PASSED_ELECTRONICALLY, "true"))
          .definition("test rule")
          .build();
  static final DerivationRule NOT_LATE =
      DerivationRule.builder()
          .indicator(IndicatorCode.of("NOT_LATE"))
          .aggregation(Aggregation.RATIO)
          .population(HANDLED)
          .numerator(Condition.where(RecordField.LATE, "false"))
          .definition("test rule")
          .build();
  static final DerivationRule RECEIVED =
      DerivationRule.builder()
          .indicator(IndicatorCode.of("RECEIVED"))
          .aggregation(Aggregation.COUNT)
          .date(DateBasis.RECEIVED)
          .definition("test rule")
          .build();
  static final DerivationRule SATISFACTION =
      DerivationRule.builder()
          .indicator(IndicatorCode.of("SATISFACTION"))
          .aggregation(Aggregation.MEAN)
          .meanOf(MeanOf.SATISFACTION)
          .definition("test rule")
          .build();
  static final RuleSet RULES =
      RuleSet.builder().id("test").name("test").source("test").addRules(ELECTRONIC, NOT_LATE, RECEIVED, SATISFACTION)
          .build();

  static final List<DossierRecord> SIX =
      List.of(
          dossier("51", DossierOutcome.COMPLETED, "2024-03-01", "2024-03-05", "2024-03-04",
              b -> b.passedElectronically(true)),
          dossier("51", DossierOutcome.COMPLETED, "2024-05-01", "2024-05-05", "2024-05-09", b -> b.satisfaction(2)),
          dossier("51", DossierOutcome.REFUSED, "2024-06-01", "2024-06-10", "2024-06-05",
              b -> b.passedElectronically(true).returnedForSupplement(true)),
          dossier("51", DossierOutcome.WITHDRAWN, "2024-07-01", null, "2024-07-02"),
          dossier("51", DossierOutcome.IN_PROGRESS, "2024-11-01", "2024-11-20", null),
          dossier("51", DossierOutcome.COMPLETED, "2024-12-28", "2025-01-05", "2025-01-03",
              b -> b.passedElectronically(true).satisfaction(5)));

  static DerivationResult derive(RuleSet rules, DerivationOptions options, List<DossierRecord> records) {
    Derivation derivation = Derivation.start(rules, options);
    records.forEach(derivation);
    return derivation.finish();
  }

  /** Observations as {@code INDICATOR unit period breakdown -> value n/d}. */
  static Map<String, String> table(DerivationResult result) {
    return result.observations().stream()
        .collect(
            Collectors.toMap(
                o -> o.indicator() + " " + o.unit() + " " + o.period()
                    + (o.breakdown().isTotal() ? "" : " " + o.breakdown()),
                o -> o.valueText()
                    + (o.numerator().isPresent()
                        ? " " + (long) o.numerator().getAsDouble() + "/" + (long) o.denominator().getAsDouble()
                        : "")));
  }

  @Test
  void yearlyByEachRulesOwnDate() {
    DerivationResult result = derive(RULES, DerivationOptions.defaults(), SIX);
    assertEquals(
        Map.of(
            "ELECTRONIC 51 2024", "66.66666666666667 2/3", // a, c of a, b, c; d withdrawn, e open, f in 2025
            "ELECTRONIC 51 2025", "100 1/1",
            "NOT_LATE 51 2024", "66.66666666666667 2/3", // b is late; the refusal c came before its due date
            "NOT_LATE 51 2025", "100 1/1",
            "RECEIVED 51 2024", "6", // every dossier, f included, by received date
            "SATISFACTION 51 2024", "2 2/1",
            "SATISFACTION 51 2025", "5 5/1"),
        table(result));
    assertEquals(new DerivationSummary(6, 0, List.of(), 1, 0), result.summary());
  }

  @Test
  void theReceivedDateMovesTheBoundaryDossierBack() {
    DerivationResult result =
        derive(RULES, DerivationOptions.builder().date(DateBasis.RECEIVED).build(), SIX);
    Map<String, String> table = table(result);
    assertEquals("75 3/4", table.get("ELECTRONIC 51 2024"));
    assertEquals("75 3/4", table.get("NOT_LATE 51 2024"));
    assertEquals("3.5 7/2", table.get("SATISFACTION 51 2024"));
    assertEquals(null, table.get("ELECTRONIC 51 2025"));
  }

  @Test
  void quarters() {
    DerivationResult result =
        derive(RULES, DerivationOptions.builder().periodKind(PeriodKind.QUARTER).build(), SIX);
    Map<String, String> table = table(result);
    assertEquals("100 1/1", table.get("ELECTRONIC 51 2024-Q1"));
    assertEquals("50 1/2", table.get("ELECTRONIC 51 2024-Q2"));
    assertEquals("100 1/1", table.get("ELECTRONIC 51 2025-Q1"));
    assertEquals("2", table.get("RECEIVED 51 2024-Q2"), "b, c received in Q2");
    assertEquals("2", table.get("RECEIVED 51 2024-Q4"), "e and f received in Q4");
  }

  @Test
  void monthsAndHalves() {
    Map<String, String> months =
        table(derive(RULES, DerivationOptions.builder().periodKind(PeriodKind.MONTH).build(), SIX));
    assertEquals("0 0/1", months.get("ELECTRONIC 51 2024-05"));
    Map<String, String> halves =
        table(derive(RULES, DerivationOptions.builder().periodKind(PeriodKind.HALF_YEAR).build(), SIX));
    assertEquals("66.66666666666667 2/3", halves.get("ELECTRONIC 51 2024-S1"));
    assertEquals("3", halves.get("RECEIVED 51 2024-S2"), "d, e, f");
  }

  @Test
  void anAbolishedUnitCountsForItsSuccessor() {
    DossierRecord konTum =
        dossier("62", DossierOutcome.COMPLETED, "2025-06-20", "2025-07-10", "2025-07-02",
            b -> b.passedElectronically(true));
    DossierRecord unknown = dossier("99999", DossierOutcome.COMPLETED, "2025-06-20", null, "2025-06-21");
    DerivationResult result =
        derive(RULES, DerivationOptions.builder().registry(VietnamUnits.registry()).build(), List.of(konTum, unknown));
    Map<String, String> table = table(result);
    assertEquals("100 1/1", table.get("ELECTRONIC 51 2025"), "completed after the merger: the new Quảng Ngãi");
    assertEquals("1", table.get("RECEIVED 62 2025"), "received before the merger: Kon Tum");
    assertEquals(1, result.summary().unresolved());
    assertEquals(
        List.of("dossier " + unknown.id() + ": unit '99999' is not in the unit registry"),
        result.summary().unresolvedExamples());
  }

  @Test
  void byAgencyWithDottedCodes() {
    List<DossierRecord> records =
        List.of(
            SIX.get(0),
            dossier("51", DossierOutcome.COMPLETED, "2024-03-01", null, "2024-03-02", b -> b.agency("G22")));
    DerivationResult result =
        derive(RULES, DerivationOptions.builder().by(Grouping.AGENCY).build(), records);
    Map<String, String> table = table(result);
    // open codes with dots and digits are breakdown values as they are (BreakdownKey)
    assertEquals("100 1/1", table.get("ELECTRONIC 51 2024 AGENCY=000.00.12.H48"));
    assertEquals("0 0/1", table.get("ELECTRONIC 51 2024 AGENCY=G22"));
    Observation dotted =
        result.observations().stream()
            .filter(o -> o.breakdown().asMap().containsValue("000.00.12.H48"))
            .findFirst()
            .orElseThrow();
    assertEquals(Optional.empty(), dotted.note(), "a code kept as it is needs no note");
    // a code outside the value syntax is encoded, and its note states it as it was
    DerivationResult odd = derive(RULES, DerivationOptions.builder().by(Grouping.AGENCY).build(),
        List.of(dossier("51", DossierOutcome.COMPLETED, "2024-03-01", null, "2024-03-02", b -> b.agency("So-Tu.Phap"))));
    Observation encoded = odd.observations().get(0);
    assertEquals("AGENCY=SO_TU.PHAP", encoded.breakdown().toString());
    assertEquals("AGENCY So-Tu.Phap", encoded.note().orElseThrow());
  }

  @Test
  void aRuleWithItsOwnGroupingAndTheCallersOne() {
    DerivationRule byLevel =
        DerivationRule.builder().from(ELECTRONIC).groupBy(Grouping.LEVEL).build();
    RuleSet rules = RuleSet.builder().id("levels").name("l").source("s").addRules(ELECTRONIC, byLevel).build();
    List<DossierRecord> records =
        List.of(
            SIX.get(0),
            dossier("51", DossierOutcome.COMPLETED, "2024-03-01", null, "2024-03-02",
                b -> b.level(HandlingLevel.COMMUNE).agency("G22")));
    Map<String, String> plain = table(derive(rules, DerivationOptions.defaults(), records));
    assertEquals("50 1/2", plain.get("ELECTRONIC 51 2024"));
    assertEquals("100 1/1", plain.get("ELECTRONIC 51 2024 LEVEL=PROVINCE"));
    assertEquals("0 0/1", plain.get("ELECTRONIC 51 2024 LEVEL=COMMUNE"));
    Map<String, String> byAgency =
        table(derive(rules, DerivationOptions.builder().by(Grouping.AGENCY).build(), records));
    assertEquals("0 0/1", byAgency.get("ELECTRONIC 51 2024 AGENCY=G22;LEVEL=COMMUNE"));
  }

  @Test
  void procedureConditionsAndSectorsNeedTheProcedureList() {
    DerivationRule payments =
        DerivationRule.builder()
            .indicator(IndicatorCode.of("PAYMENTS"))
            .aggregation(Aggregation.RATIO)
            .population(Condition.where(RecordField.PROCEDURE_OFFERS_ONLINE_PAYMENT, "true")
                .and(Condition.where(RecordField.FEE_BEARING, "true")))
            .numerator(Condition.where(RecordField.PAID_ONLINE, "true"))
            .date(DateBasis.RECEIVED)
            .groupBy(Grouping.SECTOR)
            .definition("test rule")
            .build();
    RuleSet rules = RuleSet.builder().id("pay").name("p").source("s").addRules(payments).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Derivation.start(rules, DerivationOptions.defaults()));
    assertTrue(e.getMessage().startsWith("rule PAYMENTS of rule set pay tests the procedure list"), e.getMessage());

    ProcedureList list =
        ProcedureList.of(
            List.of(
                Procedure.builder().code("1.001193").offersOnlinePayment(true).onlineLevel(OnlineServiceLevel.FULL)
                    .sector("LAND").build(),
                Procedure.of("2.2", false, OnlineServiceLevel.NONE)));
    List<DossierRecord> records =
        List.of(
            dossier("51", DossierOutcome.IN_PROGRESS, "2024-02-01", null, null, b -> b.feeBearing(true).paidOnline(true)),
            dossier("51", DossierOutcome.IN_PROGRESS, "2024-02-01", null, null, b -> b.feeBearing(true)),
            dossier("51", DossierOutcome.IN_PROGRESS, "2024-02-01", null, null, b -> b.feeBearing(true)),
            dossier("51", DossierOutcome.IN_PROGRESS, "2024-02-01", null, null,
                b -> b.feeBearing(true).paidOnline(true).procedure("2.2")),
            dossier("51", DossierOutcome.IN_PROGRESS, "2024-02-01", null, null,
                b -> b.feeBearing(true).paidOnline(true).procedure("3.3")));
    DerivationResult result = derive(rules, DerivationOptions.builder().procedures(list).build(), records);
    assertEquals(Map.of("PAYMENTS 51 2024 SECTOR=LAND", "33.333333333333336 1/3"), table(result));
    assertEquals(1, result.summary().unlistedProcedures());
  }

  @Test
  void memoryIsCountersPerGroup() {
    Derivation derivation = Derivation.start(RULES, DerivationOptions.defaults());
    for (int i = 0; i < 1000; i++) {
      SIX.forEach(derivation);
    }
    assertEquals(6000, derivation.records());
    assertEquals(2, derivation.groups(), "unit 51 in 2024 and 2025");
    assertEquals("66.66666666666667 2000/3000", table(derivation.finish()).get("ELECTRONIC 51 2024"));
  }
}
