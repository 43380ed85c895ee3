package org.reformindicators.core.area;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A consistent set of administrative units with their history, such as {@link VietnamUnits#registry()}: the 63
 * provinces valid until 2025-06-30 and the new Quảng Ngãi from 2025-07-01.
 *
 * <p>The registry answers "what existed on date D" ({@link #existingOn(LocalDate)}, {@link #find(UnitCode,
 * LocalDate)}) and "what succeeds X" ({@link #successorsOf(AdministrativeUnit)}, {@link
 * #successorsExistingOn(AdministrativeUnit, LocalDate)}). It is built with {@link #of(Collection)}, which rejects
 * inconsistent data and lists every problem: two units with the same code and overlapping validity, a successor
 * or predecessor code with no unit on the boundary date (a dangling link), a parent code that does not cover the
 * whole life of its child or whose level cannot contain the child.
 *
 * <p>An empty list of successors means that none is recorded: the unit was abolished (as districts were on
 * 2025-07-01) or its successor is not in this registry.
 *
 * <p>This type is immutable and thread-safe.
 */
public final class UnitRegistry implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Comparator<AdministrativeUnit> BY_CODE_THEN_START =
      Comparator.comparing(AdministrativeUnit::code)
          .thenComparing(u -> u.validFrom().orElse(LocalDate.MIN));

  /** Versions per code, sorted by start; their intervals do not overlap. */
  private final Map<UnitCode, List<AdministrativeUnit>> versions;

  private final List<AdministrativeUnit> all;
  private final Map<AdministrativeUnit, List<AdministrativeUnit>> successors;
  private final Map<AdministrativeUnit, List<AdministrativeUnit>> predecessors;

  private UnitRegistry(
      Map<UnitCode, List<AdministrativeUnit>> versions,
      List<AdministrativeUnit> all,
      Map<AdministrativeUnit, List<AdministrativeUnit>> successors,
      Map<AdministrativeUnit, List<AdministrativeUnit>> predecessors) {
    this.versions = versions;
    this.all = all;
    this.successors = successors;
    this.predecessors = predecessors;
  }

  /**
   * Returns a registry of the given units after checking their consistency.
   *
   * @param units the units, in any order
   * @return the registry
   * @throws NullPointerException if {@code units} or an element is null
   * @throws IllegalArgumentException if the units are inconsistent; the message lists every problem found
   */
  public static UnitRegistry of(Collection<AdministrativeUnit> units) {
    Objects.requireNonNull(units, "units");
    List<AdministrativeUnit> sorted = new ArrayList<>();
    for (AdministrativeUnit unit : units) {
      sorted.add(Objects.requireNonNull(unit, "units element"));
    }
    sorted.sort(BY_CODE_THEN_START);
    List<String> problems = new ArrayList<>();
    Map<UnitCode, List<AdministrativeUnit>> versions = new TreeMap<>();
    for (AdministrativeUnit unit : sorted) {
      List<AdministrativeUnit> same = versions.computeIfAbsent(unit.code(), c -> new ArrayList<>());
      if (!same.isEmpty()) {
        AdministrativeUnit previous = same.get(same.size() - 1);
        if (previous.equals(unit)) {
          problems.add("unit " + unit.label() + " is listed twice");
          continue;
        }
        if (!endsBefore(previous, unit)) {
          problems.add(
              "units with code " + unit.code() + " overlap: " + previous.label() + " and " + unit.label());
        }
      }
      same.add(unit);
    }
    Map<AdministrativeUnit, Set<AdministrativeUnit>> next = new HashMap<>();
    Map<AdministrativeUnit, Set<AdministrativeUnit>> previous = new HashMap<>();
    for (List<AdministrativeUnit> same : versions.values()) {
      for (AdministrativeUnit unit : same) {
        resolveLinks(unit, versions, next, previous, problems);
        checkParent(unit, versions, problems);
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "inconsistent administrative units (" + problems.size() + " problems): " + String.join("; ", problems));
    }
    Map<UnitCode, List<AdministrativeUnit>> frozen = new TreeMap<>();
    versions.forEach((code, list) -> frozen.put(code, List.copyOf(list)));
    List<AdministrativeUnit> all = new ArrayList<>();
    frozen.values().forEach(all::addAll);
    return new UnitRegistry(
        Collections.unmodifiableMap(frozen), List.copyOf(all), freeze(next), freeze(previous));
  }

  private static boolean endsBefore(AdministrativeUnit earlier, AdministrativeUnit later) {
    return earlier.validUntil().isPresent()
        && later.validFrom().isPresent()
        && earlier.validUntil().get().isBefore(later.validFrom().get());
  }

  private static void resolveLinks(
      AdministrativeUnit unit,
      Map<UnitCode, List<AdministrativeUnit>> versions,
      Map<AdministrativeUnit, Set<AdministrativeUnit>> next,
      Map<AdministrativeUnit, Set<AdministrativeUnit>> previous,
      List<String> problems) {
    for (UnitCode code : unit.successorCodes()) {
      LocalDate dayAfter = unit.validUntil().orElseThrow().plusDays(1);
      Optional<AdministrativeUnit> successor = findIn(versions, code, dayAfter);
      if (successor.isEmpty()) {
        problems.add(
            "successor " + code + " of unit " + unit.label() + " does not exist on " + dayAfter + " (dangling link)");
      } else {
        link(unit, successor.get(), next, previous);
      }
    }
    for (UnitCode code : unit.predecessorCodes()) {
      LocalDate dayBefore = unit.validFrom().orElseThrow().minusDays(1);
      Optional<AdministrativeUnit> predecessor = findIn(versions, code, dayBefore);
      if (predecessor.isEmpty()) {
        problems.add(
            "predecessor "
                + code
                + " of unit "
                + unit.label()
                + " does not exist on "
                + dayBefore
                + " (dangling link)");
      } else {
        link(predecessor.get(), unit, next, previous);
      }
    }
  }

  private static void link(
      AdministrativeUnit from,
      AdministrativeUnit to,
      Map<AdministrativeUnit, Set<AdministrativeUnit>> next,
      Map<AdministrativeUnit, Set<AdministrativeUnit>> previous) {
    next.computeIfAbsent(from, u -> new LinkedHashSet<>()).add(to);
    previous.computeIfAbsent(to, u -> new LinkedHashSet<>()).add(from);
  }

  /** Checks that the parent code's versions cover every day of the unit's life and may contain its level. */
  private static void checkParent(
      AdministrativeUnit unit, Map<UnitCode, List<AdministrativeUnit>> versions, List<String> problems) {
    if (unit.parentCode().isEmpty()) {
      return;
    }
    UnitCode parentCode = unit.parentCode().get();
    List<AdministrativeUnit> parents = versions.getOrDefault(parentCode, List.of());
    if (parents.isEmpty()) {
      problems.add("parent " + parentCode + " of unit " + unit.label() + " is not in the registry (dangling link)");
      return;
    }
    // Walk the parent's versions in order, advancing the first day not yet covered.
    Optional<LocalDate> uncovered = unit.validFrom();
    boolean coveredToEnd = false;
    for (AdministrativeUnit parent : parents) {
      if (!unit.existsDuring(
          parent.validFrom().orElse(LocalDate.MIN), parent.validUntil().orElse(LocalDate.MAX))) {
        continue;
      }
      if (!parent.level().mayContain(unit.level())) {
        problems.add(
            "parent " + parent.label() + " of level " + parent.level() + " cannot contain unit " + unit.label()
                + " of level " + unit.level());
      }
      boolean startsInTime =
          parent.validFrom().isEmpty()
              || (uncovered.isPresent() && !parent.validFrom().get().isAfter(uncovered.get()));
      if (!startsInTime) {
        break;
      }
      if (parent.validUntil().isEmpty()) {
        coveredToEnd = true;
        break;
      }
      uncovered = Optional.of(parent.validUntil().get().plusDays(1));
      if (unit.validUntil().isPresent() && uncovered.get().isAfter(unit.validUntil().get())) {
        coveredToEnd = true;
        break;
      }
    }
    if (!coveredToEnd) {
      problems.add(
          "parent " + parentCode + " of unit " + unit.label() + " does not exist on every day of the unit's validity");
    }
  }

  private static Optional<AdministrativeUnit> findIn(
      Map<UnitCode, List<AdministrativeUnit>> versions, UnitCode code, LocalDate date) {
    for (AdministrativeUnit unit : versions.getOrDefault(code, List.of())) {
      if (unit.existsOn(date)) {
        return Optional.of(unit);
      }
    }
    return Optional.empty();
  }

  private static Map<AdministrativeUnit, List<AdministrativeUnit>> freeze(
      Map<AdministrativeUnit, Set<AdministrativeUnit>> links) {
    Map<AdministrativeUnit, List<AdministrativeUnit>> frozen = new HashMap<>();
    links.forEach(
        (unit, linked) -> {
          List<AdministrativeUnit> list = new ArrayList<>(linked);
          list.sort(BY_CODE_THEN_START);
          frozen.put(unit, List.copyOf(list));
        });
    return Collections.unmodifiableMap(frozen);
  }

  /**
   * Returns every unit, sorted by code and then by start of validity.
   *
   * @return an unmodifiable list of the units
   */
  public List<AdministrativeUnit> all() {
    return all;
  }

  /**
   * Returns the number of units (each version of a code counts once).
   *
   * @return the size
   */
  public int size() {
    return all.size();
  }

  /**
   * Returns the units that exist on a date, sorted by code.
   *
   * @param date the date
   * @return the units valid on {@code date}
   * @throws NullPointerException if {@code date} is null
   */
  public List<AdministrativeUnit> existingOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return all.stream().filter(u -> u.existsOn(date)).toList();
  }

  /**
   * Returns the units of one level that exist on a date, sorted by code.
   *
   * @param date the date
   * @param level the level
   * @return the units of {@code level} valid on {@code date}
   * @throws NullPointerException if an argument is null
   */
  public List<AdministrativeUnit> existingOn(LocalDate date, AdministrativeLevel level) {
    Objects.requireNonNull(level, "level");
    return existingOn(date).stream().filter(u -> u.level() == level).toList();
  }

  /**
   * Finds the unit with a code on a date.
   *
   * @param code the unit code, for example {@code 51}
   * @param date the date
   * @return the unit with {@code code} valid on {@code date}, or empty
   * @throws NullPointerException if an argument is null
   */
  public Optional<AdministrativeUnit> find(UnitCode code, LocalDate date) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(date, "date");
    return findIn(versions, code, date);
  }

  /**
   * Returns the units with a code whose validity shares at least one day with a closed date range, in order of
   * validity.
   *
   * @param code the unit code
   * @param startInclusive the first day of the range
   * @param endInclusive the last day of the range
   * @return the matching units, possibly empty
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code endInclusive} is before {@code startInclusive}
   */
  public List<AdministrativeUnit> findDuring(UnitCode code, LocalDate startInclusive, LocalDate endInclusive) {
    Objects.requireNonNull(code, "code");
    List<AdministrativeUnit> found = new ArrayList<>();
    for (AdministrativeUnit unit : versions.getOrDefault(code, List.of())) {
      if (unit.existsDuring(startInclusive, endInclusive)) {
        found.add(unit);
      }
    }
    return List.copyOf(found);
  }

  /**
   * Returns every unit that has had a code, in order of validity.
   *
   * @param code the unit code
   * @return the versions, possibly empty
   * @throws NullPointerException if {@code code} is null
   */
  public List<AdministrativeUnit> versionsOf(UnitCode code) {
    return versions.getOrDefault(Objects.requireNonNull(code, "code"), List.of());
  }

  /**
   * Returns whether any unit, at any time, has had a code.
   *
   * @param code the unit code
   * @return {@code true} if the code is known
   * @throws NullPointerException if {@code code} is null
   */
  public boolean contains(UnitCode code) {
    return versions.containsKey(Objects.requireNonNull(code, "code"));
  }

  /**
   * Returns the units this unit became on the day after its validity ended, sorted by code.
   *
   * @param unit a unit of this registry
   * @return the direct successors; empty when none is recorded
   * @throws NullPointerException if {@code unit} is null
   * @throws IllegalArgumentException if {@code unit} is not in this registry
   */
  public List<AdministrativeUnit> successorsOf(AdministrativeUnit unit) {
    requireMember(unit);
    return successors.getOrDefault(unit, List.of());
  }

  /**
   * Returns the units this unit was formed from, sorted by code.
   *
   * @param unit a unit of this registry
   * @return the direct predecessors; empty when none is recorded
   * @throws NullPointerException if {@code unit} is null
   * @throws IllegalArgumentException if {@code unit} is not in this registry
   */
  public List<AdministrativeUnit> predecessorsOf(AdministrativeUnit unit) {
    requireMember(unit);
    return predecessors.getOrDefault(unit, List.of());
  }

  /**
   * Follows successor links from a unit, transitively, to the units that exist on a date: what the unit has
   * become by then. A unit that exists on the date is its own answer.
   *
   * @param unit a unit of this registry
   * @param date the date
   * @return the units existing on {@code date} reached by successor links, sorted by code; empty if the unit was
   *     abolished without a recorded successor, or {@code date} is before the unit began
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code unit} is not in this registry
   */
  public List<AdministrativeUnit> successorsExistingOn(AdministrativeUnit unit, LocalDate date) {
    return reachableOn(unit, date, successors);
  }

  /**
   * Follows predecessor links from a unit, transitively, to the units that existed on a date: what the unit was
   * then. A unit that exists on the date is its own answer.
   *
   * @param unit a unit of this registry
   * @param date the date
   * @return the units existing on {@code date} reached by predecessor links, sorted by code; empty if none is
   *     recorded or {@code date} is after the unit ended
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code unit} is not in this registry
   */
  public List<AdministrativeUnit> predecessorsExistingOn(AdministrativeUnit unit, LocalDate date) {
    return reachableOn(unit, date, predecessors);
  }

  private List<AdministrativeUnit> reachableOn(
      AdministrativeUnit unit, LocalDate date, Map<AdministrativeUnit, List<AdministrativeUnit>> links) {
    requireMember(unit);
    Objects.requireNonNull(date, "date");
    Set<AdministrativeUnit> found = new HashSet<>();
    Set<AdministrativeUnit> seen = new HashSet<>();
    Deque<AdministrativeUnit> queue = new ArrayDeque<>();
    queue.add(unit);
    seen.add(unit);
    while (!queue.isEmpty()) {
      AdministrativeUnit current = queue.poll();
      if (current.existsOn(date)) {
        found.add(current);
        continue;
      }
      for (AdministrativeUnit linked : links.getOrDefault(current, List.of())) {
        if (seen.add(linked)) {
          queue.add(linked);
        }
      }
    }
    List<AdministrativeUnit> result = new ArrayList<>(found);
    result.sort(BY_CODE_THEN_START);
    return List.copyOf(result);
  }

  /**
   * Returns the parent of a unit on a date.
   *
   * @param unit a unit of this registry
   * @param date a date on which {@code unit} exists
   * @return the parent valid on {@code date}, or empty for a unit without parent
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code unit} is not in this registry or does not exist on {@code date}
   */
  public Optional<AdministrativeUnit> parentOf(AdministrativeUnit unit, LocalDate date) {
    requireMember(unit);
    Objects.requireNonNull(date, "date");
    if (!unit.existsOn(date)) {
      throw new IllegalArgumentException("unit " + unit.label() + " does not exist on " + date);
    }
    return unit.parentCode().flatMap(code -> find(code, date));
  }

  /**
   * Returns the units whose parent on a date is the given unit, sorted by code.
   *
   * @param unit a unit of this registry
   * @param date a date on which {@code unit} exists
   * @return the children existing on {@code date}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code unit} is not in this registry or does not exist on {@code date}
   */
  public List<AdministrativeUnit> childrenOf(AdministrativeUnit unit, LocalDate date) {
    requireMember(unit);
    if (!unit.existsOn(Objects.requireNonNull(date, "date"))) {
      throw new IllegalArgumentException("unit " + unit.label() + " does not exist on " + date);
    }
    return existingOn(date).stream()
        .filter(child -> child.parentCode().filter(unit.code()::equals).isPresent())
        .toList();
  }

  private void requireMember(AdministrativeUnit unit) {
    Objects.requireNonNull(unit, "unit");
    if (!versions.getOrDefault(unit.code(), List.of()).contains(unit)) {
      throw new IllegalArgumentException("unit " + unit.label() + " is not in this registry");
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UnitRegistry && all.equals(((UnitRegistry) other).all);
  }

  @Override
  public int hashCode() {
    return all.hashCode();
  }

  /**
   * Returns a summary, such as {@code "UnitRegistry[64 units, 63 codes]"}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "UnitRegistry[" + all.size() + " units, " + versions.size() + " codes]";
  }
}
