package org.reformindicators.core.plan;

import java.lang.ref.WeakReference;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownDimension;
import org.reformindicators.core.indicator.Indicator;
import org.reformindicators.core.indicator.IndicatorCatalogue;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.indicator.MeasureKind;
import org.reformindicators.core.period.Phase;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.target.Band;
import org.reformindicators.core.target.Breakdown;
import org.reformindicators.core.target.ChangePerYear;
import org.reformindicators.core.target.ClauseId;
import org.reformindicators.core.target.Completion;
import org.reformindicators.core.target.ExternalThreshold;
import org.reformindicators.core.target.NestedShare;
import org.reformindicators.core.target.Qualitative;
import org.reformindicators.core.target.RankBand;
import org.reformindicators.core.target.RankImprovementPerYear;
import org.reformindicators.core.target.Reading;
import org.reformindicators.core.target.Recurring;
import org.reformindicators.core.target.ReductionFromBaseline;
import org.reformindicators.core.target.Target;
import org.reformindicators.core.target.TargetKind;
import org.reformindicators.core.target.Threshold;
import org.reformindicators.core.text.NumberText;

/** The whole-plan consistency rules of {@link Plan}; not part of the API. */
final class PlanValidation {

  private static final Pattern PLAN_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern UNIT_CODE = Pattern.compile("[0-9]{2,5}");

  /** The measures a numeric kind other than a rank kind accepts. */
  private static final Set<MeasureKind> NUMERIC =
      EnumSet.of(MeasureKind.PERCENTAGE, MeasureKind.SCORE, MeasureKind.COUNT, MeasureKind.RATIO);

  /** Which measures each kind of target fits. */
  private static final TargetKind.Visitor<Set<MeasureKind>> FITTING_MEASURES =
      new TargetKind.Visitor<>() {
        @Override
        public Set<MeasureKind> visit(Threshold kind) {
          return NUMERIC;
        }

        @Override
        public Set<MeasureKind> visit(Band kind) {
          return NUMERIC;
        }

        @Override
        public Set<MeasureKind> visit(RankBand kind) {
          return EnumSet.of(MeasureKind.RANK);
        }

        @Override
        public Set<MeasureKind> visit(RankImprovementPerYear kind) {
          return EnumSet.of(MeasureKind.RANK);
        }

        @Override
        public Set<MeasureKind> visit(ChangePerYear kind) {
          return NUMERIC;
        }

        @Override
        public Set<MeasureKind> visit(ReductionFromBaseline kind) {
          return NUMERIC;
        }

        @Override
        public Set<MeasureKind> visit(Completion kind) {
          return EnumSet.of(MeasureKind.COMPLETION);
        }

        @Override
        public Set<MeasureKind> visit(Recurring kind) {
          return kind.each().accept(this);
        }

        @Override
        public Set<MeasureKind> visit(NestedShare kind) {
          return EnumSet.of(MeasureKind.PERCENTAGE);
        }

        @Override
        public Set<MeasureKind> visit(Breakdown kind) {
          return NUMERIC;
        }

        @Override
        public Set<MeasureKind> visit(ExternalThreshold kind) {
          return NUMERIC;
        }

        @Override
        public Set<MeasureKind> visit(Qualitative kind) {
          return EnumSet.of(MeasureKind.QUALITATIVE);
        }
      };

  private PlanValidation() {}

  /**
   * The parts of the plan last found consistent, compared by identity: a plan made from a checked one by {@link
   * Plan#withUnitCode} shares every part but its unit code, and of all the rules only the unit code's syntax
   * depends on the unit code, so such a plan needs that rule alone (3,321 communes from one template would
   * otherwise check the same 38 targets 3,321 times). Every part is an immutable value, so the same instances
   * pass the same rules again; one slot, as a template is applied to its units one after another. The larger
   * parts are held weakly, so the memo never keeps a plan alive that its user has let go.
   */
  private static final class Checked {
    private final String id;
    private final Phase phase;
    private final WeakReference<IndicatorCatalogue> catalogue;
    private final WeakReference<List<Reading>> readings;
    private final WeakReference<List<Target>> targets;

    Checked(String id, Phase phase, IndicatorCatalogue catalogue, List<Reading> readings, List<Target> targets) {
      this.id = id;
      this.phase = phase;
      this.catalogue = new WeakReference<>(catalogue);
      this.readings = new WeakReference<>(readings);
      this.targets = new WeakReference<>(targets);
    }

    /** Whether these are the very parts last checked; a part collected since never matches (never null here). */
    boolean holds(
        String id, Phase phase, IndicatorCatalogue catalogue, List<Reading> readings, List<Target> targets) {
      return this.id == id
          && this.phase == phase
          && this.catalogue.get() == catalogue
          && this.readings.get() == readings
          && this.targets.get() == targets;
    }
  }

  private static volatile Checked lastChecked;

  static void check(
      String id,
      UnitCode unitCode,
      Phase phase,
      IndicatorCatalogue catalogue,
      List<Reading> readings,
      List<Target> targets) {
    Checked checked = lastChecked;
    if (checked != null && checked.holds(id, phase, catalogue, readings, targets)) {
      // The id, readings, targets, periods and indicators passed with these very parts: the unit code is new.
      checkUnitCode(unitCode);
      return;
    }
    if (!PLAN_ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "plan id must be lower-case ASCII letters and digits in hyphen-separated words, was '" + id + "'");
    }
    checkUnitCode(unitCode);
    checkParts(phase, catalogue, readings, targets);
    lastChecked = new Checked(id, phase, catalogue, readings, targets);
  }

  private static void checkUnitCode(UnitCode unitCode) {
    if (!UNIT_CODE.matcher(unitCode.value()).matches()) {
      throw new IllegalArgumentException(
          "plan unitCode must be a GSO code of 2 to 5 digits (e.g. 51), was '" + unitCode + "'");
    }
  }

  private static void checkParts(
      Phase phase, IndicatorCatalogue catalogue, List<Reading> readings, List<Target> targets) {
    Map<String, Reading> readingsById = new HashMap<>();
    for (Reading reading : readings) {
      if (readingsById.put(reading.id(), reading) != null) {
        throw new IllegalArgumentException("plan reading ids must be unique, was " + reading.id() + " twice");
      }
    }
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("a plan needs at least one target, was none");
    }
    Map<ClauseId, Target> byId = new HashMap<>();
    ClauseId previous = null;
    for (Target target : targets) {
      ClauseId clause = target.clauseId();
      if (byId.put(clause, target) != null) {
        throw new IllegalArgumentException("duplicate clause id " + clause + ": each clause must appear once");
      }
      if (previous != null && clause.compareTo(previous) < 0) {
        throw new IllegalArgumentException(
            clause + ": listed after " + previous + ", but targets must be in plan order (T1a … T9c, T10a …)");
      }
      previous = clause;
    }
    for (Target target : targets) {
      checkPeriods(target, phase, byId);
      checkIndicator(target, catalogue);
      checkReadings(target, readingsById);
    }
  }

  private static void checkPeriods(Target target, Phase phase, Map<ClauseId, Target> byId) {
    ClauseId clause = target.clauseId();
    if (target.milestoneOf().isEmpty()) {
      for (ReportingPeriod period : target.applicablePeriods()) {
        if (!phase.encloses(period)) {
          throw new IllegalArgumentException(
              clause + ": period " + period + " lies outside the plan's phase " + phase + " (only milestones may)");
        }
      }
      return;
    }
    ClauseId finalClause = target.milestoneOf().get();
    Target goal = byId.get(finalClause);
    if (goal == null) {
      throw new IllegalArgumentException(
          clause + ": is a milestone of " + finalClause + ", which is not a clause of the plan");
    }
    if (goal.isMilestone()) {
      throw new IllegalArgumentException(
          clause + ": is a milestone of " + finalClause + ", which is itself a milestone");
    }
    if (!goal.indicatorCode().equals(target.indicatorCode()) || !goal.breakdown().equals(target.breakdown())) {
      throw new IllegalArgumentException(
          clause
              + ": a milestone must measure the same indicator and breakdown as "
              + finalClause
              + " ("
              + goal.indicatorCode()
              + goal.breakdown().map(b -> " " + b).orElse("")
              + "), was "
              + target.indicatorCode()
              + target.breakdown().map(b -> " " + b).orElse(""));
    }
    if (!target.deadline().isBefore(goal.deadline())) {
      throw new IllegalArgumentException(
          clause
              + ": a milestone must come before the deadline "
              + goal.deadline()
              + " of "
              + finalClause
              + ", was "
              + target.deadline());
    }
  }

  private static void checkIndicator(Target target, IndicatorCatalogue catalogue) {
    ClauseId clause = target.clauseId();
    Indicator indicator = find(clause, target.indicatorCode(), catalogue, "indicator");
    MeasureKind measure = indicator.measure().kind();
    TargetKind kind = target.kind();
    Set<MeasureKind> fitting = kind.accept(FITTING_MEASURES);
    if (!fitting.contains(measure)) {
      throw new IllegalArgumentException(
          clause
              + ": a "
              + kind.kindName()
              + " target needs an indicator measured as one of "
              + fitting
              + ", was "
              + indicator.code()
              + " ("
              + measure
              + ")");
    }
    OptionalDouble lower = indicator.measure().lowerBound();
    OptionalDouble upper = indicator.measure().upperBound();
    for (double level : kind.levels()) {
      boolean below = lower.isPresent() && level < lower.getAsDouble();
      boolean above = upper.isPresent() && level > upper.getAsDouble();
      if (below || above) {
        throw new IllegalArgumentException(
            clause
                + ": target value must be within the bounds of "
                + indicator.code()
                + " ("
                + measure
                + ", "
                + (lower.isPresent() ? NumberText.machine(lower.getAsDouble()) : "-∞")
                + ".."
                + (upper.isPresent() ? NumberText.machine(upper.getAsDouble()) : "∞")
                + "), was "
                + NumberText.machine(level));
      }
    }
    TargetKind inner = kind instanceof Recurring ? ((Recurring) kind).each() : kind;
    if (inner instanceof NestedShare) {
      IndicatorCode parent = ((NestedShare) inner).parentIndicatorCode();
      if (parent.equals(target.indicatorCode())) {
        throw new IllegalArgumentException(
            clause + ": a nested share's parent indicator must differ from its own, was " + parent);
      }
      find(clause, parent, catalogue, "parent indicator");
    }
    if (target.breakdown().isPresent()) {
      for (Map.Entry<String, String> pair : target.breakdown().get().asMap().entrySet()) {
        checkBreakdown(clause, indicator, pair.getKey(), List.of(pair.getValue()));
      }
    }
    if (inner instanceof Breakdown) {
      Breakdown breakdown = (Breakdown) inner;
      checkBreakdown(clause, indicator, breakdown.dimension(), breakdown.values());
    }
  }

  private static void checkBreakdown(ClauseId clause, Indicator indicator, String key, List<String> values) {
    Optional<BreakdownDimension> dimension = indicator.breakdown(key);
    if (dimension.isEmpty()) {
      throw new IllegalArgumentException(
          clause + ": indicator " + indicator.code() + " has no breakdown dimension " + key);
    }
    for (String value : values) {
      if (!dimension.get().allows(value)) {
        throw new IllegalArgumentException(
            clause
                + ": breakdown "
                + key
                + " of "
                + indicator.code()
                + " allows "
                + dimension.get().describeValues()
                + ", was "
                + value);
      }
    }
  }

  private static Indicator find(ClauseId clause, IndicatorCode code, IndicatorCatalogue catalogue, String role) {
    return catalogue
        .find(code)
        .orElseThrow(
            () -> new IllegalArgumentException(
                clause + ": " + role + " " + code + " is not in the plan's indicator catalogue"));
  }

  private static void checkReadings(Target target, Map<String, Reading> readingsById) {
    for (Reading reading : target.readings()) {
      Reading declared = readingsById.get(reading.id());
      if (declared == null) {
        throw new IllegalArgumentException(
            target.clauseId() + ": reading " + reading.id() + " is not among the plan's readings");
      }
      if (!declared.equals(reading)) {
        throw new IllegalArgumentException(
            target.clauseId() + ": reading " + reading.id() + " differs from the plan's reading with that id");
      }
    }
  }
}
