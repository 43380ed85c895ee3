package org.reformindicators.core.target;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
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
 * <p>This type is immutable and thread-safe.
 *
 * @param clauseId the clause id
 * @param indicatorCode the code of the indicator that measures the clause
 * @param kind what the clause commits to
 * @param deadline the period by which (or, for a milestone, in which) the clause is judged; for a recurring kind,
 *     its last period
 * @param milestoneOf the clause this one is an intermediate step of, or empty
 * @param breakdown the breakdown the clause is restricted to, or empty for the indicator as a whole
 * @param sourceText the verbatim Vietnamese text of the clause in the source document
 * @param englishRendering the English rendering of the clause
 * @param notes notes on interpretation, in English, possibly empty
 * @param readings the explicit readings taken of this clause, possibly empty, ids unique
 * @param notApplicable the date from which the clause no longer applies and why, or empty
 * @param baselineChoice the baseline the plan fixes for a kind without one of its own, or empty for the engine's
 *     default (the last observation before the phase, else the first)
 */
public record Target(
    ClauseId clauseId,
    IndicatorCode indicatorCode,
    TargetKind kind,
    ReportingPeriod deadline,
    Optional<ClauseId> milestoneOf,
    Optional<BreakdownKey> breakdown,
    String sourceText,
    String englishRendering,
    List<String> notes,
    List<Reading> readings,
    Optional<NotApplicable> notApplicable,
    Optional<BaselineChoice> baselineChoice) implements Serializable {

  /**
   * Validates the target; every message starts with the clause id.
   *
   * @param clauseId the clause id
   * @param indicatorCode the indicator code
   * @param kind the kind
   * @param deadline the deadline
   * @param milestoneOf the clause this one is a milestone of, or empty
   * @param breakdown the breakdown, or empty
   * @param sourceText the Vietnamese source text
   * @param englishRendering the English rendering
   * @param notes the notes
   * @param readings the readings
   * @param notApplicable the date from which the clause no longer applies, or empty
   * @param baselineChoice the baseline the plan fixes, or empty
   * @throws NullPointerException if an argument, a note or a reading is null
   * @throws IllegalArgumentException if a text or note is blank, the
   *     clause is a milestone of itself, a recurring kind does not end at the deadline, the baseline does not end
   *     before the first period judged, a baseline is fixed for a kind that names its own or is not measured, a
   *     breakdown kind is restricted to a value of its own dimension, or two
   *     readings share an id
   */
  public Target {
    Objects.requireNonNull(clauseId, "clauseId");
    Objects.requireNonNull(indicatorCode, clauseId + ": indicatorCode");
    Objects.requireNonNull(kind, clauseId + ": kind");
    Objects.requireNonNull(deadline, clauseId + ": deadline");
    Objects.requireNonNull(milestoneOf, clauseId + ": milestoneOf");
    Objects.requireNonNull(breakdown, clauseId + ": breakdown");
    breakdown = breakdown.filter(b -> !b.isTotal());
    Objects.requireNonNull(sourceText, clauseId + ": sourceText");
    Objects.requireNonNull(englishRendering, clauseId + ": englishRendering");
    Objects.requireNonNull(notApplicable, clauseId + ": notApplicable");
    Objects.requireNonNull(baselineChoice, clauseId + ": baselineChoice");
    notes = List.copyOf(Objects.requireNonNull(notes, clauseId + ": notes"));
    readings = List.copyOf(Objects.requireNonNull(readings, clauseId + ": readings"));
    List<String> checkedNotes = notes;
    inClause(
        clauseId,
        "",
        () -> {
          Checks.requireText("sourceText", sourceText);
          Checks.requireText("englishRendering", englishRendering);
          checkedNotes.forEach(note -> Checks.requireText("note", note));
          return sourceText;
        });
    if (milestoneOf.isPresent() && milestoneOf.get().equals(clauseId)) {
      throw new IllegalArgumentException(clauseId + ": a clause cannot be a milestone of itself");
    }
    if (kind instanceof Recurring && !((Recurring) kind).last().equals(deadline)) {
      throw new IllegalArgumentException(
          clauseId
              + ": deadline must be the last recurring period "
              + ((Recurring) kind).last()
              + ", was "
              + deadline);
    }
    ReportingPeriod firstJudged = kind instanceof Recurring ? ((Recurring) kind).first() : deadline;
    if (baselineChoice.isPresent() && (kind.baseline().isPresent() || !kind.isMeasured())) {
      throw new IllegalArgumentException(
          clauseId
              + ": baseline "
              + baselineChoice.get()
              + " cannot be fixed for a "
              + kind.kindName()
              + " target, which "
              + (kind.isMeasured() ? "names its own baseline" : "is assessed by hand"));
    }
    Optional<Baseline> baseline =
        kind.baseline().or(() -> baselineChoice.flatMap(c -> c instanceof BaselineChoice.Stated st
            ? Optional.of(st.baseline()) : Optional.empty()));
    if (baseline.isPresent() && !baseline.get().period().endDate().isBefore(firstJudged.startDate())) {
      throw new IllegalArgumentException(
          clauseId
              + ": baseline "
              + baseline.get().period()
              + " must end before the first period judged, "
              + firstJudged);
    }
    TargetKind judged = kind instanceof Recurring ? ((Recurring) kind).each() : kind;
    if (judged instanceof Breakdown
        && breakdown.isPresent()
        && breakdown.get().has(((Breakdown) judged).dimension())) {
      throw new IllegalArgumentException(
          clauseId
              + ": a breakdown over "
              + ((Breakdown) judged).dimension()
              + " cannot also be restricted to "
              + breakdown.get());
    }
    Set<String> readingIds = new HashSet<>();
    for (Reading reading : readings) {
      Objects.requireNonNull(reading, clauseId + ": reading");
      if (!readingIds.add(reading.id())) {
        throw new IllegalArgumentException(clauseId + ": reading ids must be unique, was " + reading.id() + " twice");
      }
    }
  }

  /**
   * Creates a target without a fixed baseline, as before baselines could be fixed.
   *
   * @param clauseId the clause id
   * @param indicatorCode the indicator code
   * @param kind the kind
   * @param deadline the deadline
   * @param milestoneOf the clause this one is a milestone of, or empty
   * @param breakdown the breakdown, or empty
   * @param sourceText the Vietnamese source text
   * @param englishRendering the English rendering
   * @param notes the notes
   * @param readings the readings
   * @param notApplicable the date from which the clause no longer applies, or empty
   * @throws NullPointerException if an argument, a note or a reading is null
   * @throws IllegalArgumentException if the target is inconsistent, as for the canonical constructor
   */
  public Target(
      ClauseId clauseId,
      IndicatorCode indicatorCode,
      TargetKind kind,
      ReportingPeriod deadline,
      Optional<ClauseId> milestoneOf,
      Optional<BreakdownKey> breakdown,
      String sourceText,
      String englishRendering,
      List<String> notes,
      List<Reading> readings,
      Optional<NotApplicable> notApplicable) {
    this(clauseId, indicatorCode, kind, deadline, milestoneOf, breakdown, sourceText, englishRendering, notes,
        readings, notApplicable, Optional.empty());
  }

  /**
   * Returns a builder for the clause with the given id.
   *
   * @param clauseId the clause id
   * @return a new builder
   * @throws NullPointerException if {@code clauseId} is null
   */
  public static Builder builder(ClauseId clauseId) {
    return new Builder(Objects.requireNonNull(clauseId, "clauseId"));
  }

  /**
   * Returns the periods in which the kind is judged: the periods of a {@link Recurring} kind, otherwise the
   * deadline alone.
   *
   * @return the periods, in time order, at least one; the last is the deadline
   */
  public List<ReportingPeriod> applicablePeriods() {
    return kind instanceof Recurring ? ((Recurring) kind).periods() : List.of(deadline);
  }

  /**
   * Returns whether this clause is a milestone, an intermediate step of another clause (such as T1e, PCI rank
   * 20–30 in 2021, on the way to T1f, 10–20 by 2025).
   *
   * @return {@code true} if {@link #milestoneOf()} is present
   */
  public boolean isMilestone() {
    return milestoneOf.isPresent();
  }

  /**
   * Returns the baseline of the kind, if it has one.
   *
   * @return the baseline, or empty
   */
  public Optional<Baseline> baseline() {
    return kind.baseline();
  }

  /**
   * Returns whether the clause applies during the whole of a period (it does unless it is {@linkplain
   * #notApplicable() not applicable} from a date on or before the period's end).
   *
   * @param period the period
   * @return {@code true} if the clause applies throughout {@code period}
   * @throws NullPointerException if {@code period} is null
   */
  public boolean appliesThroughout(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    return notApplicable.map(n -> n.appliesThroughout(period)).orElse(true);
  }

  /**
   * Returns whether the clause applies on a day.
   *
   * @param day the day
   * @return {@code true} unless the clause is not applicable from {@code day} or earlier
   * @throws NullPointerException if {@code day} is null
   */
  public boolean appliesOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return notApplicable.map(n -> n.appliesOn(day)).orElse(true);
  }

  /**
   * Returns the canonical summary, such as {@code T1b PAR_INDEX_RANK rank 25–30 of 63 by 2025}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return clauseId
        + " "
        + indicatorCode
        + breakdown.map(b -> " [" + b + "]").orElse("")
        + " "
        + kind
        + (isMilestone() ? " in " : " by ")
        + deadline;
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
   * Builds a {@link Target} in the context of its clause: a kind built through {@link #kind(Supplier)} and a
   * period or breakdown given as text are rejected with the clause id in the message.
   *
   * <p>Instances are not thread-safe.
   */
  public static final class Builder {
    private final ClauseId clauseId;
    private IndicatorCode indicatorCode;
    private TargetKind kind;
    private ReportingPeriod deadline;
    private ClauseId milestoneOf;
    private BreakdownKey breakdown;
    private String sourceText;
    private String englishRendering;
    private final List<String> notes = new ArrayList<>();
    private final List<Reading> readings = new ArrayList<>();
    private NotApplicable notApplicable;
    private BaselineChoice baselineChoice;

    private Builder(ClauseId clauseId) {
      this.clauseId = clauseId;
    }

    /**
     * Sets the indicator code.
     *
     * @param code the code, such as {@code PCI_RANK}
     * @return this builder
     * @throws NullPointerException if {@code code} is null
     */
    public Builder indicator(IndicatorCode code) {
      this.indicatorCode = Objects.requireNonNull(code, clauseId + ": indicator");
      return this;
    }

    /**
     * Sets the kind.
     *
     * @param kind the kind
     * @return this builder
     * @throws NullPointerException if {@code kind} is null
     */
    public Builder kind(TargetKind kind) {
      this.kind = Objects.requireNonNull(kind, clauseId + ": kind");
      return this;
    }

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
      Objects.requireNonNull(factory, clauseId + ": factory");
      return kind(inClause(clauseId, "", factory));
    }

    /**
     * Sets the deadline.
     *
     * @param deadline the deadline, such as {@code CalendarYear.of(2025)}
     * @return this builder
     * @throws NullPointerException if {@code deadline} is null
     */
    public Builder deadline(ReportingPeriod deadline) {
      this.deadline = Objects.requireNonNull(deadline, clauseId + ": deadline");
      return this;
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
      Objects.requireNonNull(deadline, clauseId + ": deadline");
      return deadline(inClause(clauseId, "deadline: ", () -> ReportingPeriod.parse(deadline)));
    }

    /**
     * Makes the clause a milestone of another one.
     *
     * @param clauseId the clause this one is an intermediate step of, such as {@code T1f}
     * @return this builder
     * @throws NullPointerException if {@code clauseId} is null
     */
    public Builder milestoneOf(ClauseId clauseId) {
      this.milestoneOf = Objects.requireNonNull(clauseId, this.clauseId + ": milestoneOf");
      return this;
    }

    /**
     * Restricts the clause to one breakdown; {@link BreakdownKey#TOTAL} removes the restriction.
     *
     * @param breakdown the breakdown, such as {@code LEVEL=DISTRICT}
     * @return this builder
     * @throws NullPointerException if {@code breakdown} is null
     */
    public Builder breakdown(BreakdownKey breakdown) {
      Objects.requireNonNull(breakdown, clauseId + ": breakdown");
      this.breakdown = breakdown.isTotal() ? null : breakdown;
      return this;
    }

    /**
     * Sets the verbatim Vietnamese source text.
     *
     * @param text the text of the clause in the source document
     * @return this builder
     * @throws NullPointerException if {@code text} is null
     */
    public Builder sourceText(String text) {
      this.sourceText = Objects.requireNonNull(text, clauseId + ": sourceText");
      return this;
    }

    /**
     * Sets the English rendering.
     *
     * @param text the English rendering
     * @return this builder
     * @throws NullPointerException if {@code text} is null
     */
    public Builder englishRendering(String text) {
      this.englishRendering = Objects.requireNonNull(text, clauseId + ": englishRendering");
      return this;
    }

    /**
     * Adds a note on interpretation.
     *
     * @param note the note, in English
     * @return this builder
     * @throws NullPointerException if {@code note} is null
     */
    public Builder note(String note) {
      notes.add(Objects.requireNonNull(note, clauseId + ": note"));
      return this;
    }

    /**
     * Adds a reading taken of this clause.
     *
     * @param reading the reading
     * @return this builder
     * @throws NullPointerException if {@code reading} is null
     */
    public Builder reading(Reading reading) {
      readings.add(Objects.requireNonNull(reading, clauseId + ": reading"));
      return this;
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
      this.notApplicable = new NotApplicable(from, reason);
      return this;
    }

    /**
     * Builds the target.
     *
     * @return the target
     * @throws IllegalArgumentException if a required part (indicator, kind, deadline, source text, English
     *     rendering) is missing or the target is inconsistent; the message starts with the clause id
     */
    public Target build() {
      require(indicatorCode, "indicator");
      require(kind, "kind");
      require(deadline, "deadline");
      require(sourceText, "sourceText");
      require(englishRendering, "englishRendering");
      return new Target(
          clauseId,
          indicatorCode,
          kind,
          deadline,
          Optional.ofNullable(milestoneOf),
          Optional.ofNullable(breakdown),
          sourceText,
          englishRendering,
          notes,
          readings,
          Optional.ofNullable(notApplicable),
          Optional.ofNullable(baselineChoice));
    }

    /**
     * Fixes the baseline of a kind that has none of its own.
     *
     * @param choice the stated baseline or the rule that chooses it
     * @return this builder
     * @throws NullPointerException if {@code choice} is null
     */
    public Builder baseline(BaselineChoice choice) {
      this.baselineChoice = Objects.requireNonNull(choice, clauseId + ": baseline");
      return this;
    }

    private void require(Object part, String name) {
      if (part == null) {
        throw new IllegalArgumentException(clauseId + ": " + name + " is required, was not set");
      }
    }
  }

  /** Replaces the target by its serial form, whose absent parts are nulls (Optional is not serializable). */
  private Object writeReplace() {
    return new SerialForm(clauseId, indicatorCode, kind, deadline, milestoneOf.orElse(null), breakdown.orElse(null),
        sourceText, englishRendering, notes, readings, notApplicable.orElse(null), baselineChoice.orElse(null));
  }

  /** The serial form of a target; reading it back runs the target's validation. */
  private record SerialForm(
      ClauseId clauseId, IndicatorCode indicatorCode, TargetKind kind, ReportingPeriod deadline,
      ClauseId milestoneOf, BreakdownKey breakdown, String sourceText, String englishRendering, List<String> notes,
      List<Reading> readings, NotApplicable notApplicable, BaselineChoice baselineChoice) implements Serializable {

    private Object readResolve() {
      return new Target(clauseId, indicatorCode, kind, deadline, Optional.ofNullable(milestoneOf),
          Optional.ofNullable(breakdown), sourceText, englishRendering, notes, readings,
          Optional.ofNullable(notApplicable), Optional.ofNullable(baselineChoice));
    }
  }
}
