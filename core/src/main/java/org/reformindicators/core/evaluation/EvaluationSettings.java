package org.reformindicators.core.evaluation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import org.immutables.value.Value;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.area.UnitRegistry;
import org.reformindicators.core.plan.Plan;
import org.reformindicators.core.progress.ProgressMethod;
import org.reformindicators.core.target.ClauseId;
import org.reformindicators.core.target.RankUniverseRule;

/**
 * The choices a caller makes for an evaluation, such as {@code EvaluationSettings.builder().putExternalNorms(
 * "CENTRAL_STAFF_REDUCTION_RATIO", 10).build()} to supply the central government's staff-reduction ratio for
 * T12a.
 *
 * <ul>
 *   <li><b>Progress method.</b> A method for one clause ({@link #clauseMethods()}) wins over a method for the
 *       whole plan ({@link #planMethod()}), which wins over the documented default: the least-squares {@link
 *       org.reformindicators.core.progress.LinearProjectionMethod linear projection} when at least three
 *       observations (baseline included) are available, otherwise {@link
 *       org.reformindicators.core.progress.EurostatMethod Eurostat}, except for a rank, which gets the {@link
 *       org.reformindicators.core.progress.SdsnTrendMethod SDSN} linear ratio of places gained a year (a rank is
 *       ordinal: its compound growth rate depends on where on the scale it sits, 2nd → 1st being −50 % and 63rd
 *       → 62nd −1.6 %, and the plan states rank targets in places); when Eurostat's compound growth rate is
 *       undefined (a zero base, a zero or opposite-sign value) the default falls back to the {@link
 *       org.reformindicators.core.progress.SdsnTrendMethod SDSN} linear ratio, which is defined there. The
 *       assessment states which method it used and why. A method chosen explicitly is never replaced.
 *   <li><b>External norms</b> ({@link #externalNorms()}): the values of the norms named by {@link
 *       org.reformindicators.core.target.ExternalThreshold} clauses, by norm id. A missing norm makes the clause
 *       {@link ProgressStatus#NOT_ASSESSABLE} with that reason.
 *   <li><b>Rank universes</b> ({@link #rankUniverseRule()}): overrides the plan's own rule for comparing ranks
 *       published in another universe (63 → 34 provinces).
 *   <li><b>Successor units</b>: when {@link #planUnitLastDay()} is set (Quảng Ngãi before its merger with Kon
 *       Tum: 2025-06-30), observations of periods ending after that day belong to the successor unit, whether
 *       they carry the plan's unit code (a code reused by the successor) or one of {@link
 *       #successorUnitCodes()}. They are used only when {@link #useSuccessorData()} is {@code true}, and every
 *       assessment that used or ignored them says so.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EvaluationSettings implements Serializable {

  /** The version of the serial form: Java serialization ships values between JVMs of one library version. */
  private static final long serialVersionUID = 1L;

  /** Only the generated implementation extends this type. */
  EvaluationSettings() {}

  /**
   * Returns the settings with every default: default method choice, no external norm, the plan's rank rule,
   * no successor rule.
   *
   * @return the default settings
   */
  public static EvaluationSettings defaults() {
    return builder().build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder with the successor rule's facts taken from a unit registry: the last day of the plan's
   * unit (the version of {@link Plan#unitCode()} that exists on the first day of the plan's phase) and the codes
   * of its successors. Successor data stays unused until the caller also sets {@code useSuccessorData(true)}.
   * For Quảng Ngãi ({@code 51}) in the bundled registry: last day 2025-06-30, successor {@code 51} (the merged
   * province, which kept the code).
   *
   * @param registry the unit registry
   * @param plan the plan
   * @return a builder with {@link #planUnitLastDay()} (when the unit ended) and {@link #successorUnitCodes()}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the registry has no unit with the plan's code on the first day of its
   *     phase
   */
  public static Builder successorsFrom(UnitRegistry registry, Plan plan) {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(plan, "plan");
    AdministrativeUnit unit =
        registry
            .find(plan.unitCode(), plan.phase().startDate())
            .orElseThrow(
                () -> new IllegalArgumentException(
                    "unit "
                        + plan.unitCode()
                        + " must exist in the registry on "
                        + plan.phase().startDate()
                        + " (first day of the phase), was not found"));
    Builder b = builder();
    unit.validUntil().ifPresent(b::planUnitLastDay);
    return b.addAllSuccessorUnitCodes(unit.successorCodes());
  }

  /**
   * Returns the method for every clause of the plan that has no method of its own.
   *
   * @return the plan-level method, or empty for the documented default
   */
  public abstract Optional<ProgressMethod> planMethod();

  /**
   * Returns the methods chosen for single clauses.
   *
   * @return the methods by clause id
   */
  public abstract Map<ClauseId, ProgressMethod> clauseMethods();

  /**
   * Returns the values of external norms by norm id, e.g. {@code CENTRAL_STAFF_REDUCTION_RATIO → 10}.
   *
   * @return the norms
   */
  public abstract Map<String, Double> externalNorms();

  /**
   * Returns the rule for comparing ranks across universes, overriding the plan's.
   *
   * @return the rule, or empty to use the plan's
   */
  public abstract Optional<RankUniverseRule> rankUniverseRule();

  /**
   * Returns the last day on which the plan's unit existed, if it was reorganised.
   *
   * @return the last day, or empty when the unit still exists
   */
  public abstract Optional<LocalDate> planUnitLastDay();

  /**
   * Returns the codes of the successor units whose data may stand for the plan's unit after {@link
   * #planUnitLastDay()}; the plan's own code is always considered (a reused code).
   *
   * @return the successor codes, possibly empty
   */
  public abstract List<UnitCode> successorUnitCodes();

  /**
   * Tells whether data of the successor unit is used after {@link #planUnitLastDay()}.
   *
   * @return {@code true} to use it (and say so in each assessment); {@code false} by default
   */
  @Value.Default
  public boolean useSuccessorData() {
    return false;
  }

  /**
   * Returns these settings with the successor rule's facts taken from one unit, as {@link PlanEvaluator#evaluate(
   * Plan, AdministrativeUnit, org.reformindicators.core.observation.ObservationSet,
   * org.reformindicators.core.period.ReportingPeriod)} applies them to each unit of a plan template: {@link
   * #planUnitLastDay()} becomes the unit's {@link AdministrativeUnit#validUntil()} and {@link
   * #successorUnitCodes()} its {@link AdministrativeUnit#successorCodes()}; {@link #useSuccessorData()} is kept
   * when the unit ended and is {@code false} for a unit still valid. Every other choice is kept. So data published
   * under a reused code after the unit's last day (code {@code 51} from 2025-07-01) are not taken for the unit's
   * own unless the caller asks for successor data, and each assessment says which it did.
   *
   * @param unit the unit
   * @return the settings for that unit
   * @throws NullPointerException if {@code unit} is null
   */
  public EvaluationSettings forUnit(AdministrativeUnit unit) {
    Objects.requireNonNull(unit, "unit");
    Builder b =
        EvaluationSettings.builder().from(this).successorUnitCodes(List.of()).planUnitLastDay(Optional.empty());
    if (unit.validUntil().isPresent()) {
      b.planUnitLastDay(unit.validUntil().get()).addAllSuccessorUnitCodes(unit.successorCodes());
    } else {
      b.useSuccessorData(false);
    }
    EvaluationSettings adjusted = b.build();
    return adjusted.equals(this) ? this : adjusted;
  }

  /**
   * Returns the method chosen for a clause, explicitly for the clause or for the plan.
   *
   * @param clauseId the clause
   * @return the chosen method, or empty for the default
   * @throws NullPointerException if {@code clauseId} is null
   */
  public Optional<ProgressMethod> chosenMethod(ClauseId clauseId) {
    ProgressMethod forClause = clauseMethods().get(Objects.requireNonNull(clauseId, "clauseId"));
    return forClause != null ? Optional.of(forClause) : planMethod();
  }

  /**
   * Checks the settings.
   *
   * @throws IllegalArgumentException if a norm is not finite, or successor data is asked for without the last
   *     day of the plan's unit
   */
  @Value.Check
  void check() {
    for (Map.Entry<String, Double> norm : externalNorms().entrySet()) {
      if (!Double.isFinite(norm.getValue())) {
        throw new IllegalArgumentException(
            "externalNorms must be finite, " + norm.getKey() + " was " + norm.getValue());
      }
    }
    if (useSuccessorData() && planUnitLastDay().isEmpty()) {
      throw new IllegalArgumentException(
          "useSuccessorData needs planUnitLastDay (the last day of the plan's unit), was not set");
    }
  }

  /**
   * Builds {@link EvaluationSettings} values: one setter per attribute (lists also take {@code add…} and {@code addAll…}),
   * {@code from(…)} to start from an existing value, and {@code build()}, which validates. The implementation
   * is generated and not part of the API.
   *
   * <p>Instances are not thread-safe.
   */
  public static final class Builder extends ImmutableEvaluationSettings.Builder {
    Builder() {}
  }
}
