package org.reformindicators.io.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.evaluation.ClauseAssessment;
import org.reformindicators.core.evaluation.EvaluationSettings;
import org.reformindicators.core.evaluation.PlanAssessment;
import org.reformindicators.core.evaluation.PlanEvaluator;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.plan.QuangNgaiPlan1256;
import org.reformindicators.core.progress.FixedRatioMethod;
import org.reformindicators.core.progress.ProgressMethod;
import org.reformindicators.core.progress.ProgressMethodRegistry;
import org.reformindicators.core.progress.ProgressResult;
import org.reformindicators.core.target.ClauseId;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ModuleTestBase;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.problem.Problem;
import org.reformindicators.io.problem.ProblemLocation;
import org.reformindicators.io.problem.ReadException;

/**
 * A progress method the embedding application writes and registers ({@link FixedRatioMethod}, id {@code
 * fixed-ratio}, from core's test-jar) is evaluated, written and read back like a bundled one (issue 13).
 */
public class CustomProgressMethodTest extends ModuleTestBase {

  private static final ProgressMethodRegistry REGISTRY =
      ProgressMethodRegistry.defaults().with(FixedRatioMethod.descriptor());
  private static final ReformIndicatorsIo WITH_REGISTRY = IO.withProgressMethods(REGISTRY);

  /**
   * Returns the Quảng Ngãi plan as of 2022, fixed-ratio for the plan (cut-off 0.9) and for T5 (1.25, three points).
   *
   * @return the assessment
   */
  public static PlanAssessment assessment() {
    EvaluationSettings settings =
        EvaluationSettings.builder()
            .planMethod(new FixedRatioMethod(0.9, 2))
            .putClauseMethods(ClauseId.parse("T5"), new FixedRatioMethod(1.25, 3))
            .build();
    return PlanEvaluator.of(settings)
        .evaluate(QuangNgaiPlan1256.plan(), AssessmentBindingTest.observations(), CalendarYear.of(2022));
  }

  private static List<ProgressResult> results(PlanAssessment assessment) {
    return assessment.clauses().stream()
        .map(ClauseAssessment::methodResult)
        .flatMap(java.util.Optional::stream)
        .toList();
  }

  @Test
  void theEvaluationUsesTheCustomMethod() {
    List<ProgressResult> results = results(assessment());
    assertTrue(results.size() >= 2, results.toString());
    results.forEach(r -> assertEquals("fixed-ratio", r.methodId(), r.toString()));
    // T5, dossiers transferred electronically: 40, 55, 70 % in 2020–2022 towards ≥ 80 % by 2025 (Decision 1256/QĐ-UBND);
    // achieved 15 points a year where (80 − 40) / 5 = 8 are required: ratio 15 / 8 = 1.875 ≥ 1.25
    ProgressResult t5 = assessment().clause(ClauseId.parse("T5")).orElseThrow().methodResult().orElseThrow();
    assertEquals(new FixedRatioMethod(1.25, 3), t5.method());
    assertEquals(FixedRatioMethod.Category.KEEPING_PACE, t5.category());
    assertEquals(1.875, t5.ratio().getAsDouble(), 1e-9);
  }

  @Test
  void anAssessmentWithTheCustomMethodIsWrittenAndReadBackEqual() throws ReadException {
    PlanAssessment assessment = assessment();
    for (DocumentFormat format : DocumentFormat.values()) {
      String text = WITH_REGISTRY.writeString(assessment, format);
      PlanAssessment back = WITH_REGISTRY.readString(text, format, PlanAssessment.class);
      assertEquals(assessment, back);
      assertEquals(results(assessment), results(back));
      // writing what was read gives the same document
      assertEquals(text, WITH_REGISTRY.writeString(back, format));
    }
    String json = IO.writeString(assessment, DocumentFormat.JSON);
    assertTrue(
        json.contains(
            "\"planMethod\" : {\n      \"id\" : \"fixed-ratio\",\n      \"parameters\" : {\n"
                + "        \"requiredRatio\" : 0.9,\n        \"minimumObservations\" : 2\n      }\n    }"),
        json);
  }

  @Test
  void theCustomMethodAloneRoundTrips() throws ReadException {
    ProgressMethod method = new FixedRatioMethod(0.75, 4);
    String json = WITH_REGISTRY.writeString(method, DocumentFormat.JSON);
    assertEquals(
        "{\n  \"id\" : \"fixed-ratio\",\n  \"parameters\" : {\n    \"requiredRatio\" : 0.75,\n"
            + "    \"minimumObservations\" : 4\n  }\n}\n",
        json);
    assertEquals(method, WITH_REGISTRY.readString(json, DocumentFormat.JSON, ProgressMethod.class));
    // parameters are found by name, whatever their order in the document
    assertEquals(
        method,
        WITH_REGISTRY.readString(
            "{\"id\": \"fixed-ratio\", \"parameters\": {\"minimumObservations\": 4.0, \"requiredRatio\": 0.75}}",
            DocumentFormat.JSON,
            ProgressMethod.class));
  }

  @Test
  void withoutTheRegistryTheAssessmentIsRefusedNamingTheRegisteredIds() {
    String json = IO.writeString(assessment(), DocumentFormat.JSON);
    List<Problem> problems = problems(() -> IO.readString(json, DocumentFormat.JSON, PlanAssessment.class));
    String expected =
        "progress method id must be one of [eurostat, open-sdg, escap, sdsn, linear], was 'fixed-ratio'";
    Problem first = problems.get(0);
    assertEquals(expected, first.message());
    ProblemLocation.Document at = (ProblemLocation.Document) first.location();
    assertEquals("/settings/planMethod/id", at.pointer());
    assertNotEquals(0, at.line());
    problems.forEach(p -> assertEquals(expected, p.message(), p.toString()));
    // the bundled instance keeps the bundled registry
    assertEquals(ProgressMethodRegistry.defaults(), IO.progressMethods());
    assertEquals(REGISTRY, WITH_REGISTRY.progressMethods());
  }

  @Test
  void badParametersOfTheCustomMethodAreLocatedAndPlain() {
    String json = "{\"id\": \"fixed-ratio\", \"parameters\": {\"requiredRatio\": 0.75, \"minimumObservations\": 2.5}}";
    List<Problem> problems =
        problems(() -> WITH_REGISTRY.readString(json, DocumentFormat.JSON, ProgressMethod.class));
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(
        "parameters of progress method fixed-ratio: minimumObservations must be a whole number, was 2.5",
        problems.get(0).message());
    String missing = "{\"id\": \"fixed-ratio\", \"parameters\": {\"requiredRatio\": 0.75}}";
    assertEquals(
        "parameters of progress method fixed-ratio: parameters must be [requiredRatio, minimumObservations], "
            + "minimumObservations is missing",
        problems(() -> WITH_REGISTRY.readString(missing, DocumentFormat.JSON, ProgressMethod.class))
            .get(0).message());
    assertEquals(Map.of("requiredRatio", 0.75, "minimumObservations", 4),
        new FixedRatioMethod(0.75, 4).parameters().asMap());
  }
}
