package org.reformindicators.core.evaluation;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.reformindicators.core.evaluation.ClausePart.InPeriod;
import org.reformindicators.core.evaluation.Reason.BaselineNotBeforeDeadline;
import org.reformindicators.core.evaluation.Reason.DataDoNotFit;
import org.reformindicators.core.evaluation.Reason.Lapsed;
import org.reformindicators.core.evaluation.Reason.MethodCannotAssess;
import org.reformindicators.core.evaluation.Reason.YesNoWithoutTrend;
import org.reformindicators.core.progress.ProgressResult;
import org.reformindicators.core.target.BilingualText;
import org.reformindicators.core.target.Breakdown;
import org.reformindicators.core.target.Qualitative;
import org.reformindicators.core.target.Recurring;
import org.reformindicators.core.target.TargetKind;

/**
 * Writes the sentences of an assessment in Vietnamese or English from its typed result, such as "T1b: On track.
 * Value 39 (2021); target rank 30 or better (25–30/63) by 2025. …".
 *
 * <p>The only place the engine's wording lives: {@link ClauseAssessment#explanation()}, {@link
 * ClauseAssessment#reason()} and {@link ClauseAssessment#rulesApplied()} are its views of the typed result.
 * An explanation is a heading ({@code T1b [SECTOR=LAND]: On track.}) and a {@linkplain #appendBody body}; no
 * sentence states a reason twice. The renderer names no programming setting: a missing external norm is named
 * by its id, and how to supply it is for the calling application to say. Numbers are rounded half-up to at most
 * {@value #DECIMALS} decimals, trailing zeros dropped, in each language's convention ({@link
 * org.reformindicators.core.text.NumberText#rounded(double, int, org.reformindicators.core.text.Language)}): {@code
 * 36,7} in Vietnamese and {@code 36.7} in English, whatever the platform's locale.
 *
 * <p>An assessment read from a document of format version 1 holds its text but not its typed result; the
 * renderer then writes the text it holds. Immutable and thread-safe.
 */
public final class AssessmentRenderer {

  /** The most decimals a number has in a sentence, such as {@code 92,08%} (Vietnamese) or {@code 92.08%}. */
  public static final int DECIMALS = 2;

  private static final AssessmentRenderer VIETNAMESE = new AssessmentRenderer(true);
  private static final AssessmentRenderer ENGLISH = new AssessmentRenderer(false);

  private final boolean vietnamese;

  private AssessmentRenderer(boolean vietnamese) {
    this.vietnamese = vietnamese;
  }

  /**
   * Returns the renderer that writes Vietnamese.
   *
   * @return the renderer
   */
  public static AssessmentRenderer vietnamese() {
    return VIETNAMESE;
  }

  /**
   * Returns the renderer that writes English.
   *
   * @return the renderer
   */
  public static AssessmentRenderer english() {
    return ENGLISH;
  }

  /**
   * Writes the explanation of an assessment: its heading and its body.
   *
   * @param assessment the assessment
   * @param out where to write
   * @throws IOException if {@code out} fails
   * @throws NullPointerException if an argument is null
   */
  public void appendExplanation(ClauseAssessment assessment, Appendable out) throws IOException {
    out.append(pick(assessment.explanation()));
  }

  /**
   * Writes the body of an explanation, without its heading ({@code T1b: On track.}): the value, the target, the
   * method and the reason where there is one; for an assessment that holds no typed result, the whole
   * explanation it holds.
   *
   * @param assessment the assessment
   * @param out where to write
   * @throws IOException if {@code out} fails
   * @throws NullPointerException if an argument is null
   */
  public void appendBody(ClauseAssessment assessment, Appendable out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.append(
        hasTypedResult(assessment) ? Texts.capitalise(pick(body(assessment))) : pick(assessment.explanation()));
  }

  /**
   * Tells whether the {@linkplain #appendBody body} already states the reason of the assessment, so that a
   * report need not repeat it.
   *
   * @param assessment the assessment
   * @return {@code true} when the body states the reason or there is none
   * @throws NullPointerException if {@code assessment} is null
   */
  public static boolean bodyStatesReason(ClauseAssessment assessment) {
    if (assessment.reason().isEmpty() || !hasTypedResult(assessment)) {
      return true;
    }
    Optional<Reason> cause = assessment.cause();
    if (cause.isPresent() && (cause.get() instanceof Lapsed || cause.get() instanceof DataDoNotFit)) {
      return true;
    }
    Optional<TargetKind> kind = assessment.requirement().map(Requirement::kind);
    return !(kind.isPresent() && (kind.get() instanceof Recurring || kind.get() instanceof Breakdown));
  }

  /**
   * Writes a reason.
   *
   * @param reason the reason
   * @param out where to write
   * @throws IOException if {@code out} fails
   * @throws NullPointerException if an argument is null
   */
  public void appendReason(Reason reason, Appendable out) throws IOException {
    out.append(pick(reason(reason)));
  }

  /**
   * Writes a rule the engine applied.
   *
   * @param rule the rule
   * @param out where to write
   * @throws IOException if {@code out} fails
   * @throws NullPointerException if an argument is null
   */
  public void appendRule(Rule rule, Appendable out) throws IOException {
    out.append(pick(rule(rule)));
  }

  /**
   * Returns a reason in both languages, e.g. "the external norm CENTRAL_STAFF_REDUCTION_RATIO (…) was not
   * supplied".
   *
   * @param reason the reason
   * @return the text
   * @throws NullPointerException if {@code reason} is null
   */
  public static BilingualText reason(Reason reason) {
    return ReasonTexts.of(Objects.requireNonNull(reason, "reason"));
  }

  /**
   * Returns a rule in both languages, e.g. "default method: linear projection (3 or more observations)".
   *
   * @param rule the rule
   * @return the text
   * @throws NullPointerException if {@code rule} is null
   */
  public static BilingualText rule(Rule rule) {
    return RuleTexts.of(Objects.requireNonNull(rule, "rule"));
  }

  /**
   * Returns the explanation of an assessment in both languages, rendered from its typed result.
   *
   * @param assessment the assessment
   * @return the heading and the body
   * @throws NullPointerException if {@code assessment} is null
   */
  public static BilingualText explanation(ClauseAssessment assessment) {
    BilingualText body = body(assessment);
    String label = assessment.clauseId() + assessment.part().map(p -> " [" + p + "]").orElse("");
    ProgressStatus status = assessment.status();
    boolean exceeded = assessment.exceeded();
    return Texts.of(
        label + ": " + status.labelVi() + (exceeded ? " (vượt chỉ tiêu)" : "") + ". " + Texts.capitalise(body.vi()),
        label + ": " + status.labelEn() + (exceeded ? " (exceeded)" : "") + ". " + Texts.capitalise(body.en()));
  }

  private String pick(BilingualText text) {
    return vietnamese ? text.vi() : text.en();
  }

  private static boolean hasTypedResult(ClauseAssessment a) {
    return a.requirement().isPresent() || a.cause().isPresent();
  }

  private static BilingualText body(ClauseAssessment a) {
    Optional<Reason> cause = a.cause();
    if (cause.isPresent() && cause.get() instanceof DataDoNotFit) {
      return reason(cause.get());
    }
    if (cause.isPresent() && cause.get() instanceof Lapsed lapsed) {
      BilingualText why = reason(lapsed);
      String day = lapsed.lapse().lastApplicableDay().toString();
      return Texts.of(
          Texts.withoutFullStop(why.vi()) + ". Đánh giá trên số liệu đến " + day + ": "
              + lapsed.statusUpToLapse().labelVi(),
          Texts.withoutFullStop(why.en()) + ". Judged on data up to " + day + ": "
              + lapsed.statusUpToLapse().labelEn());
    }
    Optional<Requirement> requirement = a.requirement();
    TargetKind kind = requirement.map(Requirement::kind).orElse(null);
    if (kind instanceof Qualitative q) {
      return Texts.of(
          "Chỉ tiêu định tính, đánh giá thủ công: «" + a.target().sourceText() + "»",
          "Qualitative clause, assessed by hand against: " + q.criterion());
    }
    if (kind instanceof Recurring r) {
      return recurring(r, a, requirement.get());
    }
    if (kind instanceof Breakdown b) {
      return breakdown(b, a.parts());
    }
    if (cause.isPresent() && !judgedValue(cause.get())) {
      BilingualText why = reason(cause.get());
      return Texts.of(why.vi() + ".", why.en() + ".");
    }
    if (a.latestValue().isEmpty()) {
      Optional<Rule> bounded = a.rules().stream().filter(r -> r instanceof Reason.BoundedValue).findFirst();
      if (bounded.isPresent()) {
        BilingualText why = rule(bounded.get());
        return Texts.of(why.vi() + ".", why.en() + ".");
      }
    }
    if (requirement.isEmpty() || a.latestValue().isEmpty() || a.latestPeriod().isEmpty()) {
      return Texts.of("", "");
    }
    return goal(a, requirement.get());
  }

  /** Reasons that follow a judged value, written after it ("… Reason: …"). */
  private static boolean judgedValue(Reason reason) {
    return reason instanceof YesNoWithoutTrend
        || reason instanceof BaselineNotBeforeDeadline
        || reason instanceof MethodCannotAssess;
  }

  private static BilingualText goal(ClauseAssessment a, Requirement requirement) {
    BilingualText target = GoalTexts.describe(requirement.kind(), a);
    double targetValue = a.targetValue().orElse(Double.NaN);
    double applicable = a.applicableTargetValue().orElse(targetValue);
    double latest = a.latestValue().getAsDouble();
    String period = " (" + a.latestPeriod().get() + ")";
    boolean inPeriod = requirement.judgedInPeriod();
    String methodVi = "";
    String methodEn = "";
    if (a.methodResult().isPresent()) {
      ProgressResult r = a.methodResult().get();
      OptionalDouble ratio = r.ratio();
      OptionalDouble projection = a.projection();
      methodVi =
          " Phương pháp " + r.methodId() + ": " + r.category().labelVi()
              + (ratio.isPresent() ? ", tỷ số " + Texts.percentVi(ratio.getAsDouble()) : "")
              + (projection.isPresent() ? ", dự báo " + Texts.vi(projection.getAsDouble()) : "") + ".";
      methodEn =
          " Method " + r.methodId() + ": " + r.category().labelEn()
              + (ratio.isPresent() ? ", ratio " + Texts.percentEn(ratio.getAsDouble()) : "")
              + (projection.isPresent() ? ", projection " + Texts.en(projection.getAsDouble()) : "") + ".";
    } else if (a.outlook().isPresent()) {
      ProgressResult r = a.outlook().get();
      OptionalDouble projection = a.projection();
      String deadline = requirement.deadline().toString();
      methodVi =
          " Đã đạt; "
              + (projection.isPresent()
                  ? "xu hướng dự báo " + Texts.vi(projection.getAsDouble()) + " vào " + deadline + " ("
                  : "triển vọng đến " + deadline + " (")
              + "phương pháp " + r.methodId() + ": " + r.category().labelVi() + ").";
      methodEn =
          " Achieved; "
              + (projection.isPresent()
                  ? "trend projects " + Texts.en(projection.getAsDouble()) + " in " + deadline + " ("
                  : "outlook to " + deadline + " (")
              + "method " + r.methodId() + ": " + r.category().labelEn() + ").";
    } else if (a.status() == ProgressStatus.ON_TRACK) {
      methodVi = " Đã đạt mức yêu cầu nhưng chỉ tiêu được xét trong kỳ " + requirement.deadline() + ".";
      methodEn = " Already at the required level; the clause is judged in " + requirement.deadline() + ".";
    }
    Optional<BilingualText> why = a.cause().map(AssessmentRenderer::reason);
    boolean byNow = applicable != targetValue;
    return Texts.of(
        "Giá trị " + Texts.vi(latest) + period + "; chỉ tiêu " + target.vi() + (inPeriod ? " trong " : " đến ")
            + requirement.deadline()
            + (byNow ? "; mức cần đạt đến nay " + Texts.vi(applicable) : "") + "." + methodVi
            + why.map(r -> " Lý do: " + r.vi() + ".").orElse(""),
        "Value " + Texts.en(latest) + period + "; target " + target.en() + (inPeriod ? " in " : " by ")
            + requirement.deadline()
            + (byNow ? "; required by now " + Texts.en(applicable) : "") + "." + methodEn
            + why.map(r -> " Reason: " + r.en() + ".").orElse(""));
  }

  private static BilingualText recurring(Recurring k, ClauseAssessment a, Requirement requirement) {
    List<ClauseAssessment> parts = a.parts();
    StringBuilder failed = new StringBuilder();
    for (ClauseAssessment p : parts) {
      if (p.status() == ProgressStatus.NOT_ACHIEVED && p.part().orElse(null) instanceof InPeriod in
          && !requirement.asOf().endDate().isBefore(in.period().endDate())) {
        failed.append(failed.length() == 0 ? "" : ", ").append(in.period());
      }
    }
    ClauseAssessment last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
    boolean pending =
        last != null && last.part().orElse(null) instanceof InPeriod in
            && requirement.asOf().endDate().isBefore(in.period().endDate());
    String range = k.first() + ".." + k.last();
    return Texts.of(
        "Chỉ tiêu lặp lại mỗi kỳ " + range + ": đã xét " + parts.size() + " kỳ"
            + (failed.length() == 0 ? "" : ", không đạt: " + failed)
            + (pending ? "; kỳ tiếp theo: " + last.status().labelVi() : ""),
        "Recurring in each of " + range + ": " + parts.size() + " period(s) considered"
            + (failed.length() == 0 ? "" : ", not achieved in " + failed)
            + (pending ? "; next period: " + last.status().labelEn() : ""));
  }

  private static BilingualText breakdown(Breakdown k, List<ClauseAssessment> parts) {
    StringBuilder vi = new StringBuilder("Theo ").append(k.dimension()).append(':');
    StringBuilder en = new StringBuilder("By ").append(k.dimension()).append(':');
    for (ClauseAssessment p : parts) {
      String part = p.part().map(Object::toString).orElse("");
      vi.append(' ').append(part).append(' ').append(p.status().labelVi()).append(';');
      en.append(' ').append(part).append(' ').append(p.status().labelEn()).append(';');
    }
    return Texts.of(vi.toString(), en.toString());
  }
}
