package org.reformindicators.io.conformance;

import java.util.Objects;

/**
 * One difference between a vector's expected outputs and a system's, such as {@code eurostat-ratio-at-95:
 * clauses[T1].category expected SIGNIFICANT_PROGRESS, was MODERATE_PROGRESS}. Immutable and thread-safe.
 *
 * @param vectorId the vector's id
 * @param field the path of the differing field, e.g. {@code units[51].total}
 * @param expected the expected value as text (with its tolerance when it has one)
 * @param actual the system's value as text, or {@code absent}
 */
public record Mismatch(String vectorId, String field, String expected, String actual) {

  /**
   * Checks the members.
   *
   * @param vectorId the vector's id
   * @param field the field's path
   * @param expected the expected value
   * @param actual the actual value
   * @throws NullPointerException if an argument is null
   */
  public Mismatch {
    Objects.requireNonNull(vectorId, "vectorId");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
  }

  /**
   * Returns the line a runner prints, e.g. {@code FAIL sdsn-ratio-at-1: clauses[T1].status expected ON_TRACK, was
   * AT_RISK}.
   *
   * @return the line
   */
  @Override
  public String toString() {
    return "FAIL " + vectorId + ": " + field + " expected " + expected + ", was " + actual;
  }
}
