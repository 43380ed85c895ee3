package org.reformindicators.core.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformindicators.core.derivation.Dossiers.dossier;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.record.DossierOutcome;
import org.reformindicators.core.record.DossierRecord;
import org.reformindicators.core.record.OnlineServiceLevel;
import org.reformindicators.core.record.Procedure;

class ConditionTest {

  private final DossierRecord late =
      dossier("51", DossierOutcome.COMPLETED, "2024-03-01", "2024-03-05", "2024-03-08", b -> b.satisfaction(4));

  @Test
  void everyTermMustHold() {
    Condition condition =
        Condition.of(Map.of(RecordField.OUTCOME, List.of("COMPLETED", "REFUSED"), RecordField.LATE, List.of("true")));
    assertTrue(condition.matches(late, null));
    assertFalse(condition.and(Condition.where(RecordField.ON_TIME, "true")).matches(late, null));
    assertEquals("outcome in [COMPLETED, REFUSED] and late in [true]", condition.toString());
  }

  @Test
  void alwaysMatches() {
    assertTrue(Condition.always().matches(late, null));
    assertEquals("always", Condition.always().toString());
    assertEquals(Condition.always(), Condition.of(Map.of()));
  }

  @Test
  void satisfactionAndProcedureFields() {
    assertTrue(Condition.where(RecordField.SATISFACTION, "4", "5").matches(late, null));
    assertFalse(Condition.where(RecordField.SATISFACTION, "NONE").matches(late, null));
    Condition payable = Condition.where(RecordField.PROCEDURE_OFFERS_ONLINE_PAYMENT, "true");
    assertTrue(payable.needsProcedureList());
    assertFalse(payable.matches(late, null));
    assertTrue(Condition.where(RecordField.PROCEDURE_OFFERS_ONLINE_PAYMENT, "UNLISTED").matches(late, null));
    assertTrue(payable.matches(late, Procedure.of("1.001193", true, OnlineServiceLevel.FULL)));
  }

  @Test
  void unknownValuesAreRefusedWithTheAllowedOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Condition.where(RecordField.OUTCOME, "DONE"));
    assertEquals(
        "condition on outcome: value must be one of [COMPLETED, REFUSED, WITHDRAWN, IN_PROGRESS], was 'DONE'",
        e.getMessage());
    IllegalArgumentException f =
        assertThrows(IllegalArgumentException.class, () -> RecordField.fromFieldName("status"));
    assertTrue(f.getMessage().startsWith("condition field must be one of [outcome, channel,"), f.getMessage());
  }

  @Test
  void conjunctionWithoutCommonValueIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Condition.where(RecordField.OUTCOME, "COMPLETED").and(Condition.where(RecordField.OUTCOME, "REFUSED")));
  }
}
