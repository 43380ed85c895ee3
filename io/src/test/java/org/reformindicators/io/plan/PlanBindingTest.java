package org.reformindicators.io.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.plan.QuangNgaiPlan1256;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ModuleTestBase;

class PlanBindingTest extends ModuleTestBase {

  @Test
  void theQuangNgaiPlanRoundTrips() {
    Plan plan = QuangNgaiPlan1256.plan();
    assertEquals(plan, roundTrip(plan, DocumentFormat.JSON, Plan.class));
    assertEquals(plan, roundTrip(plan, DocumentFormat.YAML, Plan.class));
  }
}
