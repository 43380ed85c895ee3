package org.reformindicators.core.composite;

import java.util.List;

/**
 * Thrown when a composite index cannot score the data it is given, listing every {@link ScoringProblem} found,
 * such as {@code PCI_TRANSPARENCY for unit 51: 11 is outside the component's range 0–10}.
 *
 * <p>The problems are found before any score is computed (values outside their component's range, values a
 * scoring rule does not accept, numbers beyond {@link CompositeCalculator#MAX_MAGNITUDE}) and, while the tree is
 * evaluated, one at a time (a score that is not positive under a geometric or harmonic mean, a score beyond the
 * supported magnitudes, a normalisation undefined for the column). It is an {@link IllegalArgumentException}
 * because the data matrix or the methodology given to the calculator is the offending argument. A missing value
 * under the {@code FAIL} policy is reported by {@link MissingDataException} instead. Not serialisable in any
 * stable form.
 */
public final class ScoringException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The problems, in the order found; transient, so not kept by serialization. */
  private final transient List<ScoringProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one
   * @throws NullPointerException if {@code problems} or a problem is null
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ScoringException(List<ScoringProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Creates the exception for a single problem.
   *
   * @param problem the problem
   * @throws NullPointerException if {@code problem} is null
   */
  public ScoringException(ScoringProblem problem) {
    this(List.of(problem));
  }

  private static String message(List<ScoringProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    String first = problems.get(0).toString();
    int more = problems.size() - 1;
    return more == 0 ? first : first + " (and " + more + (more == 1 ? " more problem)" : " more problems)");
  }

  /**
   * Returns the problems, in the order found.
   *
   * @return the problems; empty only after deserialization, which does not keep them
   */
  public List<ScoringProblem> problems() {
    return problems == null ? List.of() : problems;
  }
}
