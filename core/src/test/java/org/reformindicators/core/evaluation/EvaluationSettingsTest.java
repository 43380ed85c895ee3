package org.reformindicators.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.area.VietnamUnits;
import org.reformindicators.core.plan.QuangNgaiPlan1256;
import org.reformindicators.core.progress.EscapMethod;
import org.reformindicators.core.progress.EurostatMethod;
import org.reformindicators.core.target.ClauseId;

class EvaluationSettingsTest {

  @Test
  void clauseMethodWinsOverPlanMethod() {
    EvaluationSettings s =
        EvaluationSettings.builder()
            .planMethod(EurostatMethod.defaults())
            .putClauseMethods(ClauseId.parse("T5"), EscapMethod.defaults())
            .build();
    assertEquals("escap", s.chosenMethod(ClauseId.parse("T5")).orElseThrow().id());
    assertEquals("eurostat", s.chosenMethod(ClauseId.parse("T6a")).orElseThrow().id());
    assertTrue(EvaluationSettings.defaults().chosenMethod(ClauseId.parse("T5")).isEmpty());
    assertFalse(EvaluationSettings.defaults().useSuccessorData());
  }

  @Test
  void successorFactsComeFromTheRegistry() {
    EvaluationSettings s =
        EvaluationSettings.successorsFrom(VietnamUnits.registry(), QuangNgaiPlan1256.plan()).build();
    assertEquals(LocalDate.of(2025, 6, 30), s.planUnitLastDay().orElseThrow());
    assertEquals(List.of(UnitCode.of("51")), s.successorUnitCodes());
    assertFalse(s.useSuccessorData());
  }

  @Test
  void rejectsInconsistentSettings() {
    IllegalArgumentException nan =
        assertThrows(
            IllegalArgumentException.class,
            () -> EvaluationSettings.builder().putExternalNorms("NORM", Double.NaN).build());
    assertEquals("externalNorms must be finite, NORM was NaN", nan.getMessage());
    IllegalArgumentException successor =
        assertThrows(
            IllegalArgumentException.class, () -> EvaluationSettings.builder().useSuccessorData(true).build());
    assertEquals(
        "useSuccessorData needs planUnitLastDay (the last day of the plan's unit), was not set",
        successor.getMessage());
  }
}
