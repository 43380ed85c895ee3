package org.reformindicators.core.composite.uncertainty;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.composite.ComponentCode;

/**
 * Every unit's rank when each component of the total is removed in turn, such as "without
 * PCI_LABOR_TRAINING, unit 51 would move up 3 places".
 *
 * <p>A removed component's weight is set to zero and its parent renormalises over the others (COINr {@code
 * remove_elements}; OECD/JRC Handbook 2008 §1.7). {@link #rankChange(UnitCode, ComponentCode)} is {@code nominal rank
 * − rank without the component}, positive when the unit climbs without it, i.e. when the component holds it
 * back; the sign follows {@link org.reformindicators.core.composite.ranking.RankChange#places()}. Immutable
 * and thread-safe.
 */
public final class ComponentRemoval {

  private final List<UnitCode> units;
  private final List<ComponentCode> components;
  private final int[] nominal;
  private final int[][] without;
  private final Map<UnitCode, Integer> unitIndex = new HashMap<>();
  private final Map<ComponentCode, Integer> componentIndex = new HashMap<>();

  ComponentRemoval(List<UnitCode> units, List<ComponentCode> components, int[] nominal, int[][] without) {
    this.units = List.copyOf(units);
    this.components = List.copyOf(components);
    this.nominal = nominal.clone();
    this.without = new int[without.length][];
    for (int c = 0; c < without.length; c++) {
      this.without[c] = without[c].clone();
      componentIndex.put(this.components.get(c), c);
    }
    for (int u = 0; u < this.units.size(); u++) {
      unitIndex.put(this.units.get(u), u);
    }
  }

  /**
   * Returns the scored units, in data-matrix order.
   *
   * @return the units
   */
  public List<UnitCode> units() {
    return units;
  }

  /**
   * Returns the components of the total that were removed in turn, in published order.
   *
   * @return the component codes
   */
  public List<ComponentCode> components() {
    return components;
  }

  /**
   * Returns a unit's nominal rank.
   *
   * @param unit the unit's code
   * @return the nominal rank
   * @throws IllegalArgumentException if the unit is not a scored unit
   */
  public int nominalRank(UnitCode unit) {
    return nominal[unit(unit)];
  }

  /**
   * Returns a unit's rank without a component.
   *
   * @param unit the unit's code
   * @param component the removed component's code
   * @return the rank, or empty when the unit has no data left without the component
   * @throws IllegalArgumentException if the unit or the component is unknown
   */
  public OptionalInt rankWithout(UnitCode unit, ComponentCode component) {
    int r = without[component(component)][unit(unit)];
    return r == 0 ? OptionalInt.empty() : OptionalInt.of(r);
  }

  /**
   * Returns {@code nominal rank − rank without the component}: positive when the unit climbs without it.
   *
   * @param unit the unit's code
   * @param component the removed component's code
   * @return the change of places, or empty when the unit has no data left without the component
   * @throws IllegalArgumentException if the unit or the component is unknown
   */
  public OptionalInt rankChange(UnitCode unit, ComponentCode component) {
    OptionalInt r = rankWithout(unit, component);
    return r.isPresent() ? OptionalInt.of(nominalRank(unit) - r.getAsInt()) : OptionalInt.empty();
  }

  /**
   * Returns the mean absolute rank change over the units when a component is removed: COINr's summary of
   * how much the ranking depends on that component.
   *
   * @param component the removed component's code
   * @return the mean of {@code |rankChange|} over the units that keep data
   * @throws IllegalArgumentException if the component is unknown
   */
  public double meanAbsoluteRankChange(ComponentCode component) {
    int[] ranks = without[component(component)];
    long sum = 0;
    int count = 0;
    for (int u = 0; u < ranks.length; u++) {
      if (ranks[u] != 0) {
        sum += Math.abs(nominal[u] - ranks[u]);
        count++;
      }
    }
    return count == 0 ? 0.0 : sum / (double) count;
  }

  private int unit(UnitCode unit) {
    Integer u = unitIndex.get(Objects.requireNonNull(unit, "unit"));
    if (u == null) {
      throw new IllegalArgumentException("unit must be a scored unit, was '" + unit + "'");
    }
    return u;
  }

  private int component(ComponentCode component) {
    Integer c = componentIndex.get(Objects.requireNonNull(component, "component"));
    if (c == null) {
      throw new IllegalArgumentException(
          "component must be one of " + components + ", was '" + component + "'");
    }
    return c;
  }
}
