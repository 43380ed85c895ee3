package org.reformindicators.io.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ModuleTestBase;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ProblemLocation;
import org.reformindicators.io.problem.ReadException;

/**
 * A reading that is declared but refused is reported once, where it is declared: a target that names it is not
 * also told that the reading is not declared (issue 12, fuzz finding).
 */
class RefusedReadingTest extends ModuleTestBase {

  private static final Path PLAN =
      Path.of("src", "test", "resources", "org", "reformindicators", "io", "fuzz", "plan-yaml",
          "author-digital-procedures.yaml");

  private static List<Integer> problemLines(String text) {
    ReadException e = assertThrows(ReadException.class, () -> IO.readString(text, DocumentFormat.YAML, Plan.class));
    return e.problems().stream().map(Problem::location).map(l -> ((ProblemLocation.Document) l).line()).toList();
  }

  @Test
  void anUnknownKeyInADeclaredReadingIsItsOnlyProblem() throws Exception {
    String plan = Files.readString(PLAN, StandardCharsets.UTF_8);
    String broken = plan.replace("    alternatives:\n", "    alternativs: []\n    alternatives:\n");
    // line 25 holds the unknown key; the target naming the reading (line 63) gets no problem
    assertEquals(List.of(25), problemLines(broken));
  }

  @Test
  void aReadingWhoseIdCannotBeReadIsNotReportedAgainWhereItIsNamed() throws Exception {
    String plan = Files.readString(PLAN, StandardCharsets.UTF_8);
    String broken = plan.replace("  - id: BARE_PERCENTAGE_AS_MINIMUM", "  - id: [BARE_PERCENTAGE_AS_MINIMUM]");
    assertEquals(List.of(21), problemLines(broken));
  }

  @Test
  void aReadingNeverDeclaredIsStillReported() throws Exception {
    String plan = Files.readString(PLAN, StandardCharsets.UTF_8);
    String broken = plan.replace("      - BARE_PERCENTAGE_AS_MINIMUM", "      - BARE_PERCENTAGE");
    assertEquals(List.of(63), problemLines(broken));
  }
}
