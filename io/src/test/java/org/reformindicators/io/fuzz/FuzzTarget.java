package org.reformindicators.io.fuzz;

import java.util.List;

/**
 * A reader under fuzzing: its seed corpus, how many mutations it gets in {@code verify}, and how it reads one
 * input. A target may read the same input in several ways ({@link #variants()}), e.g. the observation CSV
 * strictly into a set, leniently, and streaming.
 */
interface FuzzTarget {

  /**
   * Returns the name used in reports and in {@code -Dfuzz.replay}, such as {@code plan-yaml}.
   *
   * @return the id
   */
  String id();

  /**
   * Returns the directory of the seed corpus under {@link Seed#ROOT}.
   *
   * @return e.g. {@code plan-yaml}
   */
  String corpus();

  /**
   * Returns how many mutations {@code verify} tries, sized so that all targets together stay well under a
   * minute on two cores.
   *
   * @return the default number of iterations
   */
  int defaultIterations();

  /**
   * Returns how many ways of reading the target has.
   *
   * @return at least 1
   */
  default int variants() {
    return 1;
  }

  /**
   * Describes a way of reading.
   *
   * @param variant the variant
   * @return e.g. {@code lenient}
   */
  default String variantName(int variant) {
    return "read";
  }

  /**
   * Reads an input, catching everything: this method never throws.
   *
   * @param seed the seed the input was made from (it chooses e.g. the document type or the CSV dialect)
   * @param input the bytes
   * @param variant the way of reading
   * @return the outcome
   */
  Outcome read(Seed seed, byte[] input, int variant);

  /**
   * Returns the targets run in {@code verify}.
   *
   * @return the targets, in report order
   */
  static List<FuzzTarget> all() {
    return List.of(
        DocumentTarget.PLAN_YAML,
        DocumentTarget.PLAN_JSON,
        CsvTarget.OBSERVATIONS,
        DocumentTarget.METHODOLOGY,
        PeriodTarget.PERIODS,
        DocumentTarget.OTHER_DOCUMENTS);
  }

  /**
   * Finds a target by id.
   *
   * @param id e.g. {@code plan-yaml}
   * @return the target
   * @throws IllegalArgumentException if no target has the id
   */
  static FuzzTarget byId(String id) {
    return all().stream()
        .filter(t -> t.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no fuzz target '" + id + "'; targets: " + all().stream().map(FuzzTarget::id).toList()));
  }
}
