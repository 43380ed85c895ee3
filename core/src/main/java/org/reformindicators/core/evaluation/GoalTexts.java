package org.reformindicators.core.evaluation;

import org.reformindicators.core.target.Band;
import org.reformindicators.core.target.BilingualText;
import org.reformindicators.core.target.ChangeMeasure;
import org.reformindicators.core.target.ChangePerYear;
import org.reformindicators.core.target.RankBand;
import org.reformindicators.core.target.RankImprovementPerYear;
import org.reformindicators.core.target.ReductionFromBaseline;
import org.reformindicators.core.target.TargetKind;

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
    String value = a.targetValue().isPresent() ? Texts.num(a.targetValue().getAsDouble()) : "";
    if (kind instanceof Band k) {
      return Texts.of("trong khoảng " + k, "within " + k);
    }
    if (kind instanceof RankBand k) {
      return Texts.of(
          "thứ hạng " + k.worst() + " trở lên (" + k.best() + "–" + k.worst() + "/" + k.universe() + ")",
          "rank " + k.worst() + " or better (" + k + ")");
    }
    if (kind instanceof RankImprovementPerYear k) {
      String places = Texts.num(k.minPlaces()) + "–" + Texts.num(k.maxPlaces());
      return Texts.of(
          "tăng bình quân " + places + " bậc/năm từ " + base + " (thứ hạng " + value + " trở lên)",
          "+" + places + " places a year from " + base + " (rank " + value + " or better)");
    }
    if (kind instanceof ReductionFromBaseline k) {
      String percent = Texts.num(k.minReductionPercent());
      return Texts.of(
          "giảm tối thiểu " + percent + "% so với " + base + " (≤ " + value + ")",
          "at least " + percent + " % below " + base + " (≤ " + value + ")");
    }
    if (kind instanceof ChangePerYear k) {
      boolean absolute = k.measure() == ChangeMeasure.ABSOLUTE;
      String ceiling = k.ceiling().isPresent() ? Texts.num(k.ceiling().getAsDouble()) : "";
      return Texts.of(
          "tăng tối thiểu " + Texts.num(k.minChangePerYear()) + (absolute ? " điểm/năm" : "%/năm")
              + (ceiling.isEmpty() ? "" : " đến " + ceiling) + " (≥ " + value + ")",
          "+" + Texts.num(k.minChangePerYear()) + (absolute ? " points a year" : " % a year")
              + (ceiling.isEmpty() ? "" : " up to " + ceiling) + " (≥ " + value + ")");
    }
    if (kind instanceof org.reformindicators.core.target.Completion) {
      return Texts.of("hoàn thành (1)", "done (1)");
    }
    // A threshold (also the share of a nested share, an external threshold with its norm, a breakdown value).
    return Texts.of(kind.toString(), kind.toString());
  }
}
