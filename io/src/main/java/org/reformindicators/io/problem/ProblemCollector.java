package org.reformindicators.io.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Accumulates the problems of one read up to a limit, such as the 100 first problems of a CSV file with
 * 2 000 bad rows, while counting all of them.
 *
 * <p>Readers use one collector per read and throw {@link #toException(String)} at the end in strict mode.
 * Mutable and not thread-safe: confine it to the reading thread.
 */
public final class ProblemCollector {

  private final int limit;
  private final Consumer<? super Problem> listener;
  private final List<Problem> problems = new ArrayList<>();
  private long total;

  /**
   * Creates a collector that keeps at most {@code limit} problems.
   *
   * @param limit the number of problems kept, at least 1
   * @throws IllegalArgumentException if {@code limit} is below 1
   */
  public ProblemCollector(int limit) {
    this(limit, problem -> {});
  }

  /**
   * Creates a collector that keeps at most {@code limit} problems and hands every problem, including those
   * past the limit, to a listener as it is added.
   *
   * @param limit the number of problems kept, at least 1
   * @param listener receives every problem added
   * @throws IllegalArgumentException if {@code limit} is below 1
   * @throws NullPointerException if {@code listener} is null
   */
  public ProblemCollector(int limit, Consumer<? super Problem> listener) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, was " + limit);
    }
    this.limit = limit;
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * Records a problem; past the limit it is only counted.
   *
   * @param problem the problem
   * @throws NullPointerException if {@code problem} is null
   */
  public void add(Problem problem) {
    Objects.requireNonNull(problem, "problem");
    total++;
    if (problems.size() < limit) {
      problems.add(problem);
    }
    listener.accept(problem);
  }

  /**
   * Tells whether any problem was recorded.
   *
   * @return {@code true} when at least one problem was added
   */
  public boolean hasProblems() {
    return total > 0;
  }

  /**
   * Returns the problems kept so far, in the order added.
   *
   * @return an unmodifiable copy of the kept problems
   */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /**
   * Returns how many problems were added, including those past the limit.
   *
   * @return the total count
   */
  public long total() {
    return total;
  }

  /**
   * Returns an exception carrying the problems collected.
   *
   * @param source what was read, e.g. a file name
   * @return the exception, to be thrown by the caller
   * @throws IllegalStateException if no problem was added
   */
  public ReadException toException(String source) {
    if (total == 0) {
      throw new IllegalStateException("no problem was recorded");
    }
    return new ReadException(source, problems, total);
  }
}
