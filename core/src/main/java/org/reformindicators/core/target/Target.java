package org.reformindicators.core.target;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.immutables.value.Value;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.ReportingPeriod;

/**
 * One clause of a plan, such as {@code T1b}: "đến năm 2025, xếp thứ hạng từ 25 - 30/63" (PAR INDEX rank 25–30 of
 * 63 by 2025), measured by the indicator {@code PAR_INDEX_RANK} as a {@link RankBand}.
 *
 * <p>A target joins the clause id, the code of the indicator that measures it (resolved in the plan's indicator
 * catalogue), its {@link TargetKind}, the deadline by which it is judged, the verbatim Vietnamese source text and
 * an English rendering, notes on interpretation and the explicit {@link Reading readings} taken where the source
 * is ambiguous. Optionally it is restricted to one {@linkplain #breakdown() breakdown} ({@code LEVEL=DISTRICT}),
 * is a {@linkplain #milestoneOf() milestone} on the way to another clause (T1e on the way to T1f), or is
 * {@linkplain #notApplicable() not applicable} from a date (T7b and T9b from 2025-07-01).
 *
 * <p>The periods in which the kind is judged are {@link #applicablePeriods()}: those of a {@link Recurring} kind,
 * otherwise the deadline alone. Every rejection names the clause ({@code "T1b: rank band worst must be within
 * 1..63 (universe), was 64"}); build with {@link #builder(ClauseId)} so that rejections of the kind name it too.
 *
 * <p>Build with {@link #builder(ClauseId)}; {@code Target.Builder} has a setter per attribute and the conveniences
 * {@link Builder#kind(Supplier)}, {@link Builder#deadline(String)} and {@link Builder#notApplicableFrom(LocalDate,
 * BilingualText)}. Java serialization is for shipping a plan between JVMs running the same library version (Spark),
 * not for storage: that is the plan document of the {@code io} module.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Target implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Only the generated implementation extends this type. */
  Target() {}

  /**
   * Returns a builder for the clause with the given id.
   *
   * @param clauseId the clause id
   * @return a new builder
   * @throws NullPointerException if {@code clauseId} is null
   */
  public static Builder builder(ClauseId clauseId) {
    Objects.requireNonNull(clauseId, "clauseId");
    Builder builder = new Builder();
    builder.context = clauseId;
    return builder.clauseId(clauseId);
  }

  /**
   * Returns the clause id.
   *
   * @return the clause id, such as {@code T1b}
   */
  public abstract ClauseId clauseId();

  /**
   * Returns the code of the indicator that measures the clause.
   *
   * @return the indicator code, such as {@code PAR_INDEX_RANK}
   */
  public abstract IndicatorCode indicatorCode();

  /**
   * Returns what the clause commits to.
   *
   * @return the kind
   */
  public abstract TargetKind kind();

  /**
   * Returns the period by which (or, for a milestone, in which) the clause is judged; for a recurring kind, its
   * last period.
   *
   * @return the deadline
   */
  public abstract ReportingPeriod deadline();

  /**
   * Returns the clause this one is an intermediate step of.
   *
   * @return the clause, or empty
   */
  public abstract Optional<ClauseId> milestoneOf();

  /**
   * Returns the breakdown the clause is restricted to; a restriction to {@link BreakdownKey#TOTAL} is no
   * restriction and is kept as empty.
   *
   * @return the breakdown, or empty for the indicator as a whole
   */
  public abstract Optional<BreakdownKey> breakdown();

  /**
   * Returns the verbatim Vietnamese text of the clause in the source document.
   *
   * @return the source text, not blank
   */
  public abstract String sourceText();

  /**
   * Returns the English rendering of the clause.
   *
   * @return the English rendering, not blank
   */
  public abstract String englishRendering();

  /**
   * Returns the notes on interpretation, in English.
   *
   * @return the notes, possibly empty, none blank
   */
  public abstract List<String> notes();

  /**
   * Returns the explicit readings taken of this clause.
   *
   * @return the readings, possibly empty, ids unique
   */
  public abstract List<Reading> readings();

  /**
   * Returns the date from which the clause no longer applies and why.
   *
   * @return the date and reason, or empty
   */
  public abstract Optional<NotApplicable> notApplicable();

  /**
   * Returns the baseline the plan fixes for a kind without one of its own.
   *
   * @return the stated baseline or the rule that chooses it, or empty for the engine's default (the last
   *     observation before the phase, else the first)
   */
  public abstract Optional<BaselineChoice> baselineChoice();

  /**
   * Validates the target; every message starts with the clause id. A restriction to the total breakdown is
   * dropped.
   *
   * @return this target, or an equal one without a total breakdown restriction
   * @throws IllegalArgumentException if a text or note is blank, the clause is a milestone of itself, a recurring
   *     kind does not end at the deadline, the baseline does not end before the first period judged, a baseline is
   *     fixed for a kind that names its own or is not measured, a breakdown kind is restricted to a value of its
   *     own dimension, or two readings share an id
   */
  @Value.Check
  Target check() {
    ClauseId clauseId = clauseId();
    inClause(
        clauseId,
        "",
        () -> {
          Checks.requireText("sourceText", sourceText());
          Checks.requireText("englishRendering", englishRendering());
          notes().forEach(note -> Checks.requireText("note", note));
          return sourceText();
        });
    if (milestoneOf().isPresent() && milestoneOf().get().equals(clauseId)) {
      throw new IllegalArgumentException(clauseId + ": a clause cannot be a milestone of itself");
    }
    if (kind() instanceof Recurring && !((Recurring) kind()).last().equals(deadline())) {
      throw new IllegalArgumentException(
          clauseId
              + ": deadline must be the last recurring period "
              + ((Recurring) kind()).last()
              + ", was "
              + deadline());
    }
    ReportingPeriod firstJudged = kind() instanceof Recurring ? ((Recurring) kind()).first() : deadline();
    if (baselineChoice().isPresent() && (kind().baseline().isPresent() || !kind().isMeasured())) {
      throw new IllegalArgumentException(
          clauseId
              + ": baseline "
              + baselineChoice().get()
              + " cannot be fixed for a "
              + kind().kindName()
              + " target, which "
              + (kind().isMeasured() ? "names its own baseline" : "is assessed by hand"));
    }
    Optional<Baseline> baseline =
        kind().baseline().or(() -> baselineChoice().flatMap(c -> c instanceof BaselineChoice.Stated st
            ? Optional.of(st.baseline()) : Optional.empty()));
    if (baseline.isPresent() && !baseline.get().period().endDate().isBefore(firstJudged.startDate())) {
      throw new IllegalArgumentException(
          clauseId
              + ": baseline "
              + baseline.get().period()
              + " must end before the first period judged, "
              + firstJudged);
    }
    TargetKind judged = kind() instanceof Recurring ? ((Recurring) kind()).each() : kind();
    if (judged instanceof Breakdown
        && breakdown().isPresent()
        && breakdown().get().has(((Breakdown) judged).dimension())) {
      throw new IllegalArgumentException(
          clauseId
              + ": a breakdown over "
              + ((Breakdown) judged).dimension()
              + " cannot also be restricted to "
              + breakdown().get());
    }
    Set<String> readingIds = new HashSet<>();
    for (Reading reading : readings()) {
      if (!readingIds.add(reading.id())) {
        throw new IllegalArgumentException(clauseId + ": reading ids must be unique, was " + reading.id() + " twice");
      }
    }
    if (breakdown().isPresent() && breakdown().get().isTotal()) {
      return builder(clauseId).from(this).breakdown(Optional.empty()).build();
    }
    return this;
  }

  /**
   * Returns the periods in which the kind is judged: the periods of a {@link Recurring} kind, otherwise the
   * deadline alone.
   *
   * @return the periods, in time order, at least one; the last is the deadline
   */
  public final List<ReportingPeriod> applicablePeriods() {
    return kind() instanceof Recurring ? ((Recurring) kind()).periods() : List.of(deadline());
  }

  /**
   * Returns whether this clause is a milestone, an intermediate step of another clause (such as T1e, PCI rank
   * 20–30 in 2021, on the way to T1f, 10–20 by 2025).
   *
   * @return {@code true} if {@link #milestoneOf()} is present
   */
  public final boolean isMilestone() {
    return milestoneOf().isPresent();
  }

  /**
   * Returns the baseline of the kind, if it has one.
   *
   * @return the baseline, or empty
   */
  public final Optional<Baseline> baseline() {
    return kind().baseline();
  }

  /**
   * Returns whether the clause applies during the whole of a period (it does unless it is {@linkplain
   * #notApplicable() not applicable} from a date on or before the period's end).
   *
   * @param period the period
   * @return {@code true} if the clause applies throughout {@code period}
   * @throws NullPointerException if {@code period} is null
   */
  public final boolean appliesThroughout(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    return notApplicable().map(n -> n.appliesThroughout(period)).orElse(true);
  }

  /**
   * Returns whether the clause applies on a day.
   *
   * @param day the day
   * @return {@code true} unless the clause is not applicable from {@code day} or earlier
   * @throws NullPointerException if {@code day} is null
   */
  public final boolean appliesOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return notApplicable().map(n -> n.appliesOn(day)).orElse(true);
  }

  /**
   * Returns the canonical summary, such as {@code T1b PAR_INDEX_RANK rank 25–30 of 63 by 2025}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return clauseId()
        + " "
        + indicatorCode()
        + breakdown().map(b -> " [" + b + "]").orElse("")
        + " "
        + kind()
        + (isMilestone() ? " in " : " by ")
        + deadline();
  }

  /** Runs a check or factory in the context of a clause: a rejection's message is prefixed with the clause id. */
  private static <T> T inClause(ClauseId clauseId, String field, Supplier<T> action) {
    try {
      return action.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(clauseId + ": " + field + e.getMessage(), e);
    }
  }

  /**
   * Builds a {@link Target} in the context of its clause: one setter per attribute ({@code indicatorCode},
   * {@code kind}, {@code deadline}, {@code milestoneOf}, {@code breakdown}, {@code sourceText}, {@code
   * englishRendering}, {@code addNotes}, {@code addReadings}, {@code notApplicable}, {@code baselineChoice}, …),
   * generated, and conveniences that build a part in the clause's context: a kind built through {@link
   * #kind(Supplier)} and a deadline given as text are rejected with the clause id in the message. The messages of
   * the builder name the clause given to {@link Target#builder(ClauseId)}; those of the target's own checks name
   * the clause it is built with.
   *
   * <p>Instances are not thread-safe.
   */
  public static final class Builder extends ImmutableTarget.Builder {

    /** The clause, for messages; set by {@link Target#builder(ClauseId)}. */
    private ClauseId context;

    Builder() {}

    /**
     * Builds the kind in the context of this clause, so that a rejected parameter names the clause
     * ({@code "T1b: rank band best must not be a larger number than worst …"}).
     *
     * @param factory creates the kind, such as {@code () -> RankBand.of(25, 30, 63)}
     * @return this builder
     * @throws NullPointerException if {@code factory} is null or returns null
     * @throws IllegalArgumentException if the factory rejects the parameters; the message starts with the clause
     *     id
     */
    public Builder kind(Supplier<? extends TargetKind> factory) {
      Objects.requireNonNull(factory, context + ": factory");
      return kind(inClause(context, "", factory));
    }

    /**
     * Sets the deadline from its canonical text.
     *
     * @param deadline the deadline, such as {@code "2025"}
     * @return this builder
     * @throws NullPointerException if {@code deadline} is null
     * @throws IllegalArgumentException if the text is not a period; the message starts with the clause id
     */
    public Builder deadline(String deadline) {
      Objects.requireNonNull(deadline, context + ": deadline");
      return deadline(inClause(context, "deadline: ", () -> ReportingPeriod.parse(deadline)));
    }

    /**
     * Makes the clause not applicable from a date.
     *
     * @param from the first day on which the clause no longer applies
     * @param reason why
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder notApplicableFrom(LocalDate from, BilingualText reason) {
      return notApplicable(new NotApplicable(from, reason));
    }

    /**
     * Builds the target.
     *
     * @return the target
     * @throws IllegalArgumentException if a required part (indicator code, kind, deadline, source text, English
     *     rendering) is missing or the target is inconsistent; the message starts with the clause id
     */
    @Override
    public Target build() {
      require(indicatorCodeIsSet(), "indicatorCode");
      require(kindIsSet(), "kind");
      require(deadlineIsSet(), "deadline");
      require(sourceTextIsSet(), "sourceText");
      require(englishRenderingIsSet(), "englishRendering");
      return super.build();
    }

    private void require(boolean set, String name) {
      if (!set) {
        throw new IllegalArgumentException(context + ": " + name + " is required, was not set");
      }
    }
  }
}
