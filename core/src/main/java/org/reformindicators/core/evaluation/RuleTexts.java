package org.reformindicators.core.evaluation;

import org.reformindicators.core.evaluation.Rule.DefaultMethod;
import org.reformindicators.core.evaluation.Rule.EurostatFallback;
import org.reformindicators.core.evaluation.Rule.FirstObservationAsBaseline;
import org.reformindicators.core.evaluation.Rule.MethodChosen;
import org.reformindicators.core.evaluation.Rule.NormSupplied;
import org.reformindicators.core.evaluation.Rule.ParentMissing;
import org.reformindicators.core.evaluation.Rule.ParentShare;
import org.reformindicators.core.evaluation.Rule.ProjectionLimited;
import org.reformindicators.core.evaluation.Rule.RankConverted;
import org.reformindicators.core.evaluation.Rule.RankTargetCapped;
import org.reformindicators.core.evaluation.Rule.ReadingsApplied;
import org.reformindicators.core.evaluation.Rule.RiseFromActual;
import org.reformindicators.core.evaluation.Rule.SeriesBreaks;
import org.reformindicators.core.evaluation.Rule.SuccessorDataIgnored;
import org.reformindicators.core.evaluation.Rule.SuccessorDataUsed;
import org.reformindicators.core.evaluation.Rule.TooFewSinceBreak;
import org.reformindicators.core.evaluation.Rule.TrendFromBreak;
import org.reformindicators.core.target.BilingualText;
import org.reformindicators.core.text.Language;

/** The Vietnamese and English wording of every {@link Rule}. Not part of the API; stateless and thread-safe. */
final class RuleTexts {

  private RuleTexts() {}

  static BilingualText of(Rule rule) {
    if (rule instanceof Reason reason) {
      return ReasonTexts.of(reason);
    }
    if (rule instanceof ReadingsApplied r) {
      String ids = String.join(", ", r.readingIds());
      return Texts.of("cách hiểu của kế hoạch: " + ids, "readings of the plan applied: " + ids);
    }
    if (rule instanceof RankTargetCapped r) {
      return Texts.of(
          "thứ hạng cần đạt " + Texts.vi(r.askedRank()) + " vượt quá hạng 1 nên được lấy là hạng 1",
          "the rank the gain asks for, " + Texts.en(r.askedRank())
              + ", is better than 1st place, so 1st place is the target");
    }
    if (rule instanceof ParentShare r) {
      return Texts.of(
          "trong số đó: " + r.parentCode() + " = " + Texts.vi(r.parentShare()) + " (" + r.period()
              + "), tương ứng " + Texts.vi(r.shareOfWhole()) + "% của tổng thể",
          "of which: " + r.parentCode() + " = " + Texts.en(r.parentShare()) + " (" + r.period() + "), i.e. "
              + Texts.en(r.shareOfWhole()) + " % of the whole");
    }
    if (rule instanceof ParentMissing r) {
      return Texts.of(
          "chưa có số liệu của chỉ số mẹ " + r.parentCode(), "no value of the parent indicator " + r.parentCode());
    }
    if (rule instanceof NormSupplied r) {
      return Texts.of(
          "định mức " + r.normId() + " = " + Texts.vi(r.value()) + " do người dùng cung cấp",
          "norm " + r.normId() + " = " + Texts.en(r.value()) + " supplied by the caller");
    }
    if (rule instanceof RiseFromActual r) {
      return Texts.of(
          "tăng so với giá trị thực tế " + Texts.vi(r.value()) + " (" + r.period() + ")",
          "rise measured from the actual value " + Texts.en(r.value()) + " (" + r.period() + ")");
    }
    if (rule instanceof SeriesBreaks r) {
      return Texts.of(
          "chuỗi số liệu bị gián đoạn (trạng thái B) tại " + r.periods()
              + ": giá trị trước và sau có thể không so sánh được",
          "break in series (status B) at " + r.periods() + ": values before and after may not be comparable");
    }
    if (rule instanceof ProjectionLimited r) {
      return projectionLimited(r);
    }
    if (rule instanceof TrendFromBreak r) {
      return Texts.of(
          "xu hướng, tốc độ và dự báo chỉ tính trên " + r.observations() + " số liệu từ điểm gián đoạn "
              + r.breakPeriod() + " trở đi (giá trị " + Texts.vi(r.breakValue())
              + " là gốc của chuỗi mới): số liệu trước đó đo theo định nghĩa khác",
          "trend, rates and projection use only the " + r.observations() + " observations from the break at "
              + r.breakPeriod() + " onwards (its value " + Texts.en(r.breakValue())
              + " starts the new series): earlier values measure a different definition");
    }
    if (rule instanceof TooFewSinceBreak r) {
      return Texts.of(
          "chỉ có " + r.observations() + " số liệu từ điểm gián đoạn " + r.breakPeriod() + " trở đi (cần tối thiểu "
              + r.minimum() + "): xu hướng vẫn tính trên cả chuỗi, kể cả số liệu theo định nghĩa cũ",
          "only " + r.observations() + " observation(s) from the break at " + r.breakPeriod()
              + " onwards (the method needs at least " + r.minimum()
              + "): the trend is fitted across the whole series, old-definition values included");
    }
    if (rule instanceof MethodChosen r) {
      return Texts.of(
          "phương pháp " + r.methodId() + " do người dùng chọn", "method " + r.methodId() + " chosen by the caller");
    }
    if (rule instanceof DefaultMethod r) {
      return defaultMethod(r.choice());
    }
    if (rule instanceof EurostatFallback r) {
      return Texts.of(
          "phương pháp mặc định Eurostat không áp dụng được (" + r.why().labelVi() + "); dùng tỷ số tuyến tính SDSN",
          "default method Eurostat cannot apply (" + r.why().labelEn() + "); the SDSN linear ratio was used");
    }
    if (rule instanceof FirstObservationAsBaseline r) {
      return Texts.of(
          "không có kết quả trước giai đoạn " + r.phase() + ": lấy số liệu đầu tiên (" + r.first() + ") làm gốc",
          "no result before the phase " + r.phase() + ": the first observation (" + r.first()
              + ") is the baseline");
    }
    if (rule instanceof Rule.BaselineByRule r) {
      return r.rule() == org.reformindicators.core.target.BaselineRule.FIRST_OBSERVATION
          ? Texts.of(
              "kế hoạch lấy số liệu đầu tiên (" + r.period() + ") làm gốc",
              "the plan takes the first observation (" + r.period() + ") as the baseline")
          : Texts.of(
              "kế hoạch lấy số liệu cuối cùng trước giai đoạn (" + r.period() + ") làm gốc",
              "the plan takes the last observation before the phase (" + r.period() + ") as the baseline");
    }
    if (rule instanceof Rule.TrendObservations r) {
      return r.span() == Rule.TrendSpan.ALL
          ? Texts.of(
              "xu hướng tính trên cả " + r.observations() + " số liệu, từ " + r.from(),
              "the trend uses all " + r.observations() + " observations, from " + r.from())
          : Texts.of(
              "xu hướng tính trên " + r.observations() + " số liệu từ kỳ gốc " + r.from() + " trở đi",
              "the trend uses the " + r.observations() + " observations from the baseline " + r.from() + " on");
    }
    if (rule instanceof Rule.MethodDoesNotFit r) {
      return Texts.of(
          "phương pháp " + r.methodId() + " (tốc độ tăng trưởng kép) không phù hợp với chỉ số dạng "
              + r.measureKind().name().toLowerCase(java.util.Locale.ROOT) + ": giữ phương pháp mặc định",
          "method " + r.methodId() + " (compound rates) does not fit a " + r.measureKind().name().toLowerCase(java.util.Locale.ROOT)
              + " measure: the default method was kept");
    }
    if (rule instanceof SuccessorDataUsed r) {
      return Texts.of(
          "dùng số liệu của đơn vị kế thừa sau " + r.lastDay() + " theo quy tắc được chỉ định",
          "data of the successor unit after " + r.lastDay() + " used by the explicit successor rule");
    }
    if (rule instanceof SuccessorDataIgnored r) {
      return Texts.of(
          r.count() + " số liệu sau " + r.lastDay() + " thuộc đơn vị kế thừa nên không được dùng",
          r.count() + " observation(s) after " + r.lastDay()
              + " belong to the successor unit and were not used (no successor rule)");
    }
    RankConverted r = (RankConverted) rule;
    return Texts.of(
        "thứ hạng " + Texts.vi(r.rank()) + "/" + r.universe() + " (" + r.period() + ") được quy đổi thành "
            + Texts.vi(r.converted()) + "/" + r.targetUniverse() + " theo vị trí tương đối (r − 1)/(N − 1)",
        "rank " + Texts.en(r.rank()) + " of " + r.universe() + " (" + r.period() + ") compared as "
            + Texts.en(r.converted()) + " of " + r.targetUniverse()
            + " by the relative-position rule (r − 1)/(N − 1)");
  }

  private static BilingualText projectionLimited(ProjectionLimited r) {
    return Texts.of(
        "dự báo và khoảng dự báo được giới hạn trong miền giá trị tự nhiên " + range(r, Language.VI)
            + " của chỉ số (số liệu gốc của phương pháp: " + raw(r, Language.VI) + ")",
        "projection and interval limited to the indicator's natural range " + range(r, Language.EN)
            + " (the method's own figures: " + raw(r, Language.EN) + ")");
  }

  /** The method's projection and interval, such as {@code 101.5 [98, 105]} ({@code 101,5 [98; 105]} in Vietnamese). */
  private static String raw(ProjectionLimited r, Language language) {
    StringBuilder raw = new StringBuilder(Texts.number(r.projection(), language));
    if (r.lower().isPresent() && r.upper().isPresent()) {
      raw.append(" [").append(Texts.number(r.lower().getAsDouble(), language))
          .append(language == Language.VI ? "; " : ", ")
          .append(Texts.number(r.upper().getAsDouble(), language)).append(']');
    }
    return raw.toString();
  }

  private static String range(ProjectionLimited r, Language language) {
    if (r.high().isEmpty()) {
      return "≥ " + Texts.number(r.low().getAsDouble(), language);
    }
    return r.low().isEmpty()
        ? "≤ " + Texts.number(r.high().getAsDouble(), language)
        : Texts.number(r.low().getAsDouble(), language) + "–" + Texts.number(r.high().getAsDouble(), language);
  }

  private static BilingualText defaultMethod(Rule.DefaultChoice choice) {
    switch (choice) {
      case LINEAR_PROJECTION:
        return Texts.of(
            "phương pháp mặc định: dự báo tuyến tính (có từ 3 số liệu trở lên)",
            "default method: linear projection (3 or more observations)");
      case SDSN_FOR_RANK:
        return Texts.of(
            "phương pháp mặc định cho thứ hạng: tỷ số tuyến tính SDSN (dưới 3 số liệu; tốc độ tăng trưởng kép"
                + " của thứ hạng không có ý nghĩa)",
            "default method for a rank: the SDSN linear ratio (fewer than 3 observations; a compound growth"
                + " rate of a rank has no meaning)");
      default:
        return Texts.of(
            "phương pháp mặc định: Eurostat (dưới 3 số liệu)", "default method: Eurostat (fewer than 3 observations)");
    }
  }
}
