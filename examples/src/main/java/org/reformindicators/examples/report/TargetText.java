package org.reformindicators.examples.report;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.reformindicators.core.target.Band;
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
import org.reformindicators.core.target.TargetKind;
import org.reformindicators.core.target.Threshold;

/**
 * Writes what a target kind commits to as short text for a report, such as {@code hạng 25–30/63}
 * (Vietnamese) or {@code rank 25–30 of 63} (English) for {@code RankBand.of(25, 30, 63)}.
 *
 * <p>Immutable and thread-safe.
 */
final class TargetText implements TargetKind.Visitor<String> {

  private final Language language;
  private final String unit;
  private final Function<String, String> parentLabel;

  /**
   * Creates the writer, naming the parent of a nested share by its indicator code.
   *
   * @param language the language of the text
   * @param unit the unit appended to values in the indicator's unit, such as {@code %}, or empty
   */
  TargetText(Language language, String unit) {
    this(language, unit, Function.identity());
  }

  /**
   * Creates the writer.
   *
   * @param language the language of the text
   * @param unit the unit appended to values in the indicator's unit, such as {@code %}, or empty
   * @param parentLabel names the parent of a nested share from its indicator code, such as the
   *     clause id {@code T6a}
   */
  TargetText(Language language, String unit, Function<String, String> parentLabel) {
    this.language = Objects.requireNonNull(language, "language");
    this.unit = Objects.requireNonNull(unit, "unit");
    this.parentLabel = Objects.requireNonNull(parentLabel, "parentLabel");
  }

  /**
   * Describes a target kind.
   *
   * @param kind the kind
   * @return the text, such as {@code ≥ 80%}
   */
  String describe(TargetKind kind) {
    return kind.accept(this);
  }

  private boolean vi() {
    return language == Language.VI;
  }

  private String value(double value) {
    return number(value) + unit;
  }

  /**
   * Formats a number without trailing zeros, with a point as the decimal mark.
   *
   * @param value the number
   * @return the text, such as {@code 80} or {@code 86.45}
   */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
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
            + (kind.measure() == ChangeMeasure.ABSOLUTE
                ? (vi() ? " điểm" : " points")
                : " %");
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
    return vi()
        ? "giảm ≥ " + number(kind.minReductionPercent()) + "% so với " + base
        : "down ≥ " + number(kind.minReductionPercent()) + "% from " + base;
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
    String parent = parentLabel.apply(kind.parentIndicatorCode().toString());
    return vi() ? share + " trong số " + parent : share + " of " + parent;
  }

  @Override
  public String visit(Breakdown kind) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, Threshold> entry : kind.thresholds().entrySet()) {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append(ReportBuilder.breakdownLabel(kind.dimension(), entry.getKey(), language))
          .append(' ').append(entry.getValue().accept(this));
    }
    return text.toString();
  }

  @Override
  public String visit(ExternalThreshold kind) {
    return kind.comparison().symbol() + (vi() ? " định mức bên ngoài " : " external norm ")
        + kind.normId();
  }

  @Override
  public String visit(Qualitative kind) {
    return vi() ? "đánh giá định tính" : "assessed by hand";
  }
}
