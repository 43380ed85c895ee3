package org.reformindicators.core.indicator;

/**
 * The kind of a {@link Measure}, such as {@link #PERCENTAGE} for {@code 86.45} meaning 86.45 %.
 *
 * <p>This type is immutable and thread-safe.
 */
public enum MeasureKind {
  /** A share on 0–100 (not 0–1), see {@link Measure.Percentage}. */
  PERCENTAGE,
  /** A score on a stated scale such as 0–10, see {@link Measure.Score}. */
  SCORE,
  /** A place in a ranking, 1 = best, within a universe, see {@link Measure.Rank}. */
  RANK,
  /** A non-negative whole number, see {@link Measure.Count}. */
  COUNT,
  /** A numerator divided by a denominator times a factor, see {@link Measure.Ratio}. */
  RATIO,
  /** A yes/no completion recorded as 1 or 0, see {@link Measure.Completion}. */
  COMPLETION,
  /** A judgement assessed by hand, see {@link Measure.Qualitative}. */
  QUALITATIVE
}
