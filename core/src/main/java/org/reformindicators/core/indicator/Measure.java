package org.reformindicators.core.indicator;

import static org.reformindicators.core.text.NumberText.machine;

import java.io.Serializable;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What the numbers of an indicator mean and which of them are possible, such as {@code Measure.score(0, 10)} for a
 * PCI sub-index.
 *
 * <p>Each measure states its natural bounds and checks a value with {@link #violation(double, OptionalInt)},
 * which returns the broken rule (naming the field, the value and the rule) instead of throwing, so that callers
 * can add the context of an observation (indicator, unit, period) to the message. Nothing is ever clamped.
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface Measure extends Serializable
    permits Measure.Percentage,
        Measure.Score,
        Measure.Rank,
        Measure.Count,
        Measure.Ratio,
        Measure.Completion,
        Measure.Qualitative {

  /**
   * Returns the kind of this measure.
   *
   * @return the kind
   */
  MeasureKind kind();

  /**
   * Returns the smallest possible value, if the measure has one.
   *
   * @return the inclusive lower bound, or empty when unbounded below
   */
  OptionalDouble lowerBound();

  /**
   * Returns the largest possible value, if the measure has one (a rank's upper bound is its universe, which each
   * observation carries, so it is empty here).
   *
   * @return the inclusive upper bound, or empty when unbounded above or bounded per observation
   */
  OptionalDouble upperBound();

  /**
   * Checks a value against this measure.
   *
   * @param value the value, finite
   * @param universe the number of units ranked, for ranks; ignored by the other measures
   * @return the broken rule, such as {@code "rank must be within 1..63 (universe), was 64"}, or empty if the value
   *     is possible
   * @throws NullPointerException if {@code universe} is null
   */
  Optional<String> violation(double value, OptionalInt universe);

  /**
   * Returns whether an observation of this measure must carry a universe (only ranks do).
   *
   * @return {@code true} for {@link Rank}
   */
  default boolean requiresUniverse() {
    return false;
  }

  /**
   * Returns the percentage measure, on 0–100.
   *
   * @return the percentage measure
   */
  static Percentage percentage() {
    return Percentage.INSTANCE;
  }

  /**
   * Returns a score on the closed scale {@code [minInclusive, maxInclusive]}.
   *
   * @param minInclusive the lowest score of the scale
   * @param maxInclusive the highest score of the scale
   * @return the score measure
   * @throws IllegalArgumentException if a bound is not finite or {@code minInclusive >= maxInclusive}
   */
  static Score score(double minInclusive, double maxInclusive) {
    return new Score(minInclusive, maxInclusive);
  }

  /**
   * Returns the rank measure (places, 1 = best).
   *
   * @return the rank measure
   */
  static Rank rank() {
    return Rank.INSTANCE;
  }

  /**
   * Returns the count measure (non-negative whole numbers).
   *
   * @return the count measure
   */
  static Count count() {
    return Count.INSTANCE;
  }

  /**
   * Returns a ratio of non-negative quantities with the given factor, unbounded above.
   *
   * @param factor the factor the quotient is multiplied by (100 for a percentage, 1000 per thousand, 1 for a
   *     plain number)
   * @return the ratio measure
   * @throws IllegalArgumentException if {@code factor} is not finite and positive
   */
  static Ratio ratio(double factor) {
    return new Ratio(factor, false);
  }

  /**
   * Returns a ratio whose numerator is part of its denominator, so that the value lies in {@code [0, factor]},
   * such as dossiers handled on time ÷ dossiers handled × 100.
   *
   * @param factor the factor the quotient is multiplied by
   * @return the ratio measure bounded by {@code factor}
   * @throws IllegalArgumentException if {@code factor} is not finite and positive
   */
  static Ratio share(double factor) {
    return new Ratio(factor, true);
  }

  /**
   * Returns the completion measure (1 = done, 0 = not done).
   *
   * @return the completion measure
   */
  static Completion completion() {
    return Completion.INSTANCE;
  }

  /**
   * Returns the qualitative measure.
   *
   * @return the qualitative measure
   */
  static Qualitative qualitative() {
    return Qualitative.INSTANCE;
  }

  /**
   * Checks that a value lies in a closed interval.
   *
   * @param field the name of the measure, used in the message
   * @param value the value
   * @param min the inclusive minimum
   * @param max the inclusive maximum
   * @return the broken rule, or empty
   */
  private static Optional<String> within(String field, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      return Optional.of(field + " must be within " + machine(min) + ".." + machine(max) + ", was " + machine(value));
    }
    return Optional.empty();
  }

  /**
   * Checks that a value is a whole number.
   *
   * @param field the name of the measure, used in the message
   * @param value the value
   * @return the broken rule, or empty
   */
  private static Optional<String> whole(String field, double value) {
    if (value != Math.rint(value)) {
      return Optional.of(field + " must be a whole number, was " + machine(value));
    }
    return Optional.empty();
  }

  /**
   * A share expressed on 0–100 (not 0–1), such as {@code 86.45} for the PAR INDEX 86.45 %.
   *
   * <p>This type is immutable and thread-safe.
   */
  record Percentage() implements Measure {
    private static final Percentage INSTANCE = new Percentage();

    @Override
    public MeasureKind kind() {
      return MeasureKind.PERCENTAGE;
    }

    @Override
    public OptionalDouble lowerBound() {
      return OptionalDouble.of(0);
    }

    @Override
    public OptionalDouble upperBound() {
      return OptionalDouble.of(100);
    }

    @Override
    public Optional<String> violation(double value, OptionalInt universe) {
      return within("percentage", value, 0, 100);
    }

    /**
     * Returns {@code "percentage 0..100"}.
     *
     * @return the description
     */
    @Override
    public String toString() {
      return "percentage 0..100";
    }
  }

  /**
   * A score on a stated closed scale, such as {@code score 0..10} for a PCI sub-index or {@code score 8..80} for the
   * PAPI total since 2018.
   *
   * <p>This type is immutable and thread-safe.
   *
   * @param min the lowest score of the scale, inclusive
   * @param max the highest score of the scale, inclusive
   */
  record Score(double min, double max) implements Measure {

    /**
     * Validates the scale.
     *
     * @param min the lowest score of the scale, inclusive
     * @param max the highest score of the scale, inclusive
     * @throws IllegalArgumentException if a bound is not finite or {@code min >= max}
     */
    public Score {
      if (!Double.isFinite(min) || !Double.isFinite(max)) {
        throw new IllegalArgumentException(
            "score scale bounds must be finite, were " + min + ".." + max);
      }
      if (min >= max) {
        throw new IllegalArgumentException(
            "score scale min must be less than max, was " + machine(min) + ".." + machine(max));
      }
    }

    @Override
    public MeasureKind kind() {
      return MeasureKind.SCORE;
    }

    @Override
    public OptionalDouble lowerBound() {
      return OptionalDouble.of(min);
    }

    @Override
    public OptionalDouble upperBound() {
      return OptionalDouble.of(max);
    }

    @Override
    public Optional<String> violation(double value, OptionalInt universe) {
      return within("score", value, min, max);
    }

    /**
     * Returns the scale, such as {@code "score 0..10"}.
     *
     * @return the description
     */
    @Override
    public String toString() {
      return "score " + machine(min) + ".." + machine(max);
    }
  }

  /**
   * A place in a ranking, 1 = best, such as {@code 36} of a universe of 63 for Quảng Ngãi's PCI 2020.
   *
   * <p>The universe is the number of units actually ranked (63 provinces, 61 when two went unscored, 34 after the
   * 2025 reorganisation) and is carried by every observation, never by the indicator.
   *
   * <p>This type is immutable and thread-safe.
   */
  record Rank() implements Measure {
    private static final Rank INSTANCE = new Rank();

    @Override
    public MeasureKind kind() {
      return MeasureKind.RANK;
    }

    @Override
    public OptionalDouble lowerBound() {
      return OptionalDouble.of(1);
    }

    @Override
    public OptionalDouble upperBound() {
      return OptionalDouble.empty();
    }

    @Override
    public boolean requiresUniverse() {
      return true;
    }

    @Override
    public Optional<String> violation(double value, OptionalInt universe) {
      Optional<String> notWhole = whole("rank", value);
      if (notWhole.isPresent()) {
        return notWhole;
      }
      if (universe.isEmpty()) {
        return Optional.of("rank needs a universe (the number of units ranked), was " + machine(value) + " of none");
      }
      int size = universe.getAsInt();
      if (!(value >= 1 && value <= size)) {
        return Optional.of("rank must be within 1.." + size + " (universe), was " + machine(value));
      }
      return Optional.empty();
    }

    /**
     * Returns {@code "rank"}.
     *
     * @return the description
     */
    @Override
    public String toString() {
      return "rank";
    }
  }

  /**
   * A non-negative whole number, such as {@code 12} public service units.
   *
   * <p>This type is immutable and thread-safe.
   */
  record Count() implements Measure {
    private static final Count INSTANCE = new Count();

    @Override
    public MeasureKind kind() {
      return MeasureKind.COUNT;
    }

    @Override
    public OptionalDouble lowerBound() {
      return OptionalDouble.of(0);
    }

    @Override
    public OptionalDouble upperBound() {
      return OptionalDouble.empty();
    }

    @Override
    public Optional<String> violation(double value, OptionalInt universe) {
      Optional<String> notWhole = whole("count", value);
      if (notWhole.isPresent()) {
        return notWhole;
      }
      if (value < 0) {
        return Optional.of("count must be at least 0, was " + machine(value));
      }
      return Optional.empty();
    }

    /**
     * Returns {@code "count"}.
     *
     * @return the description
     */
    @Override
    public String toString() {
      return "count";
    }
  }

  /**
   * A numerator divided by a denominator times a factor, such as dossiers handled on time ÷ dossiers handled × 100.
   *
   * <p>Formula, as for DHIS2 indicators (DHIS2 documentation, "Indicators": value = numerator ÷ denominator ×
   * the factor of the indicator type, e.g. 100 for a percentage, 1,000 per thousand, 1 for a number); the Decision
   * 766 index uses the same shape, numerator ÷ denominator × 100 % (Decision 766/QĐ-TTg of 23 Jun 2022). Numerator and denominator
   * are non-negative quantities, so the value is never negative; a {@linkplain #share() share} (numerator part of
   * the denominator) is also at most the factor.
   *
   * <p>This type is immutable and thread-safe.
   *
   * @param factor the factor the quotient is multiplied by, finite and positive
   * @param share whether the numerator is part of the denominator, bounding the value by {@code factor}
   */
  record Ratio(double factor, boolean share) implements Measure {

    /**
     * Validates the factor.
     *
     * @param factor the factor the quotient is multiplied by
     * @param share whether the value is bounded by {@code factor}
     * @throws IllegalArgumentException if {@code factor} is not finite and positive
     */
    public Ratio {
      if (!(factor > 0) || !Double.isFinite(factor)) {
        throw new IllegalArgumentException("ratio factor must be finite and positive, was " + factor);
      }
    }

    /**
     * Computes numerator ÷ denominator × factor.
     *
     * @param numerator the numerator, finite and non-negative (and at most the denominator for a share)
     * @param denominator the denominator, finite and positive
     * @return the value of the ratio
     * @throws IllegalArgumentException if an input is not finite, the numerator is negative, the denominator is not
     *     positive, or a share's numerator exceeds its denominator
     */
    public double compute(double numerator, double denominator) {
      if (!Double.isFinite(numerator) || numerator < 0) {
        throw new IllegalArgumentException("ratio numerator must be finite and non-negative, was " + numerator);
      }
      if (!Double.isFinite(denominator) || !(denominator > 0)) {
        throw new IllegalArgumentException("ratio denominator must be finite and positive, was " + denominator);
      }
      if (share && numerator > denominator) {
        throw new IllegalArgumentException(
            "share numerator must not exceed its denominator, was " + machine(numerator) + " of "
                + machine(denominator));
      }
      return numerator / denominator * factor;
    }

    @Override
    public MeasureKind kind() {
      return MeasureKind.RATIO;
    }

    @Override
    public OptionalDouble lowerBound() {
      return OptionalDouble.of(0);
    }

    @Override
    public OptionalDouble upperBound() {
      return share ? OptionalDouble.of(factor) : OptionalDouble.empty();
    }

    @Override
    public Optional<String> violation(double value, OptionalInt universe) {
      if (share) {
        return within("share", value, 0, factor);
      }
      if (!(value >= 0)) {
        return Optional.of("ratio must be at least 0, was " + machine(value));
      }
      return Optional.empty();
    }

    /**
     * Returns the description, such as {@code "share x100"} or {@code "ratio x1000"}.
     *
     * @return the description
     */
    @Override
    public String toString() {
      return (share ? "share x" : "ratio x") + machine(factor);
    }
  }

  /**
   * A yes/no completion recorded as {@code 1} (done) or {@code 0} (not done), such as the reorganisation of target
   * T4 of the Quảng Ngãi plan.
   *
   * <p>This type is immutable and thread-safe.
   */
  record Completion() implements Measure {
    private static final Completion INSTANCE = new Completion();

    @Override
    public MeasureKind kind() {
      return MeasureKind.COMPLETION;
    }

    @Override
    public OptionalDouble lowerBound() {
      return OptionalDouble.of(0);
    }

    @Override
    public OptionalDouble upperBound() {
      return OptionalDouble.of(1);
    }

    @Override
    public Optional<String> violation(double value, OptionalInt universe) {
      if (value != 0 && value != 1) {
        return Optional.of("completion must be 1 (done) or 0 (not done), was " + machine(value));
      }
      return Optional.empty();
    }

    /**
     * Returns {@code "completion 0/1"}.
     *
     * @return the description
     */
    @Override
    public String toString() {
      return "completion 0/1";
    }
  }

  /**
   * A judgement assessed by hand, such as target T13a of the Quảng Ngãi plan ("civil-service structure meets the
   * job-position standards").
   *
   * <p>The assessment itself is text (an observation's note); a numeric value, if recorded, is an assessor's code
   * without arithmetic meaning, so any finite value is accepted and none is compared or aggregated.
   *
   * <p>This type is immutable and thread-safe.
   */
  record Qualitative() implements Measure {
    private static final Qualitative INSTANCE = new Qualitative();

    @Override
    public MeasureKind kind() {
      return MeasureKind.QUALITATIVE;
    }

    @Override
    public OptionalDouble lowerBound() {
      return OptionalDouble.empty();
    }

    @Override
    public OptionalDouble upperBound() {
      return OptionalDouble.empty();
    }

    @Override
    public Optional<String> violation(double value, OptionalInt universe) {
      return Optional.empty();
    }

    /**
     * Returns {@code "qualitative"}.
     *
     * @return the description
     */
    @Override
    public String toString() {
      return "qualitative";
    }
  }
}
