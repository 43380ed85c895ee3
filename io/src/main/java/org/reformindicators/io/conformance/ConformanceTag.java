package org.reformindicators.io.conformance;

import java.util.Optional;

/**
 * The fixed list of tags a conformance vector may carry, such as {@code method:eurostat}: what the vector covers
 * ({@code docs/formats/conformance.md}). A test requires every tag that is not {@linkplain #pending() pending} to
 * have vectors.
 */
public enum ConformanceTag {
  /** A threshold target. */
  TARGET_THRESHOLD("target:threshold", false),
  /** A band target. */
  TARGET_BAND("target:band", false),
  /** A rank band target. */
  TARGET_RANK_BAND("target:rank-band", false),
  /** A rank improvement per year. */
  TARGET_RANK_IMPROVEMENT_PER_YEAR("target:rank-improvement-per-year", false),
  /** A change per year. */
  TARGET_CHANGE_PER_YEAR("target:change-per-year", false),
  /** A reduction from a baseline. */
  TARGET_REDUCTION_FROM_BASELINE("target:reduction-from-baseline", false),
  /** A completion (yes or no). */
  TARGET_COMPLETION("target:completion", false),
  /** A target that recurs each period. */
  TARGET_RECURRING("target:recurring", false),
  /** A share of a parent indicator. */
  TARGET_NESTED_SHARE("target:nested-share", false),
  /** Thresholds by breakdown value. */
  TARGET_BREAKDOWN("target:breakdown", false),
  /** A threshold set by an external norm. */
  TARGET_EXTERNAL_THRESHOLD("target:external-threshold", false),
  /** A qualitative clause, assessed by hand. */
  TARGET_QUALITATIVE("target:qualitative", false),
  /** Eurostat's progress method. */
  METHOD_EUROSTAT("method:eurostat", false),
  /** Open SDG's progress method. */
  METHOD_OPEN_SDG("method:open-sdg", false),
  /** UN ESCAP's progress method. */
  METHOD_ESCAP("method:escap", false),
  /** SDSN's trend method. */
  METHOD_SDSN("method:sdsn", false),
  /** The linear projection. */
  METHOD_LINEAR("method:linear", false),
  /** Eurostat at or next to a category cut-off. */
  BOUNDARY_EUROSTAT("boundary:eurostat", false),
  /** Open SDG at or next to a category cut-off. */
  BOUNDARY_OPEN_SDG("boundary:open-sdg", false),
  /** ESCAP at or next to a category cut-off. */
  BOUNDARY_ESCAP("boundary:escap", false),
  /** SDSN at or next to a category cut-off. */
  BOUNDARY_SDSN("boundary:sdsn", false),
  /** The linear projection at or next to a category boundary. */
  BOUNDARY_LINEAR("boundary:linear", false),
  /** An indicator or target whose desired direction is down. */
  DIRECTION_LOWER_IS_BETTER("direction:lower-is-better", false),
  /** The weighted arithmetic mean. */
  AGGREGATION_WEIGHTED_ARITHMETIC("aggregation:weighted-arithmetic", false),
  /** The weighted geometric mean. */
  AGGREGATION_WEIGHTED_GEOMETRIC("aggregation:weighted-geometric", false),
  /** The weighted harmonic mean. */
  AGGREGATION_WEIGHTED_HARMONIC("aggregation:weighted-harmonic", false),
  /** The weighted sum. */
  AGGREGATION_SUM("aggregation:sum", false),
  /** The share of maximum points. */
  AGGREGATION_POINTS_SHARE("aggregation:points-share", false),
  /** Min-max normalisation. */
  NORMALISATION_MIN_MAX("normalisation:min-max", false),
  /** Z-score normalisation. */
  NORMALISATION_Z_SCORE("normalisation:z-score", false),
  /** Goalposts normalisation. */
  NORMALISATION_GOALPOSTS("normalisation:goalposts", false),
  /** Distance-to-target normalisation. */
  NORMALISATION_DISTANCE_TO_TARGET("normalisation:distance-to-target", false),
  /** Rank normalisation. */
  NORMALISATION_RANK("normalisation:rank", false),
  /** Percentile-rank normalisation. */
  NORMALISATION_PERCENTILE_RANK("normalisation:percentile-rank", false),
  /** Points proportional to a threshold. */
  SCORING_PROPORTIONAL_TO_THRESHOLD("scoring:proportional-to-threshold", false),
  /** Points from a step table. */
  SCORING_STEP_TABLE("scoring:step-table", false),
  /** Points linear between two values. */
  SCORING_LINEAR_BETWEEN("scoring:linear-between", false),
  /** Tied totals under competition ranking (1, 2, 2, 4). */
  TIES_COMPETITION("ties:competition", false),
  /** Tied totals under dense ranking (1, 2, 2, 3). */
  TIES_DENSE("ties:dense", false),
  /** Tied totals under fractional ranking (1, 2.5, 2.5, 4). */
  TIES_FRACTIONAL("ties:fractional", false),
  /** Rank groups by score bands. */
  GROUPING_BANDS("grouping:bands", false),
  /** Rank groups by percentile quartiles. */
  GROUPING_PERCENTILE_QUARTILES("grouping:percentile-quartiles", false),
  /** A rank among 63 provinces. */
  UNIVERSE_63("universe:63", false),
  /** A rank among 61 provinces (two not ranked). */
  UNIVERSE_61("universe:61", false),
  /** A rank among the 34 provinces from 1 July 2025. */
  UNIVERSE_34("universe:34", false),
  /** A clause of an administrative level abolished on 1 July 2025. */
  ABOLISHED_LEVEL("abolished-level", false),
  /** A break in series (observation status B). */
  SERIES_BREAK("series-break", false),
  /** Missing observations or components. */
  MISSING_DATA("missing-data", false),
  /** A clause or method that cannot be assessed. */
  CANNOT_ASSESS("cannot-assess", false),
  /** A baseline chosen by the engine's rule (last before the phase, first observation). */
  BASELINE_RULE_CHOSEN("baseline:rule-chosen", false),
  /** A baseline the plan states: a target's own baseline member, or plan version 2's {@code baseline}. */
  BASELINE_STATED("baseline:stated", false),
  /** Observations published only as a range (lower and upper bounds). */
  BOUNDED_OBSERVATIONS("bounded-observations", false),
  /** PCI Quảng Ngãi 2019 from its published sub-indices, rounded half-up. */
  PUBLISHED_TOTAL_PCI_2019("published-total:pci-2019", false),
  /** PCI Quảng Ngãi 2020 from its published sub-indices, rounded half-up. */
  PUBLISHED_TOTAL_PCI_2020("published-total:pci-2020", false),
  /** Vietnamese text in the inputs. */
  VIETNAMESE_TEXT("vietnamese-text", false),
  /** Rank intervals over given per-draw weights. */
  UNCERTAINTY_GIVEN_DRAWS("uncertainty:given-draws", false);

  private final String text;
  private final boolean pending;

  ConformanceTag(String text, boolean pending) {
    this.text = text;
    this.pending = pending;
  }

  /**
   * Returns the tag as vectors write it, e.g. {@code target:rank-band}.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Tells whether the tag is defined before the feature it covers is in the engine, so that it may still have
   * no vector. No tag of this release is pending ({@code bounded-observations} was, until observations of format
   * version 2 were read).
   *
   * @return {@code true} when no vector is required yet
   */
  public boolean pending() {
    return pending;
  }

  /**
   * Finds a tag by its text.
   *
   * @param text the text, e.g. {@code ties:dense}
   * @return the tag, or empty when the list has no such tag
   */
  public static Optional<ConformanceTag> ofText(String text) {
    for (ConformanceTag tag : values()) {
      if (tag.text.equals(text)) {
        return Optional.of(tag);
      }
    }
    return Optional.empty();
  }
}
