package org.reformindicators.io.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.derivation.Derivation;
import org.reformindicators.core.derivation.DerivationOptions;
import org.reformindicators.core.derivation.DerivationResult;
import org.reformindicators.core.derivation.DerivationRule;
import org.reformindicators.core.derivation.RuleSet;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.io.problem.ReadOptions;

/**
 * Every bundled rule applied to the six dossiers of {@link DossierFixture}, each expected value counted by hand in
 * the comment beside it.
 */
class BundledRuleSetsTest {

  private static Map<String, String> derive(String id) throws IOException {
    RuleSet rules = RuleSetReader.create(ReadOptions.defaults()).bundled(id);
    Derivation derivation =
        Derivation.start(rules, DerivationOptions.builder().procedures(DossierFixture.procedures()).build());
    DossierFixture.records().forEach(derivation);
    DerivationResult result = derivation.finish();
    Map<String, String> table = new TreeMap<>();
    for (Observation o : result.observations()) {
      table.put(
          o.indicator() + " " + o.period() + (o.breakdown().isTotal() ? "" : " " + o.breakdown()),
          (long) o.numerator().getAsDouble() + "/" + (long) o.denominator().getAsDouble());
    }
    return table;
  }

  @Test
  void plan1256() throws IOException {
    Map<String, String> expected = new TreeMap<>();
    // T5: handled in 2024 = D1, D2, D3 (D4 withdrawn, D5 open, D6 completed in 2025); passed electronically D1, D3
    expected.put("QNG_DOSSIERS_TRANSFERRED_ELECTRONICALLY 2024", "2/3");
    expected.put("QNG_DOSSIERS_TRANSFERRED_ELECTRONICALLY 2025", "1/1");
    // T6b: received 2024, fee-bearing, procedure offers payment = D1, D3, D4, D6; paid online D1, D6
    expected.put("QNG_ONLINE_PAYMENT_TRANSACTIONS 2024", "2/4");
    // T7a–c: completed with a result, by level: D1 province (digitised), D2 commune (not); D6 province in 2025
    expected.put("QNG_RESULTS_DIGITISED 2024 LEVEL=PROVINCE", "1/1");
    expected.put("QNG_RESULTS_DIGITISED 2024 LEVEL=COMMUNE", "0/1");
    expected.put("QNG_RESULTS_DIGITISED 2025 LEVEL=PROVINCE", "1/1");
    // T10c: all six received in 2024; online at level 3/4 or partial/full: D1, D3, D5, D6
    expected.put("QNG_DOSSIERS_ONLINE_LEVEL_3_4 2024", "4/6");
    // T14a: rated and handled in 2024: D1 (5), D2 (2), D3 (3); satisfied D1. 2025: D6 (4)
    expected.put("QNG_SATISFACTION_PROCEDURES 2024", "1/3");
    expected.put("QNG_SATISFACTION_PROCEDURES 2025", "1/1");
    // T14b: by sector of the procedure: LAND = D1 (5), D3 (3); D2's procedure has no sector. 2025: D6 CONSTRUCTION
    expected.put("QNG_SATISFACTION_PROCEDURES 2024 SECTOR=LAND", "1/2");
    expected.put("QNG_SATISFACTION_PROCEDURES 2025 SECTOR=CONSTRUCTION", "1/1");
    assertEquals(expected, derive("plan-1256"));
  }

  @Test
  void dvc766() throws IOException {
    Map<String, String> expected = new TreeMap<>();
    // handled in 2024 = D1 (on time), D2 (late), D3 (refused before its due date); D6 on time in 2025
    expected.put("DVC766_PROGRESS 2024", "2/3");
    expected.put("DVC766_PROGRESS 2025", "1/1");
    // fee-bearing received in 2024: D1, D3, D4, D6; paid online D1, D6
    expected.put("DVC766_ONLINE_PAYMENT_RATE 2024", "2/4");
    // offered online (not NONE): D1, D3, D4, D5, D6; submitted online D1, D3, D5, D6 (D4 by post)
    expected.put("DVC766_ONLINE_SUBMISSION_RATE 2024", "4/5");
    // all received: 6; digitised D1, D3, D5, D6
    expected.put("DVC766_DIGITISATION_RATE 2024", "4/6");
    expected.put("DVC766_SATISFACTION_RATE 2024", "1/3");
    expected.put("DVC766_SATISFACTION_RATE 2025", "1/1");
    assertEquals(expected, derive("dvc-766"));
  }

  @Test
  void everyRuleCitesItsDefinition() throws IOException {
    for (String id : RuleSetReader.BUNDLED) {
      RuleSet rules = RuleSetReader.create(ReadOptions.defaults()).bundled(id);
      String decision = id.equals("plan-1256") ? "Decision 1256/QĐ-UBND" : "Decision 766/QĐ-TTg";
      for (DerivationRule rule : rules.rules()) {
        assertEquals(true, rule.definition().startsWith(decision), rule.indicator() + ": " + rule.definition());
        assertEquals(true, rule.reading().orElse("").startsWith("Our reading"), rule.indicator().toString());
      }
    }
    assertEquals(List.of("plan-1256", "dvc-766"), RuleSetReader.BUNDLED);
  }
}
