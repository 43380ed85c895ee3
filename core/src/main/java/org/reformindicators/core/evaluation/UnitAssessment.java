package org.reformindicators.core.evaluation;

import java.util.Objects;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.area.UnitCode;

/**
 * The assessment of a plan template for one unit, such as the Quảng Ngãi plan's clauses judged for commune
 * {@code 20308} as of {@code 2022}: the unit, named by its code and validity (a code such as {@code 51} names
 * another unit after 2025-06-30), and the plan assessment, whose plan is the template applied to that unit
 * ({@link org.reformindicators.core.plan.Plan#withUnitCode(org.reformindicators.core.area.UnitCode)}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param unit the unit assessed
 * @param assessment the assessment of the template for that unit
 */
public record UnitAssessment(AdministrativeUnit unit, PlanAssessment assessment) {

  /**
   * Checks that the assessment is of the unit's code.
   *
   * @param unit the unit
   * @param assessment the assessment
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the assessment's plan is for another unit code
   */
  public UnitAssessment {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(assessment, "assessment");
    if (!unit.code().equals(assessment.plan().unitCode())) {
      throw new IllegalArgumentException(
          "assessment must be of unit " + unit.code() + ", was of plan unit " + assessment.plan().unitCode());
    }
  }

  /**
   * Returns the unit's code.
   *
   * @return the code, such as {@code 20308}
   */
  public UnitCode unitCode() {
    return unit.code();
  }

  @Override
  public String toString() {
    return unit.code() + " " + unit.validity() + ": " + assessment.statusCounts();
  }
}
