package org.reformindicators.core.progress;

import java.io.Serializable;

/**
 * What every bundled method shares: its id, its parameters in a stable order, value equality on them, and
 * the checks that come before any formula. Not part of the API; subclasses are immutable and thread-safe.
 */
abstract class AbstractProgressMethod implements ProgressMethod, Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final ParameterValues parameters;

  /**
   * Keeps the id and the parameter values, each already checked against its kind and range.
   *
   * @param id the method id
   * @param parameters the values of the method's parameters
   */
  AbstractProgressMethod(String id, ParameterValues parameters) {
    this.id = id;
    this.parameters = parameters;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final ParameterValues parameters() {
    return parameters;
  }

  /**
   * Returns the result "cannot assess" of this method.
   *
   * @param category the method's not-assessable category
   * @param reason the reason
   * @param rateKind how the method expresses rates
   * @return the result
   */
  final ProgressResult unassessable(ProgressCategory category, UnassessableReason reason, RateKind rateKind) {
    return ProgressResult.builder(this, category).rateKind(rateKind).reason(reason).build();
  }

  /**
   * The checks every method with a target makes first, in this order: an observation exists, a target exists
   * (when {@code needsTarget}), the latest value does not already meet the target, an observation lies after
   * the base (when {@code needsElapsedTime}), the target time lies after the base.
   *
   * @param in the input
   * @param achieved the category for a met target
   * @param unassessable the category for "cannot assess"
   * @param rateKind how the method expresses rates
   * @param needsElapsedTime whether the latest observation must lie after the base
   * @return the result these checks decide, or {@code null} when the method's own formula decides
   */
  final ProgressResult precheck(
      ProgressInput in,
      ProgressCategory achieved,
      ProgressCategory unassessable,
      RateKind rateKind,
      boolean needsElapsedTime) {
    if (in.size() == 0) {
      return unassessable(unassessable, UnassessableReason.NO_OBSERVATIONS, rateKind);
    }
    if (!in.hasTarget()) {
      return unassessable(unassessable, UnassessableReason.NO_TARGET, rateKind);
    }
    if (in.stopsAtMetTarget()) {
      return ProgressResult.builder(this, achieved).rateKind(rateKind).build();
    }
    if (needsElapsedTime && !(in.latestTime() > in.baseTime())) {
      return unassessable(unassessable, UnassessableReason.NO_OBSERVATION_AFTER_BASE, rateKind);
    }
    if (!(in.targetTime() > in.baseTime())) {
      return unassessable(unassessable, UnassessableReason.TARGET_TIME_NOT_AFTER_BASE, rateKind);
    }
    return null;
  }

  @Override
  public final boolean equals(Object o) {
    return o != null
        && o.getClass() == getClass()
        && parameters.equals(((AbstractProgressMethod) o).parameters);
  }

  @Override
  public final int hashCode() {
    return 31 * id.hashCode() + parameters.hashCode();
  }

  @Override
  public final String toString() {
    return id + parameters;
  }
}
