package org.reformindicators.io.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.plan.QuangNgaiPlan1256;
import org.reformindicators.core.target.ClauseId;
import org.reformindicators.io.ModuleTestBase;

/** The Quảng Ngãi plan maintained as YAML equals the plan built in Java (targets issue, acceptance). */
class PlanYamlTest extends ModuleTestBase {

  static final Path PLAN_FILE = Path.of("src", "test", "resources", "plans", "quang-ngai-1256.yaml");

  @Test
  void theYamlPlanEqualsTheJavaPlan() throws Exception {
    Plan fromYaml = IO.readPlan(PLAN_FILE);
    Plan fromJava = QuangNgaiPlan1256.plan();
    assertEquals(38, fromYaml.targets().size());
    // clause by clause first, so that a difference names its clause
    for (int i = 0; i < fromJava.targets().size(); i++) {
      assertEquals(fromJava.targets().get(i), fromYaml.targets().get(i), fromJava.targets().get(i).clauseId().toString());
    }
    assertEquals(fromJava.catalogue(), fromYaml.catalogue());
    assertEquals(fromJava.readings(), fromYaml.readings());
    assertEquals(fromJava, fromYaml);
    assertEquals(ClauseId.parse("T14d"), fromYaml.clauseIds().get(37));
  }
}
