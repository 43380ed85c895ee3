package org.reformindicators.core.progress;

/**
 * The common outlook every progress method's category maps to, such as {@code ON_TRACK} for Eurostat's
 * "significant progress".
 *
 * <p>This is the method-level part of the evaluation vocabulary: it says what a trend means for the target
 * and nothing about deadlines, qualitative clauses or abolished levels, which the evaluation engine adds
 * on top. Each method documents its mapping on its category enum. Immutable and thread-safe.
 */
public enum ProgressOutlook {
  /** The latest value already meets (or beats) the target. */
  ACHIEVED,
  /** Progress is fast enough to reach the target on time. */
  ON_TRACK,
  /** Progress is in the right direction but too slow. */
  AT_RISK,
  /** The indicator is moving away from the target. */
  OFF_TRACK,
  /** The method cannot assess the data (see {@link UnassessableReason}). */
  NOT_ASSESSABLE
}
