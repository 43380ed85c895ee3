package org.reformindicators.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.io.ReformIndicatorsIo;

class BundledTest {

  @Test
  void thePlanHasThe38ClausesOfDecision1256() {
    Plan plan = Bundled.plan();
    assertEquals("1256/QĐ-UBND", plan.legalReference().number());
    assertEquals(UnitCode.of("51"), plan.unitCode());
    assertEquals(ReportCommandTest.CLAUSES, plan.clauseIds().stream().map(Object::toString).toList());
  }

  @Test
  void everyBundledMethodologyReadsUnderItsId() {
    for (String id : ReformIndicatorsIo.BUNDLED_METHODOLOGIES) {
      CompositeIndex index = Bundled.methodology(id);
      assertEquals(id, index.id());
    }
    assertEquals(
        "bundled methodology id must be one of [pci, papi, papi-2009, par-index-2948, sipas, dvc-766], was 'pcx'",
        assertThrows(IllegalArgumentException.class, () -> Bundled.methodology("pcx")).getMessage());
  }
}
