package org.reformindicators.core.derivation;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The derivation rules of one plan or index, such as {@code plan-1256}: the record-based clauses of Decision
 * 1256/QĐ-UBND of Quảng Ngãi.
 *
 * <p>Each rule is identified by its indicator and its own grouping: two rules may share an indicator when one
 * gives the total and the other a breakdown (T14a and T14b).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class RuleSet implements Serializable {

  /** The version of the serial form: Java serialization ships values between JVMs of one library version. */
  private static final long serialVersionUID = 1L;

  /** Only the generated implementation extends this type. */
  RuleSet() {}

  /**
   * Returns a builder; {@code id}, {@code name}, {@code source} and at least one rule are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id: lower-case ASCII letters, digits and hyphens, starting with a letter.
   *
   * @return such as {@code plan-1256}
   */
  public abstract String id();

  /**
   * Returns a short name.
   *
   * @return such as "Quảng Ngãi plan 1256, record-based clauses"
   */
  public abstract String name();

  /**
   * Returns the legal source of the definitions.
   *
   * @return such as "Decision 1256/QĐ-UBND of 22 Dec 2021"
   */
  public abstract String source();

  /**
   * Returns the rules, in the order given.
   *
   * @return the rules, at least one
   */
  public abstract List<DerivationRule> rules();

  /**
   * Checks the id, the texts and that no indicator and grouping repeat.
   *
   * @throws IllegalArgumentException if the id is not in its syntax, a text is blank, there is no rule or a rule
   *     repeats an indicator and grouping; the message names the value
   */
  @Value.Check
  void check() {
    if (!Pattern.matches("[a-z][a-z0-9-]*", id())) {
      throw new IllegalArgumentException(
          "rule set id must be lower-case ASCII letters, digits and hyphens starting with a letter, was '" + id() + "'");
    }
    if (name().isBlank() || source().isBlank()) {
      throw new IllegalArgumentException("rule set " + id() + ": name and source must not be blank");
    }
    if (rules().isEmpty()) {
      throw new IllegalArgumentException("rule set " + id() + ": at least one rule is required, was none");
    }
    Set<String> seen = new HashSet<>();
    for (DerivationRule rule : rules()) {
      String key = rule.indicator() + rule.groupBy().map(g -> " by " + g).orElse("");
      if (!seen.add(key)) {
        throw new IllegalArgumentException(
            "rule set " + id() + ": indicator and grouping must not repeat, was " + key + " again");
      }
    }
  }

  /**
   * Builds {@link RuleSet} values: one setter per attribute (lists also take {@code add…} and {@code addAll…}),
   * {@code from(…)} to start from an existing value, and {@code build()}, which validates. The implementation
   * is generated and not part of the API.
   *
   * <p>Instances are not thread-safe.
   */
  public static final class Builder extends ImmutableRuleSet.Builder {
    Builder() {}
  }
}
