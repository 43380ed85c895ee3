package org.reformindicators.core.evaluation;

import java.util.stream.Collectors;
import org.reformindicators.core.evaluation.Reason.BaselineNotBeforeDeadline;
import org.reformindicators.core.evaluation.Reason.DataDoNotFit;
import org.reformindicators.core.evaluation.Reason.Lapsed;
import org.reformindicators.core.evaluation.Reason.MethodCannotAssess;
import org.reformindicators.core.evaluation.Reason.MissingBaseline;
import org.reformindicators.core.evaluation.Reason.MissingNorm;
import org.reformindicators.core.evaluation.Reason.NoData;
import org.reformindicators.core.evaluation.Reason.NoPreviousValue;
import org.reformindicators.core.evaluation.Reason.NoValueAtDeadline;
import org.reformindicators.core.evaluation.Reason.NonPositiveBaseline;
import org.reformindicators.core.evaluation.Reason.PartsNotAssessable;
import org.reformindicators.core.evaluation.Reason.PeriodsNotAssessable;
import org.reformindicators.core.evaluation.Reason.RankNotComparable;
import org.reformindicators.core.evaluation.Reason.YesNoWithoutTrend;
import org.reformindicators.core.target.BilingualText;

/** The Vietnamese and English wording of every {@link Reason}. Not part of the API; stateless and thread-safe. */
final class ReasonTexts {

  private ReasonTexts() {}

  static BilingualText of(Reason reason) {
    if (reason instanceof DataDoNotFit r) {
      return Texts.of(
          "số liệu không phù hợp với chỉ tiêu: " + r.message(), "the data do not fit the clause: " + r.message());
    }
    if (reason instanceof Lapsed r) {
      return Texts.of(
          "không áp dụng từ " + r.lapse().from() + ": " + r.lapse().reason().vi(),
          "not applicable from " + r.lapse().from() + ": " + r.lapse().reason().en());
    }
    if (reason instanceof NoData r) {
      return Texts.of(
          "không có số liệu " + r.indicatorCode() + " của đơn vị " + r.unitCode() + " đến hết " + r.until(),
          "no value of " + r.indicatorCode() + " for unit " + r.unitCode() + " up to the end of " + r.until());
    }
    if (reason instanceof MissingBaseline r) {
      return Texts.of(
          "không có số liệu kỳ gốc " + r.baselinePeriod(), "no value for the baseline period " + r.baselinePeriod());
    }
    if (reason instanceof Reason.NoValueBeforePhase r) {
      return Texts.of(
          "kế hoạch lấy số liệu cuối cùng trước giai đoạn " + r.phase() + " làm gốc, nhưng không có số liệu nào",
          "the plan takes the last value before the phase " + r.phase() + " as the baseline, and there is none");
    }
    if (reason instanceof NonPositiveBaseline r) {
      return Texts.of(
          "giá trị gốc " + Texts.vi(r.value()) + " (" + r.period() + ") không dương nên không tính được mức giảm",
          "the baseline value " + Texts.en(r.value()) + " (" + r.period()
              + ") is not positive, so a reduction is undefined");
    }
    if (reason instanceof NoPreviousValue r) {
      return Texts.of(
          "không có số liệu kỳ trước " + r.previous() + " để so sánh tăng hằng năm",
          "no value for the previous period " + r.previous() + " to measure the year-on-year rise from");
    }
    if (reason instanceof MissingNorm r) {
      // The norm by id only: how to supply it (a setting, a command-line option) is the caller's to say.
      return Texts.of(
          "chưa có định mức bên ngoài " + r.normId() + " (" + Texts.withoutFullStop(r.description().vi()) + ")",
          "the external norm " + r.normId() + " (" + Texts.withoutFullStop(r.description().en())
              + ") was not supplied");
    }
    if (reason instanceof NoValueAtDeadline r) {
      return Texts.of(
          "đã qua thời hạn " + r.deadline() + " nhưng không có số liệu của kỳ này",
          "the deadline " + r.deadline() + " has passed but there is no value for it");
    }
    if (reason instanceof RankNotComparable r) {
      return Texts.of(
          "thứ hạng " + Texts.vi(r.rank()) + "/" + r.universe() + " (" + r.period()
              + ") không so sánh được với chỉ tiêu trên " + r.targetUniverse() + " (quy tắc " + r.rule() + ")",
          "rank " + Texts.en(r.rank()) + " of " + r.universe() + " (" + r.period()
              + ") cannot be compared with a target of " + r.targetUniverse() + " (rule " + r.rule() + ")");
    }
    if (reason instanceof YesNoWithoutTrend r) {
      return Texts.of(
          "chưa hoàn thành; chỉ tiêu có/không không có xu hướng để dự báo trước thời hạn " + r.deadline(),
          "not yet done; a yes/no clause has no trend to project before its deadline " + r.deadline());
    }
    if (reason instanceof BaselineNotBeforeDeadline r) {
      return Texts.of(
          "kỳ gốc " + r.baseline() + " không trước thời hạn " + r.deadline(),
          "the baseline " + r.baseline() + " is not before the deadline " + r.deadline());
    }
    if (reason instanceof MethodCannotAssess r) {
      return Texts.of(r.why().labelVi(), r.why().labelEn());
    }
    if (reason instanceof PeriodsNotAssessable r) {
      String periods = r.periods().stream().map(Object::toString).collect(Collectors.joining(", "));
      return Texts.of("chưa đánh giá được các kỳ " + periods, "the periods " + periods + " cannot be assessed");
    }
    if (reason instanceof Reason.BoundedValue r) {
      String vi = Texts.vi(r.lower()) + "–" + Texts.vi(r.upper());
      String en = Texts.en(r.lower()) + "–" + Texts.en(r.upper());
      return Texts.of(
          r.indicatorCode() + " kỳ " + r.period() + " chỉ được công bố trong khoảng " + vi
              + "; đánh giá ở cận dưới: " + r.atLower().labelVi() + ", ở cận trên: " + r.atUpper().labelVi(),
          r.indicatorCode() + " for " + r.period() + " was published only as the bound " + en
              + "; judged at its lower end: " + r.atLower().labelEn() + ", at its upper end: " + r.atUpper().labelEn());
    }
    PartsNotAssessable r = (PartsNotAssessable) reason;
    String parts = r.parts().stream().map(Object::toString).collect(Collectors.joining(", "));
    return Texts.of("chưa đánh giá được: " + parts, "cannot be assessed for " + parts);
  }
}
