package org.reformindicators.core.evaluation;

/**
 * How the engine chose the baseline a clause's rates are measured from, such as {@link #LAST_BEFORE_PHASE} for the
 * PAR INDEX rank of 2020 before the 2021–2025 phase.
 *
 * <p>Immutable and thread-safe.
 */
public enum BaselineSource {
  /** The plan states the baseline value itself. */
  STATED,
  /** The plan names a baseline period; the value is the observation of that period. */
  BASELINE_PERIOD,
  /** The plan names no baseline: the last observation ending before the plan's phase starts. */
  LAST_BEFORE_PHASE,
  /** The plan names no baseline and no observation precedes the phase: the first observation. */
  FIRST_OBSERVATION
}
