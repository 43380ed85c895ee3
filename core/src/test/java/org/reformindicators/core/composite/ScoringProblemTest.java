package org.reformindicators.core.composite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;

class ScoringProblemTest {

  @Test
  void printsTheComponentTheUnitAndTheRule() {
    ScoringProblem cell = new ScoringProblem(
        ScoringProblem.Source.DATA, ComponentCode.of("PCI_TRANSPARENCY"), UnitCode.of("51"), "11 is outside the component's range 0–10");
    assertTrue(cell.hasUnit());
    assertEquals("PCI_TRANSPARENCY for unit 51: 11 is outside the component's range 0–10", cell.toString());
    ScoringProblem parameter = new ScoringProblem(ScoringProblem.Source.METHODOLOGY, ComponentCode.of("PCI"), "scale 1E+309 …");
    assertFalse(parameter.hasUnit());
    assertEquals("PCI: scale 1E+309 …", parameter.toString());
  }

  @Test
  void componentAndRuleAreRequired() {
    assertThrows(IllegalArgumentException.class, () -> new ScoringProblem(ScoringProblem.Source.DATA, ComponentCode.of("A"), " "));
    assertThrows(NullPointerException.class, () -> new ScoringProblem(ScoringProblem.Source.DATA, (ComponentCode) null, "x"));
    assertThrows(IllegalArgumentException.class, () -> new ScoringProblem(ScoringProblem.Source.DATA, ComponentCode.of("A"), ""));
    assertThrows(NullPointerException.class, () -> new ScoringProblem(null, ComponentCode.of("A"), "x"));
  }
}
