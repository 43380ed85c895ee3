package org.reformindicators.core.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.reformindicators.core.indicator.BreakdownDimension;
import org.reformindicators.core.indicator.Indicator;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.indicator.MeasureKind;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.target.Band;
import org.reformindicators.core.target.BilingualText;
import org.reformindicators.core.target.Breakdown;
import org.reformindicators.core.target.ChangeMeasure;
import org.reformindicators.core.target.ChangePerYear;
import org.reformindicators.core.target.Completion;
import org.reformindicators.core.target.ExternalThreshold;
import org.reformindicators.core.target.NestedShare;
import org.reformindicators.core.target.Qualitative;
import org.reformindicators.core.target.RankBand;
import org.reformindicators.core.target.RankImprovementPerYear;
import org.reformindicators.core.target.Recurring;
import org.reformindicators.core.target.ReductionFromBaseline;
import org.reformindicators.core.target.Target;
import org.reformindicators.core.target.TargetKind;
import org.reformindicators.core.target.Threshold;
import org.reformindicators.core.text.Language;
import org.reformindicators.core.text.NumberText;

/**
 * Describes what a target commits to in short words for a report, in Vietnamese and English, such as {@code hạng
 * 25–30/63 đến 2025} and {@code rank 25–30 of 63 by 2025} for a {@link RankBand} of 25–30 of 63 due in 2025.
 *
 * <p>Where {@link AssessmentRenderer} writes what an assessment found, this class writes what the plan asks, for a
 * table column: every one of the twelve target kinds, the values in the indicator's unit ({@code ≥ 80%}) and in
 * each language's number convention ({@link NumberText#of(double, Language)}: {@code ≥ 86,45%} in Vietnamese,
 * {@code ≥ 86.45%} in English), the deadline ({@code đến 2025}, or {@code trong 2021} for a milestone), the parent
 * of a nested share by its clause ids, and the values of the standard breakdown dimensions by name ({@code cấp
 * tỉnh} for {@code LEVEL=PROVINCE}).
 *
 * <p>Stateless and thread-safe.
 */
public final class TargetDescriptions {

  private TargetDescriptions() {}

  /**
   * Describes a target of a plan with its deadline, such as {@code ≥ 80% đến 2025} and {@code ≥ 80% by 2025}; a
   * recurring or an unmeasured target (completion, qualitative) has no deadline of its own in the text.
   *
   * @param plan the plan, for the indicator's unit and to name the parent clause of a nested share
   * @param target a target of the plan
   * @return the description in both languages
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the plan's catalogue has no indicator of the target
   */
  public static BilingualText of(Plan plan, Target target) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(target, "target");
    Indicator indicator = plan.indicatorOf(target);
    String unit = indicator.measure().kind() == MeasureKind.PERCENTAGE ? "%" : "";
    Function<IndicatorCode, String> parent = code -> {
      List<String> ids = plan.targetsOn(code).stream().map(t -> t.clauseId().toString()).toList();
      return ids.isEmpty() ? code.toString() : String.join(", ", ids);
    };
    BilingualText kind = ofKind(target.kind(), unit, parent);
    if (target.kind() instanceof Recurring || !target.kind().isMeasured()) {
      return kind;
    }
    String deadline = target.deadline().toString();
    return target.isMilestone()
        ? BilingualText.of(kind.vi() + " trong " + deadline, kind.en() + " in " + deadline)
        : BilingualText.of(kind.vi() + " đến " + deadline, kind.en() + " by " + deadline);
  }

  /**
   * Describes what a target kind commits to, without a deadline, such as {@code hạng 25–30/63} and {@code rank
   * 25–30 of 63}.
   *
   * @param kind the kind
   * @param unitOfMeasure the unit written after values in the indicator's unit, such as {@code %}, or empty
   * @param parentLabel names the parent of a nested share from its indicator code, such as the clause id {@code
   *     T6a}
   * @return the description in both languages
   * @throws NullPointerException if an argument is null
   */
  public static BilingualText ofKind(
      TargetKind kind, String unitOfMeasure, Function<IndicatorCode, String> parentLabel) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(unitOfMeasure, "unitOfMeasure");
    Objects.requireNonNull(parentLabel, "parentLabel");
    return BilingualText.of(
        kind.accept(new KindText(Language.VI, unitOfMeasure, parentLabel)),
        kind.accept(new KindText(Language.EN, unitOfMeasure, parentLabel)));
  }

  /**
   * Names a value of a breakdown dimension for people, such as {@code cấp tỉnh} and {@code province level} for
   * {@code LEVEL=PROVINCE}: the values of {@link BreakdownDimension#level()} and {@link
   * BreakdownDimension#sector()} by name, any other value as {@code KEY=VALUE}.
   *
   * @param dimension the dimension key, such as {@code LEVEL}
   * @param value the value, such as {@code PROVINCE}
   * @return the name in both languages
   * @throws NullPointerException if an argument is null
   */
  public static BilingualText breakdownLabel(String dimension, String value) {
    String key = Objects.requireNonNull(dimension, "dimension") + "=" + Objects.requireNonNull(value, "value");
    return switch (key) {
      case BreakdownDimension.LEVEL + "=PROVINCE" -> BilingualText.of("cấp tỉnh", "province level");
      case BreakdownDimension.LEVEL + "=DISTRICT" -> BilingualText.of("cấp huyện", "district level");
      case BreakdownDimension.LEVEL + "=COMMUNE" -> BilingualText.of("cấp xã", "commune level");
      case BreakdownDimension.SECTOR + "=LAND" -> BilingualText.of("đất đai", "land");
      case BreakdownDimension.SECTOR + "=CONSTRUCTION" -> BilingualText.of("xây dựng", "construction");
      case BreakdownDimension.SECTOR + "=INVESTMENT" -> BilingualText.of("đầu tư", "investment");
      case BreakdownDimension.SECTOR + "=HEALTH" -> BilingualText.of("y tế", "health");
      case BreakdownDimension.SECTOR + "=EDUCATION" -> BilingualText.of("giáo dục", "education");
      default -> BilingualText.of(key, key);
    };
  }

  /** The words of one kind in one language. */
  private static final class KindText implements TargetKind.Visitor<String> {

    private final Language language;
    private final String unit;
    private final Function<IndicatorCode, String> parentLabel;

    KindText(Language language, String unit, Function<IndicatorCode, String> parentLabel) {
      this.language = language;
      this.unit = unit;
      this.parentLabel = parentLabel;
    }

    private boolean vi() {
      return language == Language.VI;
    }

    private String number(double value) {
      return NumberText.of(value, language);
    }

    private String value(double value) {
      return number(value) + unit;
    }

    @Override
    public String visit(Threshold kind) {
      return kind.comparison().symbol() + " " + value(kind.value());
    }

    @Override
    public String visit(Band kind) {
      return number(kind.min()) + "–" + value(kind.max());
    }

    @Override
    public String visit(RankBand kind) {
      return vi()
          ? "hạng " + kind.best() + "–" + kind.worst() + "/" + kind.universe()
          : "rank " + kind.best() + "–" + kind.worst() + " of " + kind.universe();
    }

    @Override
    public String visit(RankImprovementPerYear kind) {
      String places = number(kind.minPlaces()) + "–" + number(kind.maxPlaces());
      String base = kind.baselineRank().period().toString();
      return vi()
          ? "tăng " + places + " bậc/năm (từ " + base + ")"
          : "up " + places + " places a year (from " + base + ")";
    }

    @Override
    public String visit(ChangePerYear kind) {
      String rate =
          "+" + number(kind.minChangePerYear())
              + (kind.measure() == ChangeMeasure.ABSOLUTE ? (vi() ? " điểm" : " points") : " %");
      StringBuilder text = new StringBuilder(rate).append(vi() ? "/năm" : " a year");
      kind.base().ifPresent(b -> text.append(vi() ? " từ " : " from ").append(b.period()));
      if (kind.base().isEmpty()) {
        text.append(vi() ? " so với năm trước" : " year on year");
      }
      if (kind.ceiling().isPresent()) {
        text.append(vi() ? ", tối đa " : ", up to ").append(value(kind.ceiling().getAsDouble()));
      }
      return text.toString();
    }

    @Override
    public String visit(ReductionFromBaseline kind) {
      String base = kind.baselineValue().period().toString();
      String percent = number(kind.minReductionPercent());
      return vi() ? "giảm ≥ " + percent + "% so với " + base : "down ≥ " + percent + "% from " + base;
    }

    @Override
    public String visit(Completion kind) {
      return vi() ? "hoàn thành" : "completed";
    }

    @Override
    public String visit(Recurring kind) {
      String each = kind.each().accept(this);
      return vi()
          ? each + " mỗi năm " + kind.first() + "–" + kind.last()
          : each + " every year " + kind.first() + "–" + kind.last();
    }

    @Override
    public String visit(NestedShare kind) {
      String share = kind.share().accept(this);
      String parent = parentLabel.apply(kind.parentIndicatorCode());
      return vi() ? share + " trong số " + parent : share + " of " + parent;
    }

    @Override
    public String visit(Breakdown kind) {
      StringBuilder text = new StringBuilder();
      for (Map.Entry<String, Threshold> entry : kind.thresholds().entrySet()) {
        if (text.length() > 0) {
          text.append("; ");
        }
        BilingualText label = breakdownLabel(kind.dimension(), entry.getKey());
        text.append(vi() ? label.vi() : label.en()).append(' ').append(entry.getValue().accept(this));
      }
      return text.toString();
    }

    @Override
    public String visit(ExternalThreshold kind) {
      return kind.comparison().symbol() + (vi() ? " định mức bên ngoài " : " external norm ") + kind.normId();
    }

    @Override
    public String visit(Qualitative kind) {
      return vi() ? "đánh giá định tính" : "assessed by hand";
    }
  }
}
