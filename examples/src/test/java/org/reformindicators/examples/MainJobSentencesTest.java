package org.reformindicators.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.evaluation.AssessmentRenderer;
import org.reformindicators.core.evaluation.ClauseAssessment;
import org.reformindicators.core.evaluation.PlanAssessment;
import org.reformindicators.core.evaluation.PlanEvaluator;
import org.reformindicators.core.evaluation.ProgressStatus;
import org.reformindicators.core.evaluation.Reason;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.target.ClauseId;
import org.reformindicators.examples.cli.Bundled;
import org.reformindicators.io.DocumentFormat;
import org.reformindicators.io.ReformIndicatorsIo;
import org.reformindicators.io.problem.ReadException;

/**
 * Every clause of the main job (the bundled Quảng Ngãi plan and observations, default settings) rendered from its
 * typed result in Vietnamese and English as of each year 2021–2025: no sentence repeats a reason, none names a
 * programming setting, and a lapsed clause carries its status up to the lapse as data.
 */
class MainJobSentencesTest {

  private static final Plan PLAN = Bundled.plan();
  private static final ObservationSet OBSERVATIONS = Bundled.observations();
  private static final List<AssessmentRenderer> RENDERERS =
      List.of(AssessmentRenderer.vietnamese(), AssessmentRenderer.english());
  /** Two full stops ending a sentence (a range such as {@code 2021..2025} is not one). */
  private static final Pattern DOUBLED_STOP = Pattern.compile("\\.\\.(\\s|\\)|$)");
  /** A Java member such as {@code EvaluationSettings.externalNorms}: a capitalised name, a dot, a lower one. */
  private static final Pattern JAVA_NAME = Pattern.compile("\\b[A-Z][a-z]+[A-Z]\\w*\\.[a-z]\\w*");

  private static PlanAssessment asOf(int year) {
    return PlanEvaluator.defaults().evaluate(PLAN, OBSERVATIONS, CalendarYear.of(year));
  }

  private static List<ClauseAssessment> withParts(List<ClauseAssessment> clauses) {
    List<ClauseAssessment> all = new ArrayList<>();
    for (ClauseAssessment c : clauses) {
      all.add(c);
      all.addAll(withParts(c.parts()));
    }
    return all;
  }

  @Test
  void noSentenceRepeatsAReasonInEitherLanguage() throws IOException {
    for (int year = 2021; year <= 2025; year++) {
      for (ClauseAssessment c : withParts(asOf(year).clauses())) {
        String where = c.clauseId() + c.part().map(p -> " [" + p + "]").orElse("") + " as of " + year;
        assertTrue(c.requirement().isPresent() || c.cause().isPresent(), where + ": no typed result");
        for (AssessmentRenderer renderer : RENDERERS) {
          StringBuilder explanation = new StringBuilder();
          renderer.appendExplanation(c, explanation);
          // What a report prints: the body, and the reason only where the body does not state it.
          StringBuilder line = new StringBuilder();
          renderer.appendBody(c, line);
          if (!AssessmentRenderer.bodyStatesReason(c)) {
            line.append(' ');
            renderer.appendReason(c.cause().orElseThrow(), line);
          }
          for (String text : List.of(explanation.toString(), line.toString())) {
            assertFalse(DOUBLED_STOP.matcher(text).find(), where + ": doubled full stop in " + text);
            assertFalse(JAVA_NAME.matcher(text).find(), where + ": names a programming setting: " + text);
            Set<String> sentences = new HashSet<>();
            for (String sentence : text.split("(?<=\\.) ")) {
              assertTrue(sentences.add(sentence.toLowerCase(Locale.ROOT)), where + ": repeats '" + sentence + "'");
            }
          }
          if (c.cause().isPresent()) {
            StringBuilder reason = new StringBuilder();
            renderer.appendReason(c.cause().get(), reason);
            String why = stripStop(reason.toString()).toLowerCase(Locale.ROOT);
            String said = line.toString().toLowerCase(Locale.ROOT);
            assertEquals(said.indexOf(why), said.lastIndexOf(why), where + ": states its reason twice: " + line);
            assertTrue(said.contains(why), where + ": does not state its reason: " + line);
          }
        }
      }
    }
  }

  @Test
  void t12aNamesTheMissingNormByIdOnly() {
    for (int year = 2021; year <= 2025; year++) {
      ClauseAssessment t12a = asOf(year).clause(ClauseId.parse("T12a")).orElseThrow();
      String text = t12a.explanation().en() + t12a.explanation().vi() + t12a.reason().map(Object::toString).orElse("");
      assertFalse(text.contains("EvaluationSettings") || text.contains("externalNorms"), text);
      if (t12a.cause().orElseThrow() instanceof Reason.MissingNorm missing) {
        assertEquals("CENTRAL_STAFF_REDUCTION_RATIO", missing.normId());
      }
    }
    ClauseAssessment in2025 = asOf(2025).clause(ClauseId.parse("T12a")).orElseThrow();
    assertEquals(
        "CENTRAL_STAFF_REDUCTION_RATIO", ((Reason.MissingNorm) in2025.cause().orElseThrow()).normId());
  }

  @Test
  void aLapsedClauseCarriesItsStatusUpToTheLapseAsData() {
    PlanAssessment in2025 = asOf(2025);
    for (String id : List.of("T7b", "T9b")) {
      ClauseAssessment c = in2025.clause(ClauseId.parse(id)).orElseThrow();
      assertEquals(ProgressStatus.NOT_APPLICABLE, c.status());
      Reason.Lapsed lapsed = (Reason.Lapsed) c.cause().orElseThrow();
      assertEquals(java.time.LocalDate.of(2025, 6, 30), lapsed.lapse().lastApplicableDay());
      assertEquals(c.parts().get(0).status(), lapsed.statusUpToLapse());
    }
    assertEquals(
        ProgressStatus.NOT_ACHIEVED, ((Reason.Lapsed) in2025.clause(ClauseId.parse("T7b")).orElseThrow().cause().orElseThrow()).statusUpToLapse());
    assertEquals(
        ProgressStatus.ACHIEVED, ((Reason.Lapsed) in2025.clause(ClauseId.parse("T9b")).orElseThrow().cause().orElseThrow()).statusUpToLapse());
    // the same as a member of the assessment, not only inside its reason or its sentence
    assertEquals(Optional.of(ProgressStatus.NOT_ACHIEVED), in2025.clause(ClauseId.parse("T7b")).orElseThrow().statusUpToLapse());
    assertEquals(Optional.of(ProgressStatus.ACHIEVED), in2025.clause(ClauseId.parse("T9b")).orElseThrow().statusUpToLapse());
    assertEquals(Optional.empty(), in2025.clause(ClauseId.parse("T7a")).orElseThrow().statusUpToLapse());
  }

  @Test
  void theLapsedClausesStatusUpToTheLapseIsWrittenAsDataAndReadBack() throws ReadException {
    ReformIndicatorsIo io = ReformIndicatorsIo.create();
    PlanAssessment in2025 = asOf(2025);
    String json = io.writeString(in2025, DocumentFormat.JSON);
    assertTrue(json.contains("\"statusUpToLapse\" : \"NOT_ACHIEVED\""), "T7b's status up to the lapse as a member");
    assertTrue(json.contains("\"kind\" : \"lapsed\""), "T7b's reason with its kind");
    PlanAssessment read = io.readString(json, DocumentFormat.JSON, PlanAssessment.class);
    assertEquals(in2025, read);
    assertEquals(Optional.of(ProgressStatus.NOT_ACHIEVED), read.clause(ClauseId.parse("T7b")).orElseThrow().statusUpToLapse());
    assertEquals(in2025.clause(ClauseId.parse("T7b")).orElseThrow().explanation(), read.clause(ClauseId.parse("T7b")).orElseThrow().explanation());
  }

  private static String stripStop(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}
