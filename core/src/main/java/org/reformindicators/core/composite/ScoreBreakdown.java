package org.reformindicators.core.composite;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reformindicators.core.area.UnitCode;

/**
 * A unit's score split into the points each component contributes and the points lost against each
 * component's maximum, such as the PCI 2019 of Quảng Ngãi: 64.315 = 4.115 (Entry Costs) + 3.325 (Land Access)
 * + 13.92 (Transparency) + …, with 6.08 points lost on Transparency.
 *
 * <p>Exists for additive aggregations ({@link AggregationMethod#isAdditive()}): the contributions sum to the
 * node's exact score. The maximum of a component comes from its maximum points (e.g. 10 for a PCI sub-index);
 * with missing components the weights are renormalised over the present ones (see {@link MissingDataPolicy}).
 * Immutable and thread-safe.
 *
 * @param unit the unit's code
 * @param code the code of the node broken down
 * @param score the node's exact score
 * @param contributions one entry per child, in published order
 */
public record ScoreBreakdown(
    UnitCode unit, ComponentCode code, BigDecimal score, List<Contribution> contributions) {

  /**
   * Validates the components.
   *
   * @param unit the unit's code
   * @param code the node's code
   * @param score the node's exact score
   * @param contributions the contributions
   * @throws NullPointerException if an argument is null
   */
  public ScoreBreakdown {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(score, "score");
    contributions = List.copyOf(Objects.requireNonNull(contributions, "contributions"));
  }

  /**
   * Returns the most the node could score: the sum of every component's maximum contribution.
   *
   * @return the maximum, empty when a component's maximum is unknown
   */
  public Optional<BigDecimal> maxScore() {
    BigDecimal total = BigDecimal.ZERO;
    for (Contribution c : contributions) {
      if (c.score().isEmpty()) {
        continue;
      }
      if (c.maxPoints().isEmpty()) {
        return Optional.empty();
      }
      total = total.add(c.maxPoints().get());
    }
    return Optional.of(total);
  }

  /**
   * Returns the total points lost against the maximum.
   *
   * @return {@code maxScore − score}, empty when a maximum is unknown
   */
  public Optional<BigDecimal> pointsLost() {
    return maxScore().map(max -> max.subtract(score));
  }

  /**
   * Returns the contributions with a known loss, largest loss first: where the unit gains most by acting.
   *
   * @return the contributions sorted by points lost, descending (ties in published order)
   */
  public List<Contribution> byPointsLost() {
    List<Contribution> out = new ArrayList<>();
    for (Contribution c : contributions) {
      if (c.pointsLost().isPresent()) {
        out.add(c);
      }
    }
    out.sort(Comparator.comparing((Contribution c) -> c.pointsLost().orElseThrow()).reversed());
    return List.copyOf(out);
  }
}
