package org.reformindicators.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.target.Baseline;
import org.reformindicators.core.target.ChangeMeasure;
import org.reformindicators.core.target.ChangePerYear;
import org.reformindicators.core.target.Recurring;
import org.reformindicators.core.target.Threshold;

/** Keeps {@code docs/plan-1256-model.md} equal to the Java model of the plan. */
class PlanModelDocumentTest {

  private static final Path DOCUMENT = Paths.get("..", "docs", "plan-1256-model.md");

  @Test
  void parametersAreRenderedInComponentOrder() {
    assertEquals("threshold(comparison=AT_LEAST, value=80)", PlanModelDocument.describe(Threshold.atLeast(80)));
    assertEquals(
        "recurring(each=change-per-year(measure=ABSOLUTE, minChangePerYear=20, ceiling=100, reference=TRAJECTORY, "
            + "base=2021); periods=2022, 2023)",
        PlanModelDocument.describe(
            Recurring.everyYear(
                ChangePerYear.trajectory(ChangeMeasure.ABSOLUTE, 20, 100, Baseline.of(CalendarYear.of(2021))),
                2022,
                2023)));
  }

  @Test
  void documentMatchesTheJavaModel() throws IOException {
    String rendered = PlanModelDocument.render(QuangNgaiPlan1256.plan());
    if (Boolean.getBoolean("plan.model.write")) {
      Files.createDirectories(DOCUMENT.getParent());
      Files.writeString(DOCUMENT, rendered, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(DOCUMENT), "missing " + DOCUMENT.toAbsolutePath() + "; run with -Dplan.model.write=true");
    assertEquals(
        rendered,
        Files.readString(DOCUMENT, StandardCharsets.UTF_8),
        "docs/plan-1256-model.md differs from QuangNgaiPlan1256; regenerate with -Dplan.model.write=true");
  }
}
