package org.reformindicators.io.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.evaluation.ClauseAssessment;
import org.reformindicators.core.evaluation.ClausePart;
import org.reformindicators.core.evaluation.PlanAssessment;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ModuleTestBase;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ProblemLocation;

/** The {@code part} of a clause assessment is read as a typed {@link ClausePart} from its format-1 text. */
class ClausePartBindingTest extends ModuleTestBase {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "v1", "plan-assessment.json");

  @Test
  void theGoldenAssessmentReadsItsPartsAsTypedParts() throws IOException {
    PlanAssessment a = IO.readString(Files.readString(GOLDEN), DocumentFormat.JSON, PlanAssessment.class);
    List<ClausePart> parts =
        a.clauses().stream().flatMap(c -> c.parts().stream()).map(ClauseAssessment::part)
            .flatMap(java.util.Optional::stream).toList();
    assertTrue(parts.contains(new ClausePart.ByBreakdown("SECTOR", "LAND")), parts.toString());
    assertTrue(parts.contains(new ClausePart.InPeriod(CalendarYear.of(2022))), parts.toString());
  }

  @Test
  void aPartThatIsNoneOfTheFormsIsReportedWithItsPointer() throws IOException {
    String json = Files.readString(GOLDEN).replaceFirst("\"part\" : \"2022\"", "\"part\" : \"until June\"");
    List<Problem> problems = problems(() -> IO.readString(json, DocumentFormat.JSON, PlanAssessment.class));
    Problem first = problems.get(0);
    assertEquals("part must be 'until' and a date such as 2025-06-30, was 'until June'", first.message());
    assertTrue(((ProblemLocation.Document) first.location()).pointer().endsWith("/part"), first.toString());
  }
}
