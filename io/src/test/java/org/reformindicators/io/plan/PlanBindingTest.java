package org.reformindicators.io.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import org.reformindicators.core.target.Target;

import org.junit.jupiter.api.Test;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.plan.QuangNgaiPlan1256;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ModuleTestBase;

class PlanBindingTest extends ModuleTestBase {

  /** Plans made of any subset of the Quảng Ngãi clauses (a milestone only with the clause it leads to). */
  @Test
  void plansOfAnySubsetOfClausesRoundTrip() {
    Plan full = QuangNgaiPlan1256.plan();
    List<Target> all = full.targets();
    qt().withExamples(60)
        .forAll(longs().between(1, (1L << all.size()) - 1))
        .checkAssert(
            mask -> {
              List<Target> chosen = new ArrayList<>();
              for (int i = 0; i < all.size(); i++) {
                if ((mask >> i & 1) == 1) {
                  chosen.add(all.get(i));
                }
              }
              chosen.removeIf(t -> t.milestoneOf().isPresent() && chosen.stream().noneMatch(o -> o.clauseId().equals(t.milestoneOf().get())));
              if (chosen.isEmpty()) {
                return;
              }
              Plan plan =
                  new Plan(
                      full.id(), full.title(), full.legalReference(), full.unitCode(), full.phase(),
                      full.implementedResolutions(), full.catalogue(), full.rankUniverseRule(), full.readings(), chosen);
              assertEquals(plan, roundTrip(plan, DocumentFormat.JSON, Plan.class));
              assertEquals(plan, roundTrip(plan, DocumentFormat.YAML, Plan.class));
            });
  }

  @Test
  void theQuangNgaiPlanRoundTrips() {
    Plan plan = QuangNgaiPlan1256.plan();
    assertEquals(plan, roundTrip(plan, DocumentFormat.JSON, Plan.class));
    assertEquals(plan, roundTrip(plan, DocumentFormat.YAML, Plan.class));
  }
}
