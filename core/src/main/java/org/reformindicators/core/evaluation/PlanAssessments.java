package org.reformindicators.core.evaluation;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.plan.Plan;

/**
 * The assessments of one plan template for many units as of one period, such as the Quảng Ngãi plan's 38 clauses
 * judged for 3,321 communes as of {@code 2024}: one {@link UnitAssessment} per unit, in the order the units were
 * given, each naming its unit (code and validity).
 *
 * <p>The template is the plan as written (its own {@link Plan#unitCode()} is only where it came from); each unit's
 * assessment holds the template applied to that unit. For many units prefer the streaming {@link
 * PlanEvaluator#evaluateEach(Plan, List, org.reformindicators.core.observation.ObservationSet, ReportingPeriod,
 * java.util.function.Consumer)}, which holds one unit's assessment at a time. Immutable and thread-safe.
 *
 * @param template the plan as written
 * @param asOf the period every unit is assessed as of
 * @param settings the settings before each unit's successor facts were applied ({@link
 *     EvaluationSettings#forUnit(AdministrativeUnit)})
 * @param units the assessments, one per unit, in the order given
 */
public record PlanAssessments(
    Plan template, ReportingPeriod asOf, EvaluationSettings settings, List<UnitAssessment> units) {

  /**
   * Checks that every assessment is of the template, as of the same period, and that no unit appears twice.
   *
   * @param template the template
   * @param asOf the as-of period
   * @param settings the settings
   * @param units the unit assessments
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if an assessment is of another plan (other than by its unit code) or another
   *     period, or a unit (code and validity) appears twice
   */
  public PlanAssessments {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(settings, "settings");
    units = List.copyOf(Objects.requireNonNull(units, "units"));
    Set<AdministrativeUnit> seen = new HashSet<>();
    for (UnitAssessment u : units) {
      PlanAssessment a = u.assessment();
      if (!a.asOf().equals(asOf)) {
        throw new IllegalArgumentException(
            "unit " + u.unitCode() + " must be assessed as of " + asOf + ", was as of " + a.asOf());
      }
      if (!sameTemplate(a.plan(), template)) {
        throw new IllegalArgumentException(
            "unit " + u.unitCode() + " must be assessed on plan " + template.id() + " as written, was on another plan "
                + a.plan().id());
      }
      if (!seen.add(u.unit())) {
        throw new IllegalArgumentException(
            "units must be distinct, was " + u.unitCode() + " [" + u.unit().validity() + "] twice");
      }
    }
  }

  /** Whether two plans differ at most in their unit code (compared field by field, no copy built). */
  private static boolean sameTemplate(Plan p, Plan template) {
    return p == template
        || p.id().equals(template.id())
            && p.title().equals(template.title())
            && p.legalReference().equals(template.legalReference())
            && p.phase().equals(template.phase())
            && p.implementedResolutions().equals(template.implementedResolutions())
            && p.catalogue().equals(template.catalogue())
            && p.rankUniverseRule() == template.rankUniverseRule()
            && p.readings().equals(template.readings())
            && p.targets().equals(template.targets());
  }

  /**
   * Returns the assessment of a unit by code, the first one given with that code.
   *
   * @param unitCode the unit code
   * @return the assessment, or empty when no unit has that code
   * @throws NullPointerException if {@code unitCode} is null
   */
  public Optional<UnitAssessment> unit(UnitCode unitCode) {
    Objects.requireNonNull(unitCode, "unitCode");
    return units.stream().filter(u -> u.unitCode().equals(unitCode)).findFirst();
  }

  /**
   * Counts the clauses of every unit by status.
   *
   * @return a map from every status to its count (zero included), in the order of {@link ProgressStatus}
   */
  public Map<ProgressStatus, Integer> statusCounts() {
    Map<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
    for (ProgressStatus s : ProgressStatus.values()) {
      counts.put(s, 0);
    }
    for (UnitAssessment u : units) {
      u.assessment().statusCounts().forEach((s, n) -> counts.merge(s, n, Integer::sum));
    }
    return counts;
  }

  @Override
  public String toString() {
    return "PlanAssessments[" + template.id() + " as of " + asOf + ", " + units.size() + " units]";
  }
}
