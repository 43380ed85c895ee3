package org.reformindicators.core.target;

import java.io.Serializable;
import java.util.Objects;

/**
 * How a plan fixes the baseline of a clause whose kind has none of its own, such as {@code
 * BaselineChoice.stated(Baseline.of(CalendarYear.of(2021), 95))} for "from 95 in 2021" or {@code
 * BaselineChoice.byRule(BaselineRule.FIRST_OBSERVATION)}.
 *
 * <p>Without a choice the engine takes the last observation before the phase, else the first one, so that adding
 * an earlier row moves the baseline; a stated baseline does not move. Every implementation is immutable and
 * thread-safe.
 */
public sealed interface BaselineChoice extends Serializable permits BaselineChoice.Stated, BaselineChoice.ByRule {

  /**
   * Returns the choice of a stated baseline: its period, with its value when the plan states it (else the
   * observation of that period).
   *
   * @param baseline the baseline
   * @return the choice
   * @throws NullPointerException if {@code baseline} is null
   */
  static BaselineChoice stated(Baseline baseline) {
    return new Stated(baseline);
  }

  /**
   * Returns the choice of a baseline by a rule.
   *
   * @param rule the rule
   * @return the choice
   * @throws NullPointerException if {@code rule} is null
   */
  static BaselineChoice byRule(BaselineRule rule) {
    return new ByRule(rule);
  }

  /**
   * A baseline the plan states, such as {@code 2021 (95)}.
   *
   * @param baseline the baseline period and, when stated, its value
   */
  record Stated(Baseline baseline) implements BaselineChoice {

    /**
     * Checks the baseline.
     *
     * @param baseline the baseline
     * @throws NullPointerException if {@code baseline} is null
     */
    public Stated {
      Objects.requireNonNull(baseline, "baseline");
    }

    /**
     * Returns the baseline's text, such as {@code 2021 (95)}.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return baseline.toString();
    }
  }

  /**
   * A baseline chosen by a rule, such as {@code first-observation}.
   *
   * @param rule the rule
   */
  record ByRule(BaselineRule rule) implements BaselineChoice {

    /**
     * Checks the rule.
     *
     * @param rule the rule
     * @throws NullPointerException if {@code rule} is null
     */
    public ByRule {
      Objects.requireNonNull(rule, "rule");
    }

    /**
     * Returns the rule's text, such as {@code first-observation}.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return rule.toString();
    }
  }
}
