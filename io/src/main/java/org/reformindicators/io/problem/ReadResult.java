package org.reformindicators.io.problem;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a lenient read, such as 1 204 observations accepted and 3 rows rejected at lines 17, 90
 * and 311.
 *
 * <p>Every rejected record is counted in {@link #rejectedRecords()} and explained by at least one problem;
 * problems beyond {@link ReadOptions#maxProblems()} are counted in {@link #totalProblems()} but not kept.
 * Immutable and thread-safe when {@code T} is.
 *
 * @param <T> the type of the records or document read
 * @param records the valid records, in file order
 * @param problems the problems recorded, in file order
 * @param rejectedRecords how many records were rejected
 * @param totalProblems how many problems were found in all
 */
public record ReadResult<T>(List<T> records, List<Problem> problems, long rejectedRecords, long totalProblems) {

  /**
   * Validates the components and copies the lists.
   *
   * @param records the valid records
   * @param problems the recorded problems
   * @param rejectedRecords how many records were rejected, at least 0
   * @param totalProblems how many problems were found, at least {@code problems.size()}
   * @throws NullPointerException if a list is null or holds null
   * @throws IllegalArgumentException if a count is inconsistent
   */
  public ReadResult {
    records = List.copyOf(Objects.requireNonNull(records, "records"));
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    if (rejectedRecords < 0) {
      throw new IllegalArgumentException("rejectedRecords must be >= 0, was " + rejectedRecords);
    }
    if (totalProblems < problems.size()) {
      throw new IllegalArgumentException(
          "totalProblems must be >= the " + problems.size() + " problems recorded, was " + totalProblems);
    }
    if (rejectedRecords > 0 && totalProblems == 0) {
      throw new IllegalArgumentException("a rejected record needs a problem, but totalProblems is 0");
    }
  }

  /**
   * Tells whether the read found no problem at all.
   *
   * @return {@code true} when nothing was rejected and no problem was found
   */
  public boolean isClean() {
    return totalProblems == 0;
  }
}
