package org.reformindicators.io.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.reformindicators.core.target.Target;

import org.junit.jupiter.api.Test;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.plan.QuangNgaiPlan1256;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ModuleTestBase;
import org.reformindicators.io.problem.Problem;

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
              Plan plan = Plan.builder().from(full).targets(chosen).build();
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

  /** The Quảng Ngãi plan file with a change made inside the target of one clause. */
  private static String planWithChange(String clause, String from, String to) throws IOException {
    try (InputStream in = PlanBindingTest.class.getResourceAsStream("/plans/quang-ngai-1256.yaml")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int start = text.indexOf("  - clauseId: " + clause + "\n");
      int at = text.indexOf(from, start);
      assertEquals(true, start > 0 && at > start, "the plan file holds " + from + " in " + clause);
      return text.substring(0, at) + to + text.substring(at + from.length());
    }
  }

  /** T2a is the seventh target (index 6) and starts on line 469 of the plan file, its mapping at column 5. */
  @Test
  void aWholePlanRuleBrokenByOneClauseIsReportedAtThatClause() throws IOException {
    String text = planWithChange("T2a", "value: 100.0", "value: 160.0");
    List<Problem> problems = problems(() -> IO.readString(text, DocumentFormat.YAML, Plan.class));
    assertEquals(1, problems.size());
    assertProblem(
        problems.get(0),
        "/targets/6 (line 469, column 5)",
        "T2a: target value must be within the bounds of QNG_JOB_POSITION_SCHEMES_REAPPROVED (PERCENTAGE, 0..100), was 160");
  }

  /** T2a (index 6, line 469) with the deadline 2026, after the phase 2021/2025. */
  @Test
  void aDeadlineAfterThePhaseIsReportedAtItsClause() throws IOException {
    String text = planWithChange("T2a", "deadline: \"2022\"", "deadline: \"2026\"");
    List<Problem> problems = problems(() -> IO.readString(text, DocumentFormat.YAML, Plan.class));
    assertEquals(1, problems.size());
    assertProblem(
        problems.get(0),
        "/targets/6 (line 469, column 5)",
        "T2a: period 2026 lies outside the plan's phase 2021/2025 (only milestones may)");
  }
}
