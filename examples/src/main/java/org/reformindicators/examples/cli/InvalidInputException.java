package org.reformindicators.examples.cli;

import java.util.List;

/**
 * Thrown by a command when the user's input is invalid, such as {@code plan.yaml: file not found}
 * or a plan that names an unknown indicator; the command line prints every {@link Problem} and
 * exits with status 1.
 *
 * <p>Instances are immutable (the problems are copied) and thread-safe.
 */
public final class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The problems, in the order found; never empty. */
  private final transient List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidInputException(List<Problem> problems) {
    super(problems.isEmpty() ? "" : problems.get(0).toString());
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    this.problems = List.copyOf(problems);
  }

  /**
   * Creates the exception for a single problem.
   *
   * @param problem the problem
   */
  public InvalidInputException(Problem problem) {
    this(List.of(problem));
  }

  /**
   * Returns the problems, in the order found.
   *
   * @return the problems, never empty
   */
  public List<Problem> problems() {
    return problems;
  }
}
