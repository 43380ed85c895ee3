package org.reformindicators.core.composite;

import java.util.Objects;
import java.util.Optional;
import org.reformindicators.core.area.UnitCode;

/**
 * One reason a composite index cannot score some data, such as {@code PCI_TRANSPARENCY for unit 51: 11 is
 * outside the component's range 0–10}.
 *
 * <p>A problem names the node it is about and, when one unit's value is at fault, that unit, so that a caller
 * reading the data from a file can point at the offending cell. Immutable and thread-safe.
 *
 * @param source whether the data or the methodology is at fault
 * @param component the code of the node the problem is about, such as {@code PCI_TRANSPARENCY}
 * @param unit the unit whose value is at fault, or empty when the problem is not one unit's (a parameter of the
 *     methodology, a whole column)
 * @param rule what is wrong, naming the value and the rule, such as {@code 11 is outside the component's range
 *     0–10}
 */
public record ScoringProblem(Source source, ComponentCode component, Optional<UnitCode> unit, String rule) {

  /** What a {@link ScoringProblem} blames. */
  public enum Source {
    /** A value of the data matrix (or what it becomes on the way up the tree). */
    DATA,
    /** A parameter of the methodology, or what its parameters make of valid data. */
    METHODOLOGY
  }

  /**
   * Validates the components.
   *
   * @param source whether the data or the methodology is at fault
   * @param component the code of the node the problem is about
   * @param unit the unit whose value is at fault, or empty
   * @param rule what is wrong
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code rule} is blank
   */
  public ScoringProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(rule, "rule");
    if (rule.isBlank()) {
      throw new IllegalArgumentException("rule must not be blank, was '" + rule + "' for " + component);
    }
  }

  /**
   * Creates a problem with one unit's value.
   *
   * @param source whether the data or the methodology is at fault
   * @param component the code of the node the problem is about
   * @param unit the unit whose value is at fault
   * @param rule what is wrong
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code rule} is blank
   */
  public ScoringProblem(Source source, ComponentCode component, UnitCode unit, String rule) {
    this(source, component, Optional.of(Objects.requireNonNull(unit, "unit")), rule);
  }

  /**
   * Creates a problem that is not one unit's (a parameter of the methodology, a whole column).
   *
   * @param source whether the data or the methodology is at fault
   * @param component the code of the node the problem is about
   * @param rule what is wrong
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code rule} is blank
   */
  public ScoringProblem(Source source, ComponentCode component, String rule) {
    this(source, component, Optional.empty(), rule);
  }

  /**
   * Returns whether one unit's value is at fault.
   *
   * @return {@code true} when {@link #unit()} names a unit
   */
  public boolean hasUnit() {
    return unit.isPresent();
  }

  /**
   * Returns the message, such as {@code PCI_TRANSPARENCY for unit 51: 11 is outside the component's range 0–10}.
   *
   * @return the node, the unit when there is one, and the rule
   */
  @Override
  public String toString() {
    return component + unit.map(u -> " for unit " + u).orElse("") + ": " + rule;
  }
}
