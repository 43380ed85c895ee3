package org.reformindicators.examples.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.evaluation.AssessmentRenderer;
import org.reformindicators.core.evaluation.ClauseAssessment;
import org.reformindicators.core.evaluation.PlanAssessment;
import org.reformindicators.core.evaluation.ProgressStatus;
import org.reformindicators.core.evaluation.Reason;
import org.reformindicators.core.evaluation.TargetDescriptions;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.Direction;
import org.reformindicators.core.indicator.Indicator;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.indicator.MeasureKind;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.observation.TimeSeries;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.target.BilingualText;
import org.reformindicators.core.target.Breakdown;
import org.reformindicators.core.target.Reading;
import org.reformindicators.core.target.Target;
import org.reformindicators.core.target.TargetKind;
import org.reformindicators.core.target.Threshold;
import org.reformindicators.core.text.Language;
import org.reformindicators.core.text.NumberText;

/**
 * Builds the {@link ProgressReport} of a plan assessment, such as the Quảng Ngãi 2021–2025 report:
 * one row per clause in plan order and one chart per observed series of an indicator the plan's
 * targets use.
 *
 * <p>The notes under the table state the method chosen for the plan, if any, and every reading
 * the plan declares for its ambiguous clauses.
 *
 * <p>An observation whose note starts with {@value #SAMPLE_NOTE_PREFIX} is an illustrative sample
 * rather than a published result: the report marks it with {@code *} and prints a legend. Only
 * observations of the plan's unit up to the end of the assessment period are drawn.
 *
 * <p>Immutable and thread-safe (stateless).
 */
public final class ReportBuilder {

  /** The prefix of the {@code note} of an illustrative sample observation. */
  public static final String SAMPLE_NOTE_PREFIX = "SAMPLE:";

  private ReportBuilder() {}

  /**
   * Returns whether an observation is an illustrative sample, by its note.
   *
   * @param observation the observation
   * @return whether its note starts with {@value #SAMPLE_NOTE_PREFIX}
   */
  public static boolean isSample(Observation observation) {
    return observation.note().map(note -> note.startsWith(SAMPLE_NOTE_PREFIX)).orElse(false);
  }

  /**
   * Builds the report.
   *
   * @param assessment the plan assessment
   * @param observations the observations the assessment was made on (for the charts and the sample
   *     markers)
   * @param language the language of the report
   * @return the report
   * @throws NullPointerException if an argument is {@code null}
   */
  public static ProgressReport build(
      PlanAssessment assessment, ObservationSet observations, Language language) {
    return build(assessment, observations, language, reason -> Optional.empty());
  }

  /**
   * Builds the report, adding the caller's advice after a reason, such as the command line's
   * "give --norm CENTRAL_STAFF_REDUCTION_RATIO=VALUE" after a missing external norm.
   *
   * @param assessment the plan assessment
   * @param observations the observations the assessment was made on (for the charts and the sample
   *     markers)
   * @param language the language of the report
   * @param advice the advice, if any, the caller adds after a reason, in both languages
   * @return the report
   * @throws NullPointerException if an argument is {@code null}
   */
  public static ProgressReport build(
      PlanAssessment assessment,
      ObservationSet observations,
      Language language,
      Function<Reason, Optional<BilingualText>> advice) {
    Objects.requireNonNull(advice, "advice");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(language, "language");
    Plan plan = assessment.plan();
    boolean vi = language == Language.VI;
    ObservationSet seen =
        observations.filter(
            o -> o.unit().equals(plan.unitCode())
                && !o.period().endDate().isAfter(assessment.asOf().endDate()));
    List<ClauseLine> lines = new ArrayList<>();
    for (ClauseAssessment clause : assessment.clauses()) {
      lines.add(line(plan, clause, seen, language, advice, assessment.asOf()));
    }
    String title =
        (vi ? plan.title().vi() : plan.title().en())
            + (vi ? " — báo cáo tiến độ" : " — progress report");
    String source =
        plan.legalReference().number() + ", "
            + plan.legalReference().date().format(DateTimeFormatter.ISO_LOCAL_DATE) + ", "
            + text(plan.legalReference().issuer(), language)
            + (vi ? "; giai đoạn " : "; phase ") + plan.phase()
            + (vi ? "; đơn vị " : "; unit ") + plan.unitCode();
    String asOf =
        assessment.asOf()
            + (assessment.asOfFromData()
                ? (vi ? " (kỳ mới nhất trong chuỗi số liệu của các chỉ tiêu kế hoạch)" : " (the latest period in the data of the plan's own clause series)")
                : "");
    List<String> notes = new ArrayList<>();
    assessment.settings().planMethod().ifPresent(method ->
        notes.add((vi ? "Phương pháp: " : "Method: ") + method.id() + " " + method.parameters()));
    // How the plan reads its ambiguous clauses (docs/plan-1256-model.md, readings of Decision 1256/QĐ-UBND), as the plan states it.
    for (Reading reading : plan.readings()) {
      notes.add(reading.id() + ": " + text(reading.statement(), language));
    }
    return new ProgressReport(
        title, source, asOf, language, lines, charts(plan, assessment, seen, language), notes,
        RelatedResults.lines(plan, observations, language));
  }

  private static ClauseLine line(
      Plan plan,
      ClauseAssessment clause,
      ObservationSet seen,
      Language language,
      Function<Reason, Optional<BilingualText>> advice,
      ReportingPeriod asOf) {
    Target target = clause.target();
    Indicator indicator = plan.indicatorOf(target);
    String name = text(indicator, language)
        + breakdownSuffix(target.breakdown().orElse(BreakdownKey.TOTAL), language);
    String latest = "";
    String period = "";
    boolean sample = false;
    if (clause.latestValue().isPresent()) {
      double value = clause.latestValue().getAsDouble();
      latest = NumberText.fixed(value, indicator.decimals(), language);
      if (indicator.measure().kind() == MeasureKind.RANK && clause.latestUniverse().isPresent()) {
        latest = latest + "/" + clause.latestUniverse().getAsInt();
      } else if (indicator.measure().kind() == MeasureKind.PERCENTAGE) {
        latest = latest + "%";
      }
      Optional<ReportingPeriod> latestPeriod = clause.latestPeriod();
      if (latestPeriod.isPresent()) {
        period = latestPeriod.get().toString();
        sample = observationAt(seen, plan.unitCode(), target, latestPeriod.get()).map(ReportBuilder::isSample)
            .orElse(false);
      }
    }
    Optional<Reason.BoundedValue> bounded = bound(clause);
    if (bounded.isPresent()) {
      latest = RelatedResults.boundText(bounded.get().lower(), bounded.get().upper(), clause.latestUniverse(),
          indicator.measure().kind() == MeasureKind.RANK, language);
      period = bounded.get().period().toString();
    }
    String status = clause.status().name();
    boolean vi = language == Language.VI;
    String label = vi ? clause.status().labelVi() : clause.status().labelEn();
    // The id and status columns already show the explanation's heading: the report takes its body.
    AssessmentRenderer renderer = vi ? AssessmentRenderer.vietnamese() : AssessmentRenderer.english();
    StringBuilder explanation = new StringBuilder();
    append(explanation, sb -> renderer.appendBody(clause, sb));
    if (!clause.seriesBreaks().isEmpty()) {
      List<String> breaks = clause.seriesBreaks().stream().map(ReportingPeriod::toString).toList();
      if (explanation.length() > 0) {
        explanation.append(' ');
      }
      explanation.append(vi ? "Chuỗi số liệu gián đoạn (SDMX B) tại " : "Break in series (SDMX B) at ")
          .append(String.join(", ", breaks)).append('.');
    }
    if (!AssessmentRenderer.bodyStatesReason(clause)) {
      explanation.append(explanation.length() > 0 ? " " : "");
      append(explanation, sb -> renderer.appendReason(clause.cause().orElseThrow(), sb));
    }
    Optional<ReportingPeriod> judged = clause.latestPeriod().or(() -> bounded.map(Reason.BoundedValue::period));
    if (judged.isPresent() && judged.get().endDate().isBefore(asOf.startDate())
        && clause.status() != ProgressStatus.NOT_APPLICABLE) {
      explanation.append(explanation.length() > 0 ? " " : "").append(vi
          ? "(số liệu mới nhất " + judged.get() + ", đánh giá tại " + asOf + ")"
          : "(latest " + judged.get() + ", judged as of " + asOf + ")");
    }
    clause.cause().flatMap(advice).ifPresent(
        hint -> explanation.append(explanation.length() > 0 ? " " : "").append(text(hint, language)));
    return new ClauseLine(
        clause.clauseId().toString(), name, targetText(plan, target, language), latest, period,
        sample, status, label, clause.exceeded(), explanation.toString());
  }

  /** The bound a clause was judged on, as its reason or among its rules. */
  private static Optional<Reason.BoundedValue> bound(ClauseAssessment clause) {
    if (clause.cause().isPresent() && clause.cause().get() instanceof Reason.BoundedValue b) {
      return Optional.of(b);
    }
    return clause.rules().stream()
        .filter(r -> r instanceof Reason.BoundedValue)
        .map(r -> (Reason.BoundedValue) r)
        .findFirst();
  }

  /** Appends through a renderer to a {@link StringBuilder}, which never fails. */
  private static void append(StringBuilder out, Writing writing) {
    try {
      writing.to(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A piece of text written to an {@link Appendable}. */
  @FunctionalInterface
  private interface Writing {
    void to(Appendable out) throws IOException;
  }

  /**
   * Writes a target with its deadline, such as {@code hạng 25–30/63 đến 2025}, or {@code trong
   * năm 2021} for a milestone.
   *
   * @param plan the plan, to name the parent clause of a nested share
   * @param target the target
   * @param language the language
   * @return the text
   */
  static String targetText(Plan plan, Target target, Language language) {
    return text(TargetDescriptions.of(plan, target), language);
  }

  private static Optional<Observation> observationAt(
      ObservationSet seen, UnitCode unit, Target target, ReportingPeriod period) {
    return seen.series(target.indicatorCode(), unit, breakdownOf(target))
        .at(period);
  }

  /**
   * Returns the breakdown of the series a target is on, such as {@code LEVEL=PROVINCE} for T7a.
   *
   * @param target the target
   * @return the breakdown, the total for the series of the whole unit
   */
  private static BreakdownKey breakdownOf(Target target) {
    return target.breakdown().orElse(BreakdownKey.TOTAL);
  }

  private static List<IndicatorChart> charts(
      Plan plan, PlanAssessment assessment, ObservationSet seen, Language language) {
    // One chart per observed series of a plan indicator, in the order the plan first uses them.
    Map<IndicatorCode, List<Target>> targetsByIndicator = new LinkedHashMap<>();
    for (Target target : plan.targets()) {
      targetsByIndicator.computeIfAbsent(target.indicatorCode(), code -> new ArrayList<>()).add(target);
    }
    double phaseStart = TimeAxis.start(plan.phase());
    List<IndicatorChart> charts = new ArrayList<>();
    for (Map.Entry<IndicatorCode, List<Target>> entry : targetsByIndicator.entrySet()) {
      IndicatorCode code = entry.getKey();
      Indicator indicator = plan.catalogue().get(code);
      List<TimeSeries> series = new ArrayList<>();
      for (TimeSeries candidate : seen.allSeries()) {
        if (candidate.indicator().equals(code)) {
          series.add(candidate);
        }
      }
      // The series a clause names (T7a province, T7b district, …) in plan order, then the others.
      series.sort(java.util.Comparator.comparingInt(one -> firstClauseOn(entry.getValue(), one)));
      for (TimeSeries one : series) {
        List<ChartPoint> points = new ArrayList<>();
        for (Observation observation : one.withoutMissingValues().observations()) {
          points.add(new ChartPoint(observation.period().toString(),
              TimeAxis.middle(observation.period()), observation.value().getAsDouble(),
              isSample(observation)));
        }
        List<TargetMarker> markers = new ArrayList<>();
        for (Target target : entry.getValue()) {
          levelFor(target, one.breakdown())
              .or(() -> assessedLevel(assessment, target, one.breakdown()))
              .ifPresent(level -> markers.add(new TargetMarker(
              target.clauseId(), level[0], level[1],
              Math.min(phaseStart, TimeAxis.start(target.deadline())),
              TimeAxis.end(target.deadline()), target.deadline().toString())));
        }
        String title = text(indicator, language) + breakdownSuffix(one.breakdown(), language);
        String unit = switch (indicator.measure().kind()) {
          case PERCENTAGE -> "%";
          case RANK -> language == Language.VI ? "hạng" : "rank";
          default -> "";
        };
        charts.add(new IndicatorChart(
            code + (one.breakdown().isTotal() ? "" : "-" + one.breakdown()),
            title, unit, indicator.direction() == Direction.LOWER_IS_BETTER, points, markers));
      }
    }
    return charts;
  }

  /**
   * Returns the value the engine derived for a target whose kind sets no fixed level (a rank
   * improvement from a baseline, a reduction against a baseline value), drawn as a line.
   */
  private static Optional<double[]> assessedLevel(
      PlanAssessment assessment, Target target, BreakdownKey breakdown) {
    if (target.kind() instanceof Breakdown || !breakdownOf(target).equals(breakdown)) {
      return Optional.empty();
    }
    return assessment.clause(target.clauseId())
        .flatMap(clause -> clause.targetValue().isPresent()
            && Double.isFinite(clause.targetValue().getAsDouble())
                ? Optional.of(new double[] {clause.targetValue().getAsDouble(),
                    clause.targetValue().getAsDouble()})
                : Optional.empty());
  }

  private static int firstClauseOn(List<Target> targets, TimeSeries series) {
    for (int i = 0; i < targets.size(); i++) {
      if (breakdownOf(targets.get(i)).equals(series.breakdown())) {
        return i;
      }
    }
    return targets.size();
  }

  /**
   * Returns the level a target sets on one series of its indicator: its own level when the target
   * is on that series, or the threshold of the series' value for a target broken down by values.
   */
  private static Optional<double[]> levelFor(Target target, BreakdownKey breakdown) {
    TargetKind kind = target.kind();
    if (kind instanceof Breakdown byValue) {
      String value = breakdown.value(byValue.dimension()).orElse(null);
      if (value == null || breakdown.size() != 1 || !byValue.values().contains(value)) {
        return Optional.empty();
      }
      Threshold threshold = byValue.thresholdFor(value);
      return Optional.of(new double[] {threshold.value(), threshold.value()});
    }
    return breakdownOf(target).equals(breakdown) ? TargetLevels.of(kind) : Optional.empty();
  }

  private static String breakdownSuffix(BreakdownKey breakdown, Language language) {
    if (breakdown.isTotal()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    breakdown.asMap().forEach((key, value) -> parts.add(text(TargetDescriptions.breakdownLabel(key, value), language)));
    return " (" + String.join(", ", parts) + ")";
  }

  private static String text(Indicator indicator, Language language) {
    return language == Language.VI ? indicator.nameVi() : indicator.nameEn();
  }

  private static String text(BilingualText text, Language language) {
    return language == Language.VI ? text.vi() : text.en();
  }
}
