package org.reformindicators.io.problem;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when a file cannot be read without problems in strict mode, such as a plan with an unknown property
 * at {@code /clauses/3/targt}; it carries every problem found, up to {@link ReadOptions#maxProblems()}.
 *
 * <p>The message lists the first problems, one per line, and says how many more there were. Readers read
 * the whole file before throwing, so that a user can fix all defects in one pass; once the limit is reached
 * they stop listing but keep counting ({@link #totalProblems()}). Immutable and thread-safe.
 */
public final class ReadException extends IOException {

  private static final long serialVersionUID = 1L;

  /** How many problems the exception message lists; all of them remain available from {@link #problems()}. */
  private static final int LISTED_IN_MESSAGE = 10;

  private final transient List<Problem> problems;
  /** How many problems the read found in all. */
  private final long totalProblems;

  /**
   * Creates an exception for the problems of one read.
   *
   * @param source what was read, e.g. a file name, or {@code <stream>}
   * @param problems the problems recorded, in file order, at least one
   * @param totalProblems how many problems were found in all, at least {@code problems.size()}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there is no problem or the total is below the number recorded
   */
  public ReadException(String source, List<Problem> problems, long totalProblems) {
    super(message(Objects.requireNonNull(source, "source"), problems, totalProblems));
    this.problems = List.copyOf(problems);
    this.totalProblems = totalProblems;
  }

  private static String message(String source, List<Problem> problems, long totalProblems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    if (totalProblems < problems.size()) {
      throw new IllegalArgumentException(
          "totalProblems must be >= the " + problems.size() + " problems recorded, was " + totalProblems);
    }
    StringBuilder text = new StringBuilder();
    text.append(source).append(": ").append(totalProblems).append(totalProblems == 1 ? " problem" : " problems");
    int listed = Math.min(problems.size(), LISTED_IN_MESSAGE);
    for (int i = 0; i < listed; i++) {
      text.append(System.lineSeparator()).append("  ").append(problems.get(i));
    }
    if (totalProblems > listed) {
      text.append(System.lineSeparator()).append("  … and ").append(totalProblems - listed).append(" more");
    }
    return text.toString();
  }

  /**
   * Returns the problems recorded, in file order, at most {@link ReadOptions#maxProblems()}.
   *
   * @return the problems, never empty
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns how many problems the read found in all; it exceeds {@code problems().size()} when the limit was
   * reached.
   *
   * @return the total number of problems
   */
  public long totalProblems() {
    return totalProblems;
  }
}
