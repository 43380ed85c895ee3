package org.reformindicators.core.evaluation;

import java.util.OptionalDouble;
import org.reformindicators.core.target.Band;
import org.reformindicators.core.target.BilingualText;
import org.reformindicators.core.target.ChangeMeasure;
import org.reformindicators.core.target.ChangePerYear;
import org.reformindicators.core.target.RankBand;
import org.reformindicators.core.target.RankImprovementPerYear;
import org.reformindicators.core.target.ReductionFromBaseline;
import org.reformindicators.core.target.TargetKind;
import org.reformindicators.core.target.Threshold;

/**
 * The wording of what a measured kind asks for, e.g. "rank 30 or better (25–30 of 63)". Not part of the API;
 * stateless and thread-safe.
 */
final class GoalTexts {

  private GoalTexts() {}

  /**
   * Describes a requirement; the baseline period and the target value are the assessment's (for a rank gain, the
   * rank it asks for; for a reduction or a rise, the value it requires).
   */
  static BilingualText describe(TargetKind kind, ClauseAssessment a) {
    String base = a.baselinePeriod().map(Object::toString).orElse("");
    OptionalDouble target = a.targetValue();
    String valueVi = target.isPresent() ? Texts.vi(target.getAsDouble()) : "";
    String valueEn = target.isPresent() ? Texts.en(target.getAsDouble()) : "";
    if (kind instanceof Threshold k) {
      return Texts.of(
          k.comparison().symbol() + " " + Texts.vi(k.value()), k.comparison().symbol() + " " + Texts.en(k.value()));
    }
    if (kind instanceof Band k) {
      // A decimal comma cannot also separate the ends: Vietnamese separates them by a semicolon.
      return Texts.of(
          "trong khoảng [" + Texts.vi(k.min()) + "; " + Texts.vi(k.max()) + "]",
          "within [" + Texts.en(k.min()) + ", " + Texts.en(k.max()) + "]");
    }
    if (kind instanceof RankBand k) {
      return Texts.of(
          "thứ hạng " + k.worst() + " trở lên (" + k.best() + "–" + k.worst() + "/" + k.universe() + ")",
          "rank " + k.worst() + " or better (" + k + ")");
    }
    if (kind instanceof RankImprovementPerYear k) {
      return Texts.of(
          "tăng bình quân " + Texts.vi(k.minPlaces()) + "–" + Texts.vi(k.maxPlaces()) + " bậc/năm từ " + base
              + " (thứ hạng " + valueVi + " trở lên)",
          "+" + Texts.en(k.minPlaces()) + "–" + Texts.en(k.maxPlaces()) + " places a year from " + base + " (rank "
              + valueEn + " or better)");
    }
    if (kind instanceof ReductionFromBaseline k) {
      return Texts.of(
          "giảm tối thiểu " + Texts.vi(k.minReductionPercent()) + "% so với " + base + " (≤ " + valueVi + ")",
          "at least " + Texts.en(k.minReductionPercent()) + " % below " + base + " (≤ " + valueEn + ")");
    }
    if (kind instanceof ChangePerYear k) {
      boolean absolute = k.measure() == ChangeMeasure.ABSOLUTE;
      OptionalDouble ceiling = k.ceiling();
      return Texts.of(
          "tăng tối thiểu " + Texts.vi(k.minChangePerYear()) + (absolute ? " điểm/năm" : "%/năm")
              + (ceiling.isEmpty() ? "" : " đến " + Texts.vi(ceiling.getAsDouble())) + " (≥ " + valueVi + ")",
          "+" + Texts.en(k.minChangePerYear()) + (absolute ? " points a year" : " % a year")
              + (ceiling.isEmpty() ? "" : " up to " + Texts.en(ceiling.getAsDouble())) + " (≥ " + valueEn + ")");
    }
    if (kind instanceof org.reformindicators.core.target.Completion) {
      return Texts.of("hoàn thành (1)", "done (1)");
    }
    // The share of a nested share, an external threshold with its norm: their own text.
    return Texts.of(kind.toString(), kind.toString());
  }
}
