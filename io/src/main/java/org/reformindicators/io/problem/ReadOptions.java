package org.reformindicators.io.problem;

/**
 * How strictly the readers of this module read, such as {@code ReadOptions.defaults().lenient()}.
 *
 * <p>The defaults are: {@link ReadMode#STRICT}, report at most {@value #DEFAULT_MAX_PROBLEMS} problems, and
 * unknown properties (JSON, YAML) or unknown columns (CSV) are errors. Immutable and thread-safe.
 *
 * @param mode strict (fail the whole read) or lenient (return valid records and the rejected ones)
 * @param maxProblems how many problems are recorded before the reader only counts further ones
 * @param failOnUnknownFields whether an unknown property or CSV column is an error ({@code true}) or is
 *     ignored ({@code false})
 */
public record ReadOptions(ReadMode mode, int maxProblems, boolean failOnUnknownFields) {

  /** Default limit on the problems recorded per read. */
  public static final int DEFAULT_MAX_PROBLEMS = 100;

  private static final ReadOptions DEFAULTS = new ReadOptions(ReadMode.STRICT, DEFAULT_MAX_PROBLEMS, true);

  /**
   * Validates the components.
   *
   * @param mode strict or lenient
   * @param maxProblems the limit on recorded problems, at least 1
   * @param failOnUnknownFields whether unknown properties and columns are errors
   * @throws NullPointerException if {@code mode} is null
   * @throws IllegalArgumentException if {@code maxProblems} is below 1
   */
  public ReadOptions {
    java.util.Objects.requireNonNull(mode, "mode");
    if (maxProblems < 1) {
      throw new IllegalArgumentException("maxProblems must be >= 1, was " + maxProblems);
    }
  }

  /**
   * Returns the default options: strict, {@value #DEFAULT_MAX_PROBLEMS} problems, unknown fields are errors.
   *
   * @return the defaults
   */
  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns these options in lenient mode.
   *
   * @return a copy with {@link ReadMode#LENIENT}
   */
  public ReadOptions lenient() {
    return new ReadOptions(ReadMode.LENIENT, maxProblems, failOnUnknownFields);
  }

  /**
   * Returns these options in strict mode.
   *
   * @return a copy with {@link ReadMode#STRICT}
   */
  public ReadOptions strict() {
    return new ReadOptions(ReadMode.STRICT, maxProblems, failOnUnknownFields);
  }

  /**
   * Returns these options with another limit on recorded problems.
   *
   * @param limit the new limit, at least 1
   * @return a copy with the limit
   * @throws IllegalArgumentException if {@code limit} is below 1
   */
  public ReadOptions withMaxProblems(int limit) {
    return new ReadOptions(mode, limit, failOnUnknownFields);
  }

  /**
   * Returns these options with unknown properties and columns ignored instead of rejected.
   *
   * @return a copy that ignores unknown fields
   */
  public ReadOptions ignoringUnknownFields() {
    return new ReadOptions(mode, maxProblems, false);
  }
}
