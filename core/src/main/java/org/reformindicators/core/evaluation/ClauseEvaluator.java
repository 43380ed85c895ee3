package org.reformindicators.core.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;
import org.reformindicators.core.indicator.Direction;
import org.reformindicators.core.indicator.Indicator;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.indicator.MeasureKind;
import org.reformindicators.core.observation.Observation;
import org.reformindicators.core.observation.ObservationSet;
import org.reformindicators.core.observation.ObservationStatus;
import org.reformindicators.core.observation.TimeSeries;
import org.reformindicators.core.period.CalendarDay;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.progress.DesiredDirection;
import org.reformindicators.core.progress.EurostatMethod;
import org.reformindicators.core.progress.LinearProjectionMethod;
import org.reformindicators.core.progress.ProgressInput;
import org.reformindicators.core.progress.ProgressMethod;
import org.reformindicators.core.progress.ProgressResult;
import org.reformindicators.core.progress.SdsnTrendMethod;
import org.reformindicators.core.progress.UnassessableReason;
import org.reformindicators.core.target.Band;
import org.reformindicators.core.target.Baseline;
import org.reformindicators.core.target.BilingualText;
import org.reformindicators.core.target.Breakdown;
import org.reformindicators.core.target.ChangeMeasure;
import org.reformindicators.core.target.ChangePerYear;
import org.reformindicators.core.target.ChangeReference;
import org.reformindicators.core.target.Comparison;
import org.reformindicators.core.target.Completion;
import org.reformindicators.core.target.ExternalThreshold;
import org.reformindicators.core.target.NestedShare;
import org.reformindicators.core.target.NotApplicable;
import org.reformindicators.core.target.Qualitative;
import org.reformindicators.core.target.RankBand;
import org.reformindicators.core.target.RankImprovementPerYear;
import org.reformindicators.core.target.RankUniverseRule;
import org.reformindicators.core.target.Recurring;
import org.reformindicators.core.target.ReductionFromBaseline;
import org.reformindicators.core.target.Target;
import org.reformindicators.core.target.TargetKind;
import org.reformindicators.core.target.Threshold;

/**
 * Evaluates the clauses of one plan against one observation set as of one period. Created per call of {@link
 * PlanEvaluator}, never shared; holds no mutable state, so it is thread-safe anyway. Not part of the API.
 *
 * <p>The rules are documented on {@link PlanEvaluator}.
 */
final class ClauseEvaluator {

  private final Plan plan;
  private final ObservationSet observations;
  private final EvaluationSettings settings;
  private final ReportingPeriod asOf;
  private final RankUniverseRule universeRule;

  ClauseEvaluator(
      Plan plan, ObservationSet observations, EvaluationSettings settings, ReportingPeriod asOf) {
    this.plan = plan;
    this.observations = observations;
    this.settings = settings;
    this.asOf = asOf;
    this.universeRule = settings.rankUniverseRule().orElse(plan.rankUniverseRule());
  }

  /**
   * Evaluates one clause; never throws for data that do not fit, returning NOT_ASSESSABLE instead. The plan's
   * readings that govern the clause are listed first among the rules applied.
   */
  ClauseAssessment evaluate(Target target) {
    ClauseAssessment assessment = evaluateClause(target);
    if (target.readings().isEmpty()) {
      return assessment;
    }
    List<String> ids = target.readings().stream().map(r -> r.id()).toList();
    List<BilingualText> rules = new ArrayList<>();
    rules.add(
        Texts.of(
            "cách hiểu của kế hoạch: " + String.join(", ", ids),
            "readings of the plan applied: " + String.join(", ", ids)));
    rules.addAll(assessment.rulesApplied());
    return ImmutableClauseAssessment.copyOf(assessment).withRulesApplied(rules);
  }

  private ClauseAssessment evaluateClause(Target target) {
    try {
      Optional<NotApplicable> lapse = target.notApplicable();
      if (lapse.isPresent() && !asOf.endDate().isBefore(lapse.get().from())) {
        LocalDate lastDay = lapse.get().lastApplicableDay();
        ClauseAssessment before =
            new Scope(target, CalendarDay.of(lastDay), Optional.of("until " + lastDay)).run();
        return notApplicable(target, lapse.get(), before);
      }
      return new Scope(target, asOf, Optional.empty()).run();
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      BilingualText reason =
          Texts.of(
              "số liệu không phù hợp với chỉ tiêu: " + e.getMessage(),
              "the data do not fit the clause: " + e.getMessage());
      return ClauseAssessment.builder()
          .clauseId(target.clauseId())
          .target(target)
          .status(ProgressStatus.NOT_ASSESSABLE)
          .reason(reason)
          .explanation(explain(target, Optional.empty(), ProgressStatus.NOT_ASSESSABLE, false, reason.vi(),
              reason.en()))
          .build();
    }
  }

  private ClauseAssessment notApplicable(Target target, NotApplicable lapse, ClauseAssessment before) {
    BilingualText reason =
        Texts.of(
            "không áp dụng từ " + lapse.from() + ": " + lapse.reason().vi(),
            "not applicable from " + lapse.from() + ": " + lapse.reason().en());
    String vi =
        reason.vi()
            + ". Đánh giá trên số liệu đến "
            + lapse.lastApplicableDay()
            + ": "
            + before.status().labelVi();
    String en =
        reason.en()
            + ". Judged on data up to "
            + lapse.lastApplicableDay()
            + ": "
            + before.status().labelEn();
    return ClauseAssessment.builder()
        .clauseId(target.clauseId())
        .target(target)
        .status(ProgressStatus.NOT_APPLICABLE)
        .reason(reason)
        .explanation(explain(target, Optional.empty(), ProgressStatus.NOT_APPLICABLE, false, vi, en))
        .latestValue(before.latestValue())
        .latestPeriod(before.latestPeriod())
        .latestStatusCode(before.latestStatusCode())
        .addRulesApplied(reason)
        .addParts(before)
        .build();
  }

  private static BilingualText explain(
      Target target, Optional<String> part, ProgressStatus status, boolean exceeded, String vi, String en) {
    String label = target.clauseId() + part.map(p -> " [" + p + "]").orElse("");
    return Texts.of(
        label + ": " + status.labelVi() + (exceeded ? " (vượt chỉ tiêu)" : "") + ". " + Texts.capitalise(vi),
        label + ": " + status.labelEn() + (exceeded ? " (exceeded)" : "") + ". " + Texts.capitalise(en));
  }

  /** What a measured kind asks for, once its baseline (if any) is known. */
  private record Goal(
      DesiredDirection direction,
      double targetValue,
      DoublePredicate met,
      DoublePredicate exceeded,
      DoubleUnaryOperator targetAt,
      boolean trendless,
      String describeVi,
      String describeEn) {}

  /** The value and period rates are measured from. */
  private record Base(ReportingPeriod period, double value) {}

  /** The loaded series of a clause with the rules applied while loading it. */
  private record Series(List<DataPoint> points, List<BilingualText> rules, Optional<BilingualText> blocked) {}

  /** One clause (or part) evaluated as of one period. */
  private final class Scope {
    private final Target target;
    private final ReportingPeriod until;
    private final Optional<String> part;
    private final Indicator indicator;

    Scope(Target target, ReportingPeriod until, Optional<String> part) {
      this.target = target;
      this.until = until;
      this.part = part;
      this.indicator = plan.indicatorOf(target);
    }

    ClauseAssessment run() {
      return assessKind(target.kind(), target.deadline(), target.isMilestone(), part, Map.of());
    }

    private Map<String, String> breakdown(Map<String, String> extra) {
      Map<String, String> map = new LinkedHashMap<>();
      target.breakdown().ifPresent(b -> map.put(b.dimension(), b.value()));
      map.putAll(extra);
      return map;
    }

    private ClauseAssessment assessKind(
        TargetKind kind,
        ReportingPeriod deadline,
        boolean judgedInPeriod,
        Optional<String> label,
        Map<String, String> extraBreakdown) {
      return kind.accept(
          new TargetKind.Visitor<ClauseAssessment>() {
            @Override
            public ClauseAssessment visit(Threshold k) {
              Series s = load(breakdown(extraBreakdown));
              return assessGoal(thresholdGoal(k), Optional.empty(), s, deadline, judgedInPeriod, label, List.of());
            }

            @Override
            public ClauseAssessment visit(Band k) {
              Series s = load(breakdown(extraBreakdown));
              return assessGoal(bandGoal(k, s), Optional.empty(), s, deadline, judgedInPeriod, label, List.of());
            }

            @Override
            public ClauseAssessment visit(RankBand k) {
              Series s = toUniverse(load(breakdown(extraBreakdown)), k.universe());
              Goal g =
                  new Goal(
                      DesiredDirection.DECREASE,
                      k.worst(),
                      r -> r <= k.worst(),
                      r -> r < k.best(),
                      null,
                      false,
                      "thứ hạng " + k.worst() + " trở lên (" + k.best() + "–" + k.worst() + "/" + k.universe() + ")",
                      "rank " + k.worst() + " or better (" + k + ")");
              return assessGoal(g, Optional.empty(), s, deadline, judgedInPeriod, label, List.of());
            }

            @Override
            public ClauseAssessment visit(RankImprovementPerYear k) {
              Series raw = load(breakdown(extraBreakdown));
              Optional<Base> found = resolve(k.baselineRank(), raw.points());
              if (found.isEmpty()) {
                return notAssessable(missingBaseline(k.baselineRank()), label, raw);
              }
              Base base = found.get();
              int universe =
                  at(raw.points(), base.period()).flatMap(p -> boxed(p.universe())).orElse(latestUniverse(raw));
              Series s = toUniverse(raw, universe);
              double years = ReportingPeriod.yearsBetween(base.period(), deadline);
              // No rank is better than 1st: a gain the scale cannot hold asks for 1st place (then met, not exceeded).
              double askedRank = base.value() - k.minPlaces() * years;
              double targetRank = Math.max(1.0, askedRank);
              double exceedRank = Math.max(1.0, base.value() - k.maxPlaces() * years);
              List<BilingualText> capped = new ArrayList<>();
              if (targetRank != askedRank) {
                capped.add(
                    Texts.of(
                        "thứ hạng cần đạt " + Texts.num(askedRank) + " vượt quá hạng 1 nên được lấy là hạng 1",
                        "the rank the gain asks for, " + Texts.num(askedRank)
                            + ", is better than 1st place, so 1st place is the target"));
              }
              Goal g =
                  new Goal(
                      DesiredDirection.DECREASE,
                      targetRank,
                      r -> r <= targetRank,
                      r -> r < exceedRank,
                      t -> Math.max(1.0, base.value() - k.minPlaces() * t),
                      false,
                      "tăng bình quân " + Texts.num(k.minPlaces()) + "–" + Texts.num(k.maxPlaces())
                          + " bậc/năm từ " + base.period() + " (thứ hạng " + Texts.num(targetRank) + " trở lên)",
                      "+" + Texts.num(k.minPlaces()) + "–" + Texts.num(k.maxPlaces()) + " places a year from "
                          + base.period() + " (rank " + Texts.num(targetRank) + " or better)");
              return assessGoal(g, Optional.of(base), s, deadline, judgedInPeriod, label, capped);
            }

            @Override
            public ClauseAssessment visit(ChangePerYear k) {
              Series s = load(breakdown(extraBreakdown));
              return assessChange(k, s, deadline, judgedInPeriod, label);
            }

            @Override
            public ClauseAssessment visit(ReductionFromBaseline k) {
              Series s = load(breakdown(extraBreakdown));
              Optional<Base> found = resolve(k.baselineValue(), s.points());
              if (found.isEmpty()) {
                return notAssessable(missingBaseline(k.baselineValue()), label, s);
              }
              Base base = found.get();
              if (!(base.value() > 0)) {
                return notAssessable(
                    Texts.of(
                        "giá trị gốc " + Texts.num(base.value()) + " (" + base.period()
                            + ") không dương nên không tính được mức giảm",
                        "the baseline value " + Texts.num(base.value()) + " (" + base.period()
                            + ") is not positive, so a reduction is undefined"),
                    label,
                    s);
              }
              double required = k.requiredValue(base.value());
              double horizon = ReportingPeriod.yearsBetween(base.period(), deadline);
              Goal g =
                  new Goal(
                      DesiredDirection.DECREASE,
                      required,
                      v -> k.isMet(base.value(), v),
                      v -> k.isExceeded(base.value(), v),
                      t -> base.value() + (required - base.value()) * Math.min(1.0, Math.max(0.0, t / horizon)),
                      false,
                      "giảm tối thiểu " + Texts.num(k.minReductionPercent()) + "% so với " + base.period()
                          + " (≤ " + Texts.num(required) + ")",
                      "at least " + Texts.num(k.minReductionPercent()) + " % below " + base.period()
                          + " (≤ " + Texts.num(required) + ")");
              return assessGoal(g, Optional.of(base), s, deadline, judgedInPeriod, label, List.of());
            }

            @Override
            public ClauseAssessment visit(Completion k) {
              Series s = load(breakdown(extraBreakdown));
              Goal g =
                  new Goal(
                      DesiredDirection.INCREASE, 1.0, k::isMet, k::isExceeded, null, true, "hoàn thành (1)",
                          "done (1)");
              return assessGoal(g, Optional.empty(), s, deadline, judgedInPeriod, label, List.of());
            }

            @Override
            public ClauseAssessment visit(Recurring k) {
              return assessRecurring(k, label, extraBreakdown);
            }

            @Override
            public ClauseAssessment visit(NestedShare k) {
              Series s = load(breakdown(extraBreakdown));
              List<BilingualText> extra = new ArrayList<>();
              TimeSeries parent =
                  observations.series(IndicatorCode.of(k.parentIndicatorCode()), plan.unitCode(),
                      breakdown(extraBreakdown));
              Optional<Observation> parentLatest = parent.latestValueEndingOnOrBefore(until.endDate());
              if (parentLatest.isPresent() && !s.points().isEmpty()) {
                double parentShare = parentLatest.get().value().getAsDouble();
                double nested = s.points().get(s.points().size() - 1).value();
                if (parentShare >= 0 && parentShare <= 100 && nested >= 0 && nested <= 100) {
                  double whole = NestedShare.shareOfWhole(parentShare, nested);
                  extra.add(
                      Texts.of(
                          "trong số đó: " + k.parentIndicatorCode() + " = " + Texts.num(parentShare) + " ("
                              + parentLatest.get().period() + "), tương ứng " + Texts.num(whole) + "% của tổng thể",
                          "of which: " + k.parentIndicatorCode() + " = " + Texts.num(parentShare) + " ("
                              + parentLatest.get().period() + "), i.e. " + Texts.num(whole) + " % of the whole"));
                }
              } else {
                extra.add(
                    Texts.of(
                        "chưa có số liệu của chỉ số mẹ " + k.parentIndicatorCode(),
                        "no value of the parent indicator " + k.parentIndicatorCode()));
              }
              return assessGoal(thresholdGoal(k.share()), Optional.empty(), s, deadline, judgedInPeriod, label, extra);
            }

            @Override
            public ClauseAssessment visit(Breakdown k) {
              return assessBreakdown(k, deadline, judgedInPeriod, label, extraBreakdown);
            }

            @Override
            public ClauseAssessment visit(ExternalThreshold k) {
              Double norm = settings.externalNorms().get(k.normId());
              if (norm == null) {
                return notAssessable(
                    Texts.of(
                        "chưa có định mức bên ngoài " + k.normId() + " (" + k.description().vi() + ")",
                        "the external norm " + k.normId() + " (" + k.description().en()
                            + ") was not supplied (EvaluationSettings.externalNorms)"),
                    label,
                    load(breakdown(extraBreakdown)));
              }
              Series s = load(breakdown(extraBreakdown));
              BilingualText rule =
                  Texts.of(
                      "định mức " + k.normId() + " = " + Texts.num(norm) + " do người dùng cung cấp",
                      "norm " + k.normId() + " = " + Texts.num(norm) + " supplied by the caller");
              return assessGoal(
                  thresholdGoal(k.resolve(norm)), Optional.empty(), s, deadline, judgedInPeriod, label, List.of(rule));
            }

            @Override
            public ClauseAssessment visit(Qualitative k) {
              String vi = "Chỉ tiêu định tính, đánh giá thủ công: «" + target.sourceText() + "»";
              String en = "Qualitative clause, assessed by hand against: " + k.criterion();
              return ClauseAssessment.builder()
                  .clauseId(target.clauseId())
                  .target(target)
                  .part(label)
                  .status(ProgressStatus.MANUAL)
                  .explanation(explain(target, label, ProgressStatus.MANUAL, false, vi, en))
                  .build();
            }
          });
    }

    // ---------------------------------------------------------------- goals of the simple kinds

    private Goal thresholdGoal(Threshold k) {
      DesiredDirection direction;
      if (k.comparison() == Comparison.AT_LEAST) {
        direction = DesiredDirection.INCREASE;
      } else if (k.comparison() == Comparison.AT_MOST) {
        direction = DesiredDirection.DECREASE;
      } else {
        direction =
            indicator.direction() == Direction.LOWER_IS_BETTER ? DesiredDirection.DECREASE : DesiredDirection.INCREASE;
      }
      return new Goal(
          direction, k.value(), k::isMet, k::isExceeded, null, false, k.toString(), k.toString());
    }

    private Goal bandGoal(Band k, Series s) {
      double latest = s.points().isEmpty() ? k.min() : s.points().get(s.points().size() - 1).value();
      boolean above = latest > k.max();
      return new Goal(
          above ? DesiredDirection.DECREASE : DesiredDirection.INCREASE,
          above ? k.max() : k.min(),
          k::isMet,
          k::isExceeded,
          null,
          false,
          "trong khoảng " + k,
          "within " + k);
    }

    // ---------------------------------------------------------------- change per year

    private ClauseAssessment assessChange(
        ChangePerYear k, Series s, ReportingPeriod deadline, boolean judgedInPeriod, Optional<String> label) {
      String unitVi = k.measure() == ChangeMeasure.ABSOLUTE ? " điểm/năm" : "%/năm";
      String unitEn = k.measure() == ChangeMeasure.ABSOLUTE ? " points a year" : " % a year";
      String ceilingText = k.ceiling().isPresent() ? Texts.num(k.ceiling().getAsDouble()) : "";
      List<BilingualText> extra = new ArrayList<>();
      Optional<Base> fixedBase;
      DoubleUnaryOperator along;
      double required;
      if (k.reference() == ChangeReference.TRAJECTORY) {
        Baseline baseline = k.base().orElseThrow();
        Optional<Base> found = resolve(baseline, s.points());
        if (found.isEmpty()) {
          return notAssessable(missingBaseline(baseline), label, s);
        }
        Base b = found.get();
        fixedBase = found;
        along = t -> t > 0 ? k.requiredValue(b.value(), t) : b.value();
        required = along.applyAsDouble(ReportingPeriod.yearsBetween(b.period(), deadline));
      } else {
        // Year on year: the requirement rises from the actual value of the period before the deadline (before
        // the deadline, from the latest value); rates and trend are measured from the usual baseline.
        ReportingPeriod previous = deadline.previous();
        Optional<DataPoint> prev = at(s.points(), previous);
        boolean passed = !until.endDate().isBefore(deadline.endDate());
        if (prev.isEmpty() && passed) {
          return notAssessable(
              Texts.of(
                  "không có số liệu kỳ trước " + previous + " để so sánh tăng hằng năm",
                  "no value for the previous period " + previous + " to measure the year-on-year rise from"),
              label,
              s);
        }
        DataPoint reference = prev.orElse(s.points().isEmpty() ? null : s.points().get(s.points().size() - 1));
        if (reference == null) {
          return notAssessable(noData(), label, s);
        }
        double years = ReportingPeriod.yearsBetween(reference.period(), deadline);
        required = years > 0 ? k.requiredValue(reference.value(), years) : reference.value();
        fixedBase = Optional.empty();
        along = null;
        extra.add(
            Texts.of(
                "tăng so với giá trị thực tế " + Texts.num(reference.value()) + " (" + reference.period() + ")",
                "rise measured from the actual value " + Texts.num(reference.value()) + " (" + reference.period()
                    + ")"));
      }
      double requiredValue = required;
      Goal g =
          new Goal(
              DesiredDirection.INCREASE,
              requiredValue,
              v -> v >= requiredValue,
              v -> v > requiredValue,
              along,
              false,
              "tăng tối thiểu " + Texts.num(k.minChangePerYear()) + unitVi
                  + (ceilingText.isEmpty() ? "" : " đến " + ceilingText) + " (≥ " + Texts.num(requiredValue) + ")",
              "+" + Texts.num(k.minChangePerYear()) + unitEn
                  + (ceilingText.isEmpty() ? "" : " up to " + ceilingText) + " (≥ " + Texts.num(requiredValue) + ")");
      return assessGoal(g, fixedBase, s, deadline, judgedInPeriod, label, extra);
    }

    // ---------------------------------------------------------------- recurring and breakdown

    private ClauseAssessment assessRecurring(
        Recurring k, Optional<String> label, Map<String, String> extraBreakdown) {
      List<ClauseAssessment> parts = new ArrayList<>();
      ProgressStatus overall = ProgressStatus.ACHIEVED;
      boolean allExceeded = true;
      boolean pending = false;
      List<String> failed = new ArrayList<>();
      List<String> unknown = new ArrayList<>();
      for (ReportingPeriod period : k.periods()) {
        boolean past = !until.endDate().isBefore(period.endDate());
        if (!past && pending) {
          break;
        }
        ClauseAssessment p =
            assessKind(k.each(), period, true, Optional.of(period.toString()), extraBreakdown);
        parts.add(p);
        if (past) {
          if (p.status() == ProgressStatus.NOT_ACHIEVED) {
            failed.add(period.toString());
          } else if (p.status() != ProgressStatus.ACHIEVED && p.status() != ProgressStatus.MANUAL) {
            unknown.add(period.toString());
          }
          allExceeded &= p.exceeded();
          overall = overall.worse(p.status());
        } else {
          pending = true;
          // A requirement already met for a period still to come is on track, not yet achieved.
          ProgressStatus s = p.status() == ProgressStatus.ACHIEVED ? ProgressStatus.ON_TRACK : p.status();
          overall = overall.worse(s);
        }
      }
      if (k.each() instanceof Qualitative) {
        overall = ProgressStatus.MANUAL;
      }
      Optional<BilingualText> reason = Optional.empty();
      if (overall == ProgressStatus.NOT_ASSESSABLE) {
        String periods = unknown.isEmpty() ? "" : String.join(", ", unknown);
        reason =
            Optional.of(
                periods.isEmpty()
                    ? parts.get(parts.size() - 1).reason().orElse(noData())
                    : Texts.of(
                        "chưa đánh giá được các kỳ " + periods,
                        "the periods " + periods + " cannot be assessed"));
      }
      boolean exceeded = overall == ProgressStatus.ACHIEVED && allExceeded && !parts.isEmpty();
      String vi =
          "Chỉ tiêu lặp lại mỗi kỳ " + k.first() + ".." + k.last() + ": đã xét " + parts.size() + " kỳ"
              + (failed.isEmpty() ? "" : ", không đạt: " + String.join(", ", failed))
              + (pending ? "; kỳ tiếp theo: " + parts.get(parts.size() - 1).status().labelVi() : "");
      String en =
          "Recurring in each of " + k.first() + ".." + k.last() + ": " + parts.size() + " period(s) considered"
              + (failed.isEmpty() ? "" : ", not achieved in " + String.join(", ", failed))
              + (pending ? "; next period: " + parts.get(parts.size() - 1).status().labelEn() : "");
      ClauseAssessment last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
      ImmutableClauseAssessment.Builder b =
          ClauseAssessment.builder()
              .clauseId(target.clauseId())
              .target(target)
              .part(label)
              .status(overall)
              .exceeded(exceeded)
              .reason(reason)
              .explanation(explain(target, label, overall, exceeded, vi, en))
              .parts(parts);
      if (last != null) {
        b.latestValue(last.latestValue())
            .latestPeriod(last.latestPeriod())
            .latestStatusCode(last.latestStatusCode())
            .targetValue(last.targetValue())
            .applicableTargetValue(last.applicableTargetValue())
            .gap(last.gap());
      }
      return b.build();
    }

    private ClauseAssessment assessBreakdown(
        Breakdown k,
        ReportingPeriod deadline,
        boolean judgedInPeriod,
        Optional<String> label,
        Map<String, String> extraBreakdown) {
      List<ClauseAssessment> parts = new ArrayList<>();
      ProgressStatus overall = ProgressStatus.ACHIEVED;
      boolean allExceeded = true;
      for (Map.Entry<String, Threshold> e : k.thresholds().entrySet()) {
        Map<String, String> by = new LinkedHashMap<>(extraBreakdown);
        by.put(k.dimension(), e.getKey());
        ClauseAssessment p =
            assessKind(e.getValue(), deadline, judgedInPeriod, Optional.of(k.dimension() + "=" + e.getKey()), by);
        parts.add(p);
        overall = overall.worse(p.status());
        allExceeded &= p.exceeded();
      }
      Optional<BilingualText> reason = Optional.empty();
      if (overall == ProgressStatus.NOT_ASSESSABLE) {
        List<String> which = new ArrayList<>();
        for (ClauseAssessment p : parts) {
          if (p.status() == ProgressStatus.NOT_ASSESSABLE) {
            which.add(p.part().orElseThrow());
          }
        }
        reason =
            Optional.of(
                Texts.of(
                    "chưa đánh giá được: " + String.join(", ", which),
                    "cannot be assessed for " + String.join(", ", which)));
      }
      boolean exceeded = overall == ProgressStatus.ACHIEVED && allExceeded;
      StringBuilder vi = new StringBuilder("Theo ").append(k.dimension()).append(':');
      StringBuilder en = new StringBuilder("By ").append(k.dimension()).append(':');
      for (ClauseAssessment p : parts) {
        vi.append(' ').append(p.part().orElseThrow()).append(' ').append(p.status().labelVi()).append(';');
        en.append(' ').append(p.part().orElseThrow()).append(' ').append(p.status().labelEn()).append(';');
      }
      return ClauseAssessment.builder()
          .clauseId(target.clauseId())
          .target(target)
          .part(label)
          .status(overall)
          .exceeded(exceeded)
          .reason(reason)
          .explanation(explain(target, label, overall, exceeded, vi.toString(), en.toString()))
          .parts(parts)
          .build();
    }

    // ---------------------------------------------------------------- the common judgement

    private ClauseAssessment assessGoal(
        Goal goal,
        Optional<Base> fixedBase,
        Series series,
        ReportingPeriod deadline,
        boolean judgedInPeriod,
        Optional<String> label,
        List<BilingualText> extraRules) {
      List<BilingualText> rules = new ArrayList<>(series.rules());
      rules.addAll(extraRules);
      if (series.blocked().isPresent()) {
        return notAssessable(series.blocked().get(), label, series, rules);
      }
      List<DataPoint> points = series.points();
      if (points.isEmpty()) {
        return notAssessable(noData(), label, series, rules);
      }
      Base base = fixedBase.orElseGet(() -> defaultBase(points, rules));
      DataPoint latest = points.get(points.size() - 1);
      boolean deadlinePassed = !until.endDate().isBefore(deadline.endDate());
      ImmutableClauseAssessment.Builder b =
          ClauseAssessment.builder()
              .clauseId(target.clauseId())
              .target(target)
              .part(label)
              .baselineValue(base.value())
              .baselinePeriod(base.period())
              .targetValue(goal.targetValue());
      List<ReportingPeriod> breaks = new ArrayList<>();
      for (DataPoint p : points) {
        if (!p.period().endDate().isBefore(base.period().endDate())
            && ObservationStatus.TIME_SERIES_BREAK.code().equals(p.statusCode())) {
          breaks.add(p.period());
        }
      }
      if (!breaks.isEmpty()) {
        rules.add(
            Texts.of(
                "chuỗi số liệu bị gián đoạn (trạng thái B) tại " + breaks
                    + ": giá trị trước và sau có thể không so sánh được",
                "break in series (status B) at " + breaks + ": values before and after may not be comparable"));
      }
      b.seriesBreaks(breaks);
      double horizon = ReportingPeriod.yearsBetween(base.period(), deadline);
      double d = goal.direction().sign();
      ProgressStatus status;
      boolean exceeded = false;
      Optional<BilingualText> reason = Optional.empty();
      Optional<ProgressResult> method = Optional.empty();
      DataPoint judged = latest;
      String methodVi = "";
      String methodEn = "";
      if (deadlinePassed) {
        Optional<DataPoint> inPeriod = lastWithin(points, deadline);
        if (inPeriod.isEmpty()) {
          BilingualText why =
              Texts.of(
                  "đã qua thời hạn " + deadline + " nhưng không có số liệu của kỳ này",
                  "the deadline " + deadline + " has passed but there is no value for it");
          b.latestValue(latest.value()).latestPeriod(latest.period()).latestStatusCode(latest.statusCode());
          boxed(latest.universe()).ifPresent(b::latestUniverse);
          return notAssessable(why, label, series, rules, b);
        }
        judged = inPeriod.get();
        if (goal.met().test(judged.value())) {
          status = ProgressStatus.ACHIEVED;
          exceeded = goal.exceeded().test(judged.value());
        } else {
          status = ProgressStatus.NOT_ACHIEVED;
        }
      } else if (goal.met().test(latest.value())) {
        if (judgedInPeriod) {
          status = ProgressStatus.ON_TRACK;
          methodVi = " Đã đạt mức yêu cầu nhưng chỉ tiêu được xét trong kỳ " + deadline + ".";
          methodEn = " Already at the required level; the clause is judged in " + deadline + ".";
        } else {
          status = ProgressStatus.ACHIEVED;
          exceeded = goal.exceeded().test(latest.value());
        }
      } else if (goal.trendless()) {
        status = ProgressStatus.NOT_ASSESSABLE;
        reason =
            Optional.of(
                Texts.of(
                    "chưa hoàn thành; chỉ tiêu có/không không có xu hướng để dự báo trước thời hạn " + deadline,
                    "not yet done; a yes/no clause has no trend to project before its deadline " + deadline));
      } else if (!(horizon > 0)) {
        status = ProgressStatus.NOT_ASSESSABLE;
        reason =
            Optional.of(
                Texts.of(
                    "kỳ gốc " + base.period() + " không trước thời hạn " + deadline,
                    "the baseline " + base.period() + " is not before the deadline " + deadline));
      } else {
        ProgressResult r = runMethod(goal, base, points, deadline, horizon, rules);
        method = Optional.of(r);
        status = ProgressStatus.fromOutlook(r.outlook());
        if (status == ProgressStatus.ACHIEVED) {
          // The method saw the target met: only possible for a value within tolerance; keep the goal's word.
          status = ProgressStatus.ON_TRACK;
        }
        if (r.reason().isPresent()) {
          UnassessableReason why = r.reason().get();
          reason = Optional.of(Texts.of(why.labelVi(), why.labelEn()));
        }
        OptionalDouble projection = reportProjection(r, latest, b, rules);
        methodVi =
            " Phương pháp " + r.methodId() + ": " + r.category().labelVi()
                + (r.ratio().isPresent() ? ", tỷ số " + Texts.percent(r.ratio().getAsDouble()) : "")
                + (projection.isPresent() ? ", dự báo " + Texts.num(projection.getAsDouble()) : "") + ".";
        methodEn =
            " Method " + r.methodId() + ": " + r.category().labelEn()
                + (r.ratio().isPresent() ? ", ratio " + Texts.percent(r.ratio().getAsDouble()) : "")
                + (projection.isPresent() ? ", projection " + Texts.num(projection.getAsDouble()) : "") + ".";
      }
      b.latestValue(judged.value()).latestPeriod(judged.period()).latestStatusCode(judged.statusCode());
      boxed(judged.universe()).ifPresent(b::latestUniverse);
      double tJudged = ReportingPeriod.yearsBetween(base.period(), judged.period());
      double tNow = ReportingPeriod.yearsBetween(base.period(), deadlinePassed ? deadline : until);
      double applicable =
          goal.targetAt() == null || !(horizon > 0)
              ? goal.targetValue()
              : goal.targetAt().applyAsDouble(Math.min(horizon, Math.max(0.0, tNow)));
      b.applicableTargetValue(applicable).gap(d * (applicable - judged.value()));
      if (goal.targetValue() != base.value()) {
        b.attainmentPercent((judged.value() - base.value()) / (goal.targetValue() - base.value()) * 100);
      }
      if (tJudged > 0) {
        b.actualAnnualRate(d * (judged.value() - base.value()) / tJudged);
      }
      if (horizon > 0) {
        b.requiredAnnualRate(d * (goal.targetValue() - base.value()) / horizon);
      }
      String word = judgedInPeriod ? " trong " : " đến ";
      String wordEn = judgedInPeriod ? " in " : " by ";
      String vi =
          "Giá trị " + Texts.num(judged.value()) + " (" + judged.period() + "); chỉ tiêu " + goal.describeVi()
              + word + deadline
              + (applicable != goal.targetValue() ? "; mức cần đạt đến nay " + Texts.num(applicable) : "") + "."
              + methodVi + reason.map(r -> " Lý do: " + r.vi() + ".").orElse("");
      String en =
          "Value " + Texts.num(judged.value()) + " (" + judged.period() + "); target " + goal.describeEn()
              + wordEn + deadline
              + (applicable != goal.targetValue() ? "; required by now " + Texts.num(applicable) : "") + "."
              + methodEn + reason.map(r -> " Reason: " + r.en() + ".").orElse("");
      return b.status(status)
          .exceeded(exceeded)
          .reason(reason)
          .methodResult(method)
          .rulesApplied(rules)
          .explanation(explain(target, label, status, exceeded, vi, en))
          .build();
    }

    /**
     * Reports the method's projection and interval limited to the indicator's natural range (a percentage within
     * 0–100, a rank within 1..universe of the latest value, a count at least 0), saying so in the rules when a
     * figure was limited; the method's own figures stay untouched in its result. Limiting is monotone, so it never
     * changes whether a figure within the range meets the target, and so never contradicts the method's category.
     *
     * @return the reported projection, or empty when the method made none
     */
    private OptionalDouble reportProjection(
        ProgressResult r, DataPoint latest, ImmutableClauseAssessment.Builder b, List<BilingualText> rules) {
      if (r.projection().isEmpty()) {
        return OptionalDouble.empty();
      }
      double low = indicator.measure().lowerBound().orElse(Double.NEGATIVE_INFINITY);
      double high =
          indicator.measure().requiresUniverse()
              ? (latest.universe().isPresent() ? latest.universe().getAsInt() : Double.POSITIVE_INFINITY)
              : indicator.measure().upperBound().orElse(Double.POSITIVE_INFINITY);
      double projection = r.projection().getAsDouble();
      double shown = limit(projection, low, high);
      b.projection(shown);
      boolean limited = shown != projection;
      StringBuilder raw = new StringBuilder(Texts.num(projection));
      if (r.projectionLower().isPresent() && r.projectionUpper().isPresent()) {
        double lower = r.projectionLower().getAsDouble();
        double upper = r.projectionUpper().getAsDouble();
        double shownLower = limit(lower, low, high);
        double shownUpper = limit(upper, low, high);
        b.projectionLower(shownLower).projectionUpper(shownUpper);
        limited |= shownLower != lower || shownUpper != upper;
        raw.append(" [").append(Texts.num(lower)).append(", ").append(Texts.num(upper)).append(']');
      }
      if (limited) {
        String range =
            Double.isInfinite(high)
                ? "≥ " + Texts.num(low)
                : Double.isInfinite(low) ? "≤ " + Texts.num(high) : Texts.num(low) + "–" + Texts.num(high);
        rules.add(
            Texts.of(
                "dự báo và khoảng dự báo được giới hạn trong miền giá trị tự nhiên " + range
                    + " của chỉ số (số liệu gốc của phương pháp: " + raw + ")",
                "projection and interval limited to the indicator's natural range " + range
                    + " (the method's own figures: " + raw + ")"));
      }
      return OptionalDouble.of(shown);
    }

    private ProgressResult runMethod(
        Goal goal, Base base, List<DataPoint> points, ReportingPeriod deadline, double horizon,
            List<BilingualText> rules) {
      List<DataPoint> used = new ArrayList<>();
      for (DataPoint p : points) {
        if (!p.period().endDate().isBefore(base.period().endDate())) {
          used.add(p);
        }
      }
      Optional<ProgressMethod> chosen = settings.chosenMethod(target.clauseId());
      Base trendBase = base;
      double trendHorizon = horizon;
      int breakAt = latestBreak(used, base);
      if (breakAt >= 0) {
        DataPoint first = used.get(breakAt);
        int remaining = used.size() - breakAt;
        int minimum = minimumObservations(chosen);
        double fromBreak = ReportingPeriod.yearsBetween(first.period(), deadline);
        if (remaining >= minimum && fromBreak > 0) {
          used = new ArrayList<>(used.subList(breakAt, used.size()));
          trendBase = new Base(first.period(), first.value());
          trendHorizon = fromBreak;
          rules.add(
              Texts.of(
                  "xu hướng, tốc độ và dự báo chỉ tính trên " + remaining + " số liệu từ điểm gián đoạn "
                      + first.period() + " trở đi (giá trị " + Texts.num(first.value())
                      + " là gốc của chuỗi mới): số liệu trước đó đo theo định nghĩa khác",
                  "trend, rates and projection use only the " + remaining + " observations from the break at "
                      + first.period() + " onwards (its value " + Texts.num(first.value())
                      + " starts the new series): earlier values measure a different definition"));
        } else {
          rules.add(
              Texts.of(
                  "chỉ có " + remaining + " số liệu từ điểm gián đoạn " + first.period() + " trở đi (cần tối thiểu "
                      + minimum + "): xu hướng vẫn tính trên cả chuỗi, kể cả số liệu theo định nghĩa cũ",
                  "only " + remaining + " observation(s) from the break at " + first.period()
                      + " onwards (the method needs at least " + minimum
                      + "): the trend is fitted across the whole series, old-definition values included"));
        }
      }
      double[] times = new double[used.size()];
      double[] values = new double[used.size()];
      for (int i = 0; i < used.size(); i++) {
        times[i] = ReportingPeriod.yearsBetween(trendBase.period(), used.get(i).period());
        values[i] = used.get(i).value();
      }
      ProgressInput.Builder in =
          ProgressInput.builder()
              .observations(times, values)
              .base(0, trendBase.value())
              .target(trendHorizon, goal.targetValue())
              .direction(goal.direction());
      OptionalDouble limit =
          goal.direction() == DesiredDirection.INCREASE
              ? indicator.measure().upperBound()
              : indicator.measure().lowerBound();
      limit.ifPresent(in::naturalLimit);
      ProgressInput input = in.build();
      if (chosen.isPresent()) {
        rules.add(
            Texts.of(
                "phương pháp " + chosen.get().id() + " do người dùng chọn",
                "method " + chosen.get().id() + " chosen by the caller"));
        return chosen.get().assess(input);
      }
      if (input.size() >= LinearProjectionMethod.DEFAULT_MINIMUM_OBSERVATIONS) {
        rules.add(
            Texts.of(
                "phương pháp mặc định: dự báo tuyến tính (có từ 3 số liệu trở lên)",
                "default method: linear projection (3 or more observations)"));
        return LinearProjectionMethod.defaults().assess(input);
      }
      if (indicator.measure().kind() == MeasureKind.RANK) {
        rules.add(
            Texts.of(
                "phương pháp mặc định cho thứ hạng: tỷ số tuyến tính SDSN (dưới 3 số liệu; tốc độ tăng trưởng kép"
                    + " của thứ hạng không có ý nghĩa)",
                "default method for a rank: the SDSN linear ratio (fewer than 3 observations; a compound growth"
                    + " rate of a rank has no meaning)"));
        return SdsnTrendMethod.defaults().assess(input);
      }
      ProgressResult eurostat = EurostatMethod.defaults().assess(input);
      Optional<UnassessableReason> why = eurostat.reason();
      if (why.isPresent()
          && (why.get() == UnassessableReason.ZERO_BASE
              || why.get() == UnassessableReason.ZERO_VALUE
              || why.get() == UnassessableReason.MIXED_SIGNS)) {
        rules.add(
            Texts.of(
                "phương pháp mặc định Eurostat không áp dụng được (" + why.get().labelVi()
                    + "); dùng tỷ số tuyến tính SDSN",
                "default method Eurostat cannot apply (" + why.get().labelEn() + "); the SDSN linear ratio was used"));
        return SdsnTrendMethod.defaults().assess(input);
      }
      rules.add(
          Texts.of(
              "phương pháp mặc định: Eurostat (dưới 3 số liệu)",
              "default method: Eurostat (fewer than 3 observations)"));
      return eurostat;
    }

    /**
     * The index in {@code used} of the latest observation with status {@code B} ending after the base, or −1. A
     * break at the base itself already starts the series the method sees.
     */
    private int latestBreak(List<DataPoint> used, Base base) {
      for (int i = used.size() - 1; i >= 0; i--) {
        DataPoint p = used.get(i);
        if (p.period().endDate().isAfter(base.period().endDate())
            && ObservationStatus.TIME_SERIES_BREAK.code().equals(p.statusCode())) {
          return i;
        }
      }
      return -1;
    }

    /**
     * The number of observations the progress method needs: a chosen method's {@link
     * ProgressMethod#minimumObservations()}; for the default choice the linear projection's minimum (3), the
     * method the default runs on a series of that length.
     */
    private int minimumObservations(Optional<ProgressMethod> chosen) {
      return chosen.map(ProgressMethod::minimumObservations).orElse(LinearProjectionMethod.DEFAULT_MINIMUM_OBSERVATIONS);
    }

    private Base defaultBase(List<DataPoint> points, List<BilingualText> rules) {
      LocalDate phaseStart = plan.phase().startDate();
      DataPoint before = null;
      for (DataPoint p : points) {
        if (p.period().endDate().isBefore(phaseStart)) {
          before = p;
        }
      }
      if (before != null) {
        return new Base(before.period(), before.value());
      }
      DataPoint first = points.get(0);
      rules.add(
          Texts.of(
              "không có kết quả trước giai đoạn " + plan.phase() + ": lấy số liệu đầu tiên (" + first.period()
                  + ") làm gốc",
              "no result before the phase " + plan.phase() + ": the first observation (" + first.period()
                  + ") is the baseline"));
      return new Base(first.period(), first.value());
    }

    // ---------------------------------------------------------------- data

    private Series load(Map<String, String> breakdown) {
      IndicatorCode code = IndicatorCode.of(target.indicatorCode());
      LocalDate cutoff = until.endDate();
      Optional<LocalDate> lastDay = settings.planUnitLastDay();
      List<DataPoint> points = new ArrayList<>();
      List<BilingualText> rules = new ArrayList<>();
      int ignored = 0;
      boolean used = false;
      for (Observation o : observations.series(code, plan.unitCode(), breakdown).observations()) {
        LocalDate end = o.period().endDate();
        if (o.value().isEmpty() || end.isAfter(cutoff)) {
          continue;
        }
        boolean successor = lastDay.isPresent() && end.isAfter(lastDay.get());
        if (successor && !settings.useSuccessorData()) {
          ignored++;
          continue;
        }
        used |= successor;
        points.add(point(o, successor));
      }
      if (lastDay.isPresent() && settings.useSuccessorData()) {
        for (String unit : settings.successorUnitCodes()) {
          if (unit.equals(plan.unitCode())) {
            continue;
          }
          for (Observation o : observations.series(code, unit, breakdown).observations()) {
            LocalDate end = o.period().endDate();
            if (o.value().isPresent() && end.isAfter(lastDay.get()) && !end.isAfter(cutoff)) {
              points.add(point(o, true));
              used = true;
            }
          }
        }
      }
      if (used) {
        rules.add(
            Texts.of(
                "dùng số liệu của đơn vị kế thừa sau " + lastDay.get() + " theo quy tắc được chỉ định",
                "data of the successor unit after " + lastDay.get() + " used by the explicit successor rule"));
      }
      if (ignored > 0) {
        rules.add(
            Texts.of(
                ignored + " số liệu sau " + lastDay.get() + " thuộc đơn vị kế thừa nên không được dùng",
                ignored + " observation(s) after " + lastDay.get()
                    + " belong to the successor unit and were not used (no successor rule)"));
      }
      points.sort(
          Comparator.comparing((DataPoint p) -> p.period().endDate())
              .thenComparing(DataPoint::successor)
              .thenComparing(DataPoint::period));
      // One value per end date: the last in period order (the shorter period), the plan's unit before a successor.
      List<DataPoint> unique = new ArrayList<>();
      for (DataPoint p : points) {
        if (!unique.isEmpty()
            && unique.get(unique.size() - 1).period().endDate().equals(p.period().endDate())) {
          if (p.successor() && !unique.get(unique.size() - 1).successor()) {
            continue;
          }
          unique.set(unique.size() - 1, p);
        } else {
          unique.add(p);
        }
      }
      return new Series(List.copyOf(unique), rules, Optional.empty());
    }

    private DataPoint point(Observation o, boolean successor) {
      return new DataPoint(o.period(), o.value().getAsDouble(), o.universe(), o.status().code(), successor);
    }

    /** Converts ranks published in another universe by the plan's rule, saying so. */
    private Series toUniverse(Series s, int universe) {
      List<DataPoint> out = new ArrayList<>();
      List<BilingualText> rules = new ArrayList<>(s.rules());
      Optional<BilingualText> blocked = Optional.empty();
      for (int i = 0; i < s.points().size(); i++) {
        DataPoint p = s.points().get(i);
        if (p.universe().isEmpty() || p.universe().getAsInt() == universe) {
          out.add(p);
          continue;
        }
        int n = p.universe().getAsInt();
        double rank = p.value();
        if (rank != Math.rint(rank)) {
          throw new IllegalArgumentException("rank must be a whole number, was " + rank + " in " + p.period());
        }
        if (universeRule == RankUniverseRule.RELATIVE_POSITION) {
          double converted = universeRule.toUniverse((int) rank, n, universe);
          out.add(p.inUniverse(converted, universe));
          rules.add(
              Texts.of(
                  "thứ hạng " + Texts.num(rank) + "/" + n + " (" + p.period() + ") được quy đổi thành "
                      + Texts.num(converted) + "/" + universe + " theo vị trí tương đối (r − 1)/(N − 1)",
                  "rank " + Texts.num(rank) + " of " + n + " (" + p.period() + ") compared as "
                      + Texts.num(converted) + " of " + universe + " by the relative-position rule (r − 1)/(N − 1)"));
        } else {
          BilingualText not =
              Texts.of(
                  "thứ hạng " + Texts.num(rank) + "/" + n + " (" + p.period()
                      + ") không so sánh được với chỉ tiêu trên "
                      + universe + " (quy tắc " + universeRule + ")",
                  "rank " + Texts.num(rank) + " of " + n + " (" + p.period() + ") cannot be compared with a target of "
                      + universe + " (rule " + universeRule + ")");
          rules.add(not);
          if (i == s.points().size() - 1) {
            blocked = Optional.of(not);
          }
        }
      }
      return new Series(List.copyOf(out), rules, blocked);
    }

    private int latestUniverse(Series s) {
      for (int i = s.points().size() - 1; i >= 0; i--) {
        if (s.points().get(i).universe().isPresent()) {
          return s.points().get(i).universe().getAsInt();
        }
      }
      return Integer.MAX_VALUE;
    }

    /** The baseline: the value the plan states, else the observation of the baseline period. */
    private Optional<Base> resolve(Baseline baseline, List<DataPoint> points) {
      if (baseline.value().isPresent()) {
        return Optional.of(new Base(baseline.period(), baseline.value().getAsDouble()));
      }
      return at(points, baseline.period()).map(p -> new Base(baseline.period(), p.value()));
    }

    private BilingualText missingBaseline(Baseline baseline) {
      return Texts.of(
          "không có số liệu kỳ gốc " + baseline.period(), "no value for the baseline period " + baseline.period());
    }

    // ---------------------------------------------------------------- not assessable

    private ClauseAssessment notAssessable(BilingualText reason, Optional<String> label, Series s) {
      return notAssessable(reason, label, s, new ArrayList<>(s.rules()));
    }

    private ClauseAssessment notAssessable(
        BilingualText reason, Optional<String> label, Series s, List<BilingualText> rules) {
      ImmutableClauseAssessment.Builder b = ClauseAssessment.builder();
      if (!s.points().isEmpty()) {
        DataPoint latest = s.points().get(s.points().size() - 1);
        b.latestValue(latest.value()).latestPeriod(latest.period()).latestStatusCode(latest.statusCode());
        boxed(latest.universe()).ifPresent(b::latestUniverse);
      }
      return notAssessable(reason, label, s, rules, b);
    }

    private ClauseAssessment notAssessable(
        BilingualText reason,
        Optional<String> label,
        Series s,
        List<BilingualText> rules,
        ImmutableClauseAssessment.Builder b) {
      return b.clauseId(target.clauseId())
          .target(target)
          .part(label)
          .status(ProgressStatus.NOT_ASSESSABLE)
          .reason(reason)
          .rulesApplied(rules)
          .explanation(
              explain(target, label, ProgressStatus.NOT_ASSESSABLE, false, reason.vi() + ".", reason.en() + "."))
          .build();
    }

    private BilingualText noData() {
      return Texts.of(
          "không có số liệu " + target.indicatorCode() + " của đơn vị " + plan.unitCode() + " đến hết " + until,
          "no value of " + target.indicatorCode() + " for unit " + plan.unitCode() + " up to the end of " + until);
    }
  }

  // ------------------------------------------------------------------ helpers

  /** The observation of a period: the one with that exact period, else the last ending within it. */
  private static Optional<DataPoint> at(List<DataPoint> points, ReportingPeriod period) {
    for (DataPoint p : points) {
      if (p.period().equals(period)) {
        return Optional.of(p);
      }
    }
    return lastWithin(points, period);
  }

  private static Optional<DataPoint> lastWithin(List<DataPoint> points, ReportingPeriod period) {
    DataPoint found = null;
    for (DataPoint p : points) {
      LocalDate end = p.period().endDate();
      if (!end.isBefore(period.startDate()) && !end.isAfter(period.endDate())) {
        found = p;
      }
    }
    return Optional.ofNullable(found);
  }

  private static double limit(double x, double low, double high) {
    return Math.max(low, Math.min(high, x));
  }

  private static Optional<Integer> boxed(OptionalInt value) {
    return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
  }
}
