package org.reformindicators.core.derivation;

import java.util.List;

/**
 * What a {@link Derivation} read and what it could not attribute, such as 10,000 dossiers read, 3 of an unknown
 * unit.
 *
 * <p>A dossier is not attributed when its unit cannot be resolved ({@link #unresolved()}, with up to {@value
 * #MAX_EXAMPLES} {@linkplain #unresolvedExamples() examples}); a dossier still in progress counts in no rule by
 * completion date ({@link #inProgress()}, by design, not an error); a dossier whose procedure is missing from the
 * procedure list takes the value {@code UNLISTED} in procedure conditions ({@link #unlistedProcedures()}).
 *
 * @param records the dossiers read
 * @param unresolved the dossiers not attributed because their unit could not be resolved
 * @param unresolvedExamples the first reasons, each naming the dossier
 * @param inProgress the dossiers still in progress
 * @param unlistedProcedures the dossiers whose procedure the procedure list does not hold, when a rule needs it
 */
public record DerivationSummary(
    long records, long unresolved, List<String> unresolvedExamples, long inProgress, long unlistedProcedures) {

  /** The most examples of unresolved units kept. */
  public static final int MAX_EXAMPLES = 20;

  /**
   * Checks and copies the examples.
   *
   * @param records the dossiers read
   * @param unresolved the dossiers not attributed
   * @param unresolvedExamples the first reasons
   * @param inProgress the dossiers in progress
   * @param unlistedProcedures the dossiers of unlisted procedures
   * @throws NullPointerException if {@code unresolvedExamples} is null
   */
  public DerivationSummary {
    unresolvedExamples = List.copyOf(unresolvedExamples);
  }
}
