package org.reformindicators.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.CalendarYear;
import org.reformindicators.core.progress.UnassessableReason;
import org.reformindicators.core.target.BilingualText;
import org.reformindicators.core.target.NotApplicable;
import org.reformindicators.core.target.RankUniverseRule;

class AssessmentRendererTest {

  private static final NotApplicable LAPSE =
      new NotApplicable(
          LocalDate.of(2025, 7, 1),
          BilingualText.of("Cấp huyện chấm dứt hoạt động.", "The district level ceased to exist."));

  private static String en(Reason reason) throws IOException {
    StringBuilder out = new StringBuilder();
    AssessmentRenderer.english().appendReason(reason, out);
    return out.toString();
  }

  @Test
  void aMissingNormIsNamedByIdWithoutAProgrammingSetting() throws IOException {
    Reason r = new Reason.MissingNorm("NORM", BilingualText.of("Định mức.", "The norm."));
    assertEquals("the external norm NORM (The norm) was not supplied", en(r));
    assertEquals("chưa có định mức bên ngoài NORM (Định mức)", AssessmentRenderer.reason(r).vi());
  }

  @Test
  void aLapsedClauseStatesItsReasonOnceWithOneFullStop() {
    ClauseAssessment a =
        ClauseAssessment.builder()
            .clauseId(Scopes.target("T7b").clauseId())
            .target(Scopes.target("T7b"))
            .status(ProgressStatus.NOT_APPLICABLE)
            .cause(new Reason.Lapsed(LAPSE, ProgressStatus.NOT_ACHIEVED))
            .build();
    assertEquals(
        "T7b: Not applicable. Not applicable from 2025-07-01: The district level ceased to exist. Judged on data"
            + " up to 2025-06-30: Not achieved",
        a.explanation().en());
    assertEquals(
        "not applicable from 2025-07-01: The district level ceased to exist.", a.reason().orElseThrow().en());
    assertTrue(AssessmentRenderer.bodyStatesReason(a));
  }

  @Test
  void theBodyIsTheExplanationWithoutItsHeading() throws IOException {
    ClauseAssessment a =
        ClauseAssessment.builder()
            .clauseId(Scopes.target("T5").clauseId())
            .target(Scopes.target("T5"))
            .status(ProgressStatus.NOT_ASSESSABLE)
            .cause(new Reason.NoValueAtDeadline(CalendarYear.of(2025)))
            .build();
    StringBuilder vi = new StringBuilder();
    AssessmentRenderer.vietnamese().appendBody(a, vi);
    assertEquals("Đã qua thời hạn 2025 nhưng không có số liệu của kỳ này.", vi.toString());
    StringBuilder en = new StringBuilder();
    AssessmentRenderer.english().appendExplanation(a, en);
    assertEquals("T5: Not assessable. The deadline 2025 has passed but there is no value for it.", en.toString());
  }

  @Test
  void anAssessmentWithoutATypedResultWritesTheTextItHolds() throws IOException {
    ClauseAssessment read =
        ClauseAssessment.builder()
            .clauseId(Scopes.target("T5").clauseId())
            .target(Scopes.target("T5"))
            .status(ProgressStatus.MANUAL)
            .heldExplanation(BilingualText.of("T5: Thủ công. Như đã ghi.", "T5: By hand. As written."))
            .build();
    StringBuilder out = new StringBuilder();
    AssessmentRenderer.english().appendBody(read, out);
    assertEquals("T5: By hand. As written.", out.toString());
    assertTrue(AssessmentRenderer.bodyStatesReason(read));
  }

  @Test
  void everyReasonAndRuleHasWordsInBothLanguages() {
    List<Reason> reasons =
        List.of(
            new Reason.DataDoNotFit("rank must be a whole number"),
            new Reason.Lapsed(LAPSE, ProgressStatus.ACHIEVED),
            new Reason.NoData(IndicatorCode.of("PCI_RANK"), UnitCode.of("51"), CalendarYear.of(2022)),
            new Reason.MissingBaseline(CalendarYear.of(2020)),
            new Reason.NonPositiveBaseline(0, CalendarYear.of(2021)),
            new Reason.NoPreviousValue(CalendarYear.of(2022)),
            new Reason.MissingNorm("N", BilingualText.of("a", "b")),
            new Reason.NoValueAtDeadline(CalendarYear.of(2025)),
            new Reason.RankNotComparable(12, 34, CalendarYear.of(2025), 63, RankUniverseRule.SAME_UNIVERSE_ONLY),
            new Reason.YesNoWithoutTrend(CalendarYear.of(2025)),
            new Reason.BaselineNotBeforeDeadline(CalendarYear.of(2025), CalendarYear.of(2025)),
            new Reason.MethodCannotAssess(UnassessableReason.values()[0]),
            new Reason.PeriodsNotAssessable(List.of(CalendarYear.of(2021))),
            new Reason.PartsNotAssessable(List.of(new ClausePart.ByBreakdown("SECTOR", "LAND"))));
    for (Reason r : reasons) {
      BilingualText t = AssessmentRenderer.reason(r);
      assertFalse(t.vi().isBlank() || t.en().isBlank(), r.toString());
      assertFalse(t.en().contains("EvaluationSettings"), r.toString());
    }
    List<Rule> rules =
        List.of(
            new Rule.ReadingsApplied(List.of("A", "B")),
            new Rule.RankTargetCapped(-15),
            new Rule.ParentShare(IndicatorCode.of("P"), 50, CalendarYear.of(2023), 20),
            new Rule.ParentMissing(IndicatorCode.of("P")),
            new Rule.NormSupplied("N", 5),
            new Rule.RiseFromActual(45, CalendarYear.of(2022)),
            new Rule.SeriesBreaks(List.of(CalendarYear.of(2023))),
            new Rule.ProjectionLimited(OptionalDouble.of(0), OptionalDouble.of(100), 130.83, OptionalDouble.of(68.19), OptionalDouble.of(193.48)),
            new Rule.TrendFromBreak(3, CalendarYear.of(2023), 40),
            new Rule.TooFewSinceBreak(1, CalendarYear.of(2023), 3),
            new Rule.MethodChosen("sdsn"),
            new Rule.DefaultMethod(Rule.DefaultChoice.EUROSTAT),
            new Rule.EurostatFallback(UnassessableReason.ZERO_BASE),
            new Rule.FirstObservationAsBaseline(Scopes.PLAN.phase(), CalendarYear.of(2022)),
            new Rule.SuccessorDataUsed(LocalDate.of(2025, 6, 30)),
            new Rule.SuccessorDataIgnored(2, LocalDate.of(2025, 6, 30)),
            new Rule.RankConverted(12, 34, CalendarYear.of(2025), 21.67, 63));
    for (Rule r : rules) {
      BilingualText t = AssessmentRenderer.rule(r);
      assertFalse(t.vi().isBlank() || t.en().isBlank(), r.toString());
    }
    assertEquals(
        "projection and interval limited to the indicator's natural range 0–100 (the method's own figures: 130.83"
            + " [68.19, 193.48])",
        AssessmentRenderer.rule(rules.get(7)).en());
    assertEquals("of which: P = 50 (2023), i.e. 20 % of the whole", AssessmentRenderer.rule(rules.get(2)).en());
  }

  @Test
  void numbersFollowTheConventionOfEachLanguage() {
    // Vietnamese: decimal comma; the ends of an interval are then separated by a semicolon.
    BilingualText limited = AssessmentRenderer.rule(
        new Rule.ProjectionLimited(OptionalDouble.of(0), OptionalDouble.of(100), 130.834, OptionalDouble.of(-68.19), OptionalDouble.of(1193.48)));
    assertEquals(
        "dự báo và khoảng dự báo được giới hạn trong miền giá trị tự nhiên 0–100 của chỉ số (số liệu gốc của phương"
            + " pháp: 130,83 [-68,19; 1.193,48])",
        limited.vi());
    assertEquals(
        "projection and interval limited to the indicator's natural range 0–100 (the method's own figures: 130.83"
            + " [-68.19, 1,193.48])",
        limited.en());
    BilingualText converted =
        AssessmentRenderer.rule(new Rule.RankConverted(12, 34, CalendarYear.of(2025), 21.666, 63));
    assertTrue(converted.vi().contains("thành 21,67/63"), converted.vi());
    assertTrue(converted.en().contains("as 21.67 of 63"), converted.en());
  }
}
