package org.reformindicators.core.composite;

import java.io.Serializable;
import java.util.Objects;

/**
 * What an aggregation does when some of a node's components are missing for a unit, such as {@code
 * MissingDataPolicy.minimumCoverage(0.8)} for the SDSN rule "at least 80 % of the indicators".
 *
 * <ul>
 *   <li>{@link Kind#FAIL}: any missing component is an error ({@link MissingDataException}); the official
 *       Vietnamese indices are computed from complete data.
 *   <li>{@link Kind#SKIP_AND_RENORMALISE}: the aggregation runs over the present components with their weights
 *       renormalised to the present ones (COINr {@code a_amean}, OECD/JRC Handbook 2008 §1.6); the node is
 *       missing only when every component is.
 *   <li>{@link Kind#MINIMUM_COVERAGE}: as above, but only when the share of present components (by count,
 *       COINr's {@code dat_thresh}) is at least {@link #minimumCoverage()}; otherwise the node is missing for
 *       that unit. The COIN Tool's rule of thumb is 0.65, SDSN's 0.80 (as the published indices do).
 * </ul>
 *
 * <p>A unit whose total is missing is reported as unranked. Immutable and thread-safe.
 *
 * @param kind the kind of policy
 * @param minimumCoverage the least share of present components, in (0, 1]; {@code 1} for {@link Kind#FAIL},
 *     and the smallest positive share for {@link Kind#SKIP_AND_RENORMALISE} is represented as {@code 0}
 */
public record MissingDataPolicy(Kind kind, double minimumCoverage) implements Serializable {

  /** The kinds of missing-data policy. */
  public enum Kind {
    /** Any missing component is an error. */
    FAIL,
    /** Aggregate over the present components, renormalising their weights. */
    SKIP_AND_RENORMALISE,
    /** Aggregate over the present components when their share reaches a minimum coverage. */
    MINIMUM_COVERAGE
  }

  /**
   * Validates the components.
   *
   * @param kind the kind of policy
   * @param minimumCoverage the least share of present components
   * @throws NullPointerException if {@code kind} is null
   * @throws IllegalArgumentException if the coverage does not match the kind: {@code 1} for FAIL, {@code 0}
   *     for SKIP_AND_RENORMALISE, within (0, 1] for MINIMUM_COVERAGE
   */
  public MissingDataPolicy {
    Objects.requireNonNull(kind, "kind");
    switch (kind) {
      case FAIL -> require(minimumCoverage == 1.0, minimumCoverage, "must be 1 for FAIL");
      case SKIP_AND_RENORMALISE ->
          require(minimumCoverage == 0.0, minimumCoverage, "must be 0 for SKIP_AND_RENORMALISE");
      case MINIMUM_COVERAGE ->
          require(
              minimumCoverage > 0.0 && minimumCoverage <= 1.0,
              minimumCoverage,
              "must be within (0, 1] for MINIMUM_COVERAGE");
    }
  }

  private static void require(boolean ok, double value, String rule) {
    if (!ok) {
      throw new IllegalArgumentException("minimumCoverage " + rule + ", was " + value);
    }
  }

  /**
   * Returns the policy that rejects missing data.
   *
   * @return the FAIL policy
   */
  public static MissingDataPolicy fail() {
    return new MissingDataPolicy(Kind.FAIL, 1.0);
  }

  /**
   * Returns the policy that aggregates over whatever is present.
   *
   * @return the SKIP_AND_RENORMALISE policy
   */
  public static MissingDataPolicy skipAndRenormalise() {
    return new MissingDataPolicy(Kind.SKIP_AND_RENORMALISE, 0.0);
  }

  /**
   * Returns the policy that aggregates when at least the given share of components is present.
   *
   * @param share the least share of present components, within (0, 1], e.g. {@code 0.8}
   * @return the MINIMUM_COVERAGE policy
   * @throws IllegalArgumentException if {@code share} is outside (0, 1]
   */
  public static MissingDataPolicy minimumCoverage(double share) {
    return new MissingDataPolicy(Kind.MINIMUM_COVERAGE, share);
  }

  /**
   * Tells whether a node with {@code present} of {@code total} components present can be aggregated.
   *
   * @param present the number of present components, 0..total
   * @param total the number of components, at least 1
   * @return {@code true} when every component is present, or when the policy accepts the partial coverage
   * @throws IllegalArgumentException if {@code total < 1} or {@code present} is outside 0..total
   */
  public boolean accepts(int present, int total) {
    if (total < 1 || present < 0 || present > total) {
      throw new IllegalArgumentException(
          "present must be within 0.." + total + " and total at least 1, was " + present + "/" + total);
    }
    if (present == total) {
      return true;
    }
    return switch (kind) {
      case FAIL -> false;
      case SKIP_AND_RENORMALISE -> present > 0;
      case MINIMUM_COVERAGE -> present > 0 && present >= minimumCoverage * total - 1e-12;
    };
  }
}
