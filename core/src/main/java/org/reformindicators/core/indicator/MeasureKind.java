package org.reformindicators.core.indicator;

/**
 * The kind of a {@link Measure}, such as {@link #PERCENTAGE} for {@code 86.45} meaning 86.45 %.
 *
 * <p>This type is immutable and thread-safe.
 */
public enum MeasureKind {
  /** A share on 0–100 (not 0–1), see {@link Measure.Percentage}. */
  PERCENTAGE(true),
  /** A score on a stated scale such as 0–10, see {@link Measure.Score}. */
  SCORE(true),
  /** A place in a ranking, 1 = best, within a universe, see {@link Measure.Rank}. */
  RANK(false),
  /** A non-negative whole number, see {@link Measure.Count}. */
  COUNT(true),
  /** A numerator divided by a denominator times a factor, see {@link Measure.Ratio}. */
  RATIO(true),
  /** A yes/no completion recorded as 1 or 0, see {@link Measure.Completion}. */
  COMPLETION(false),
  /** A judgement assessed by hand, see {@link Measure.Qualitative}. */
  QUALITATIVE(false);

  private final boolean ratioScale;

  MeasureKind(boolean ratioScale) {
    this.ratioScale = ratioScale;
  }

  /**
   * Returns whether values of this kind lie on a ratio scale, where a quotient of two values and so a compound
   * growth rate have a meaning: a percentage, a score, a count or a ratio. A rank is ordinal (a rank 10 is not
   * "twice" a rank 5), a completion is yes/no and a qualitative judgement has no number.
   *
   * @return {@code true} for a ratio scale
   */
  public boolean isRatioScale() {
    return ratioScale;
  }
}
