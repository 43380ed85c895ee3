package org.reformindicators.core.target;

/**
 * A rule that chooses a clause's baseline from its observations, such as {@link #LAST_BEFORE_PHASE} for the PAR
 * INDEX rank of 2020 before the 2021–2025 phase; a plan names one with {@code baseline: {rule:
 * last-before-phase}}.
 *
 * <p>Immutable and thread-safe.
 */
public enum BaselineRule {
  /** The last observation ending before the plan's phase starts; none is a missing baseline. */
  LAST_BEFORE_PHASE("last-before-phase"),
  /** The first observation of the clause's series. */
  FIRST_OBSERVATION("first-observation");

  private final String text;

  BaselineRule(String text) {
    this.text = text;
  }

  /**
   * Returns the rule by its text, such as {@code last-before-phase}.
   *
   * @param text the text
   * @return the rule
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if no rule has that text
   */
  public static BaselineRule parse(CharSequence text) {
    String s = text.toString();
    for (BaselineRule r : values()) {
      if (r.text.equals(s)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "baseline rule must be one of [last-before-phase, first-observation], was '" + s + "'");
  }

  /**
   * Returns the text of the rule in plan files, such as {@code last-before-phase}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return text;
  }
}
