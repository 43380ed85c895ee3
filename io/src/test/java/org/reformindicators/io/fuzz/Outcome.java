package org.reformindicators.io.fuzz;

import java.util.List;
import org.reformindicators.io.problem.Problem;

/**
 * What one read of a fuzzed input gave: a value, a refusal with its problems (thrown in a {@code
 * ReadException}, or returned by a lenient read), or an unexpected throwable; plus what the target itself found
 * wrong (e.g. a problem in the exception but withheld from the streaming consumer).
 *
 * @param value the value read, or {@code null} when the read failed
 * @param refused whether the reader refused the input, or part of it
 * @param problems the problems reported (empty for the period parser, which throws one exception)
 * @param unexpected a throwable that is not the reader's documented exception, or {@code null}
 * @param violations rules the target checked itself and found broken
 * @param records how many records a CSV read returned, or -1
 * @param rejected how many records a lenient CSV read rejected, or -1
 * @param detectsRepeats whether the read reports a repeated record (the streaming CSV read does not)
 */
record Outcome(
    Object value,
    boolean refused,
    List<Problem> problems,
    Throwable unexpected,
    List<String> violations,
    long records,
    long rejected,
    boolean detectsRepeats) {

  /**
   * An accepted document.
   *
   * @param value the value
   * @return the outcome
   */
  static Outcome accepted(Object value) {
    return new Outcome(value, false, List.of(), null, List.of(), -1, -1, true);
  }

  /**
   * A refused document.
   *
   * @param problems the problems
   * @param violations what the target found wrong with the refusal itself
   * @return the outcome
   */
  static Outcome refused(List<Problem> problems, List<String> violations) {
    return new Outcome(null, true, problems, null, violations, -1, -1, true);
  }

  /**
   * An unexpected throwable.
   *
   * @param thrown what was thrown
   * @return the outcome
   */
  static Outcome unexpected(Throwable thrown) {
    return new Outcome(null, false, List.of(), thrown, List.of(), -1, -1, true);
  }
}
