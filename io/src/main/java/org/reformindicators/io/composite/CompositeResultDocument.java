package org.reformindicators.io.composite;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.composite.ComponentCode;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.composite.CompositeResult;
import org.reformindicators.core.composite.IndexNode;
import org.reformindicators.core.composite.ranking.RankingMethod;
import org.reformindicators.core.composite.uncertainty.UncertaintyOptions;
import org.reformindicators.core.composite.uncertainty.UncertaintyResult;
import org.reformindicators.core.composite.uncertainty.UnitRankInterval;

/**
 * The published outcome of a composite index, such as the PCI of 63 provinces: per unit the published score
 * of every node, the score the ranking compared, the rank and the group, and optionally the rank intervals of an
 * uncertainty analysis with its settings; the content of a {@code composite-result} document (format version 2;
 * version 1 files, without ranking scores, settings or warnings, still read).
 *
 * <p>Build it from the engine's results with {@link #of(CompositeResult)} or {@link #of(CompositeResult,
 * UncertaintyResult, UncertaintyOptions)}. Scores are the published decimals (rounded by the node's rounding
 * rule; exact for a node without one), written exactly. Immutable and thread-safe.
 *
 * @param methodology the methodology id, e.g. {@code pci}
 * @param rankingMethod how ties were ranked
 * @param units the units in the result's order
 * @param intervals the rank intervals of an uncertainty analysis, empty when none was run
 * @param uncertainty the settings of the uncertainty analysis, empty when none was run or none was recorded
 * @param warnings what the producer warned about the result, such as rows of the input that matched no
 *     component; empty when none
 */
public record CompositeResultDocument(
    String methodology,
    RankingMethod rankingMethod,
    List<UnitResult> units,
    List<UnitRankInterval> intervals,
    Optional<UncertaintySettings> uncertainty,
    List<String> warnings) {

  /**
   * Validates and copies the components.
   *
   * @param methodology the methodology id
   * @param rankingMethod the ranking method
   * @param units the unit results, with distinct units
   * @param intervals the rank intervals, each of a listed unit
   * @param uncertainty the settings of the uncertainty analysis, if any
   * @param warnings the warnings, each non-blank
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the methodology id is not an id, a unit appears twice, an interval
   *     names an unlisted unit, settings come without intervals or a warning is blank
   */
  public CompositeResultDocument {
    Objects.requireNonNull(methodology, "methodology");
    Objects.requireNonNull(rankingMethod, "rankingMethod");
    units = List.copyOf(Objects.requireNonNull(units, "units"));
    intervals = List.copyOf(Objects.requireNonNull(intervals, "intervals"));
    Objects.requireNonNull(uncertainty, "uncertainty");
    warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
    if (uncertainty.isPresent() && intervals.isEmpty()) {
      throw new IllegalArgumentException("uncertainty settings must come with the intervals of the analysis");
    }
    for (String warning : warnings) {
      if (warning.isBlank()) {
        throw new IllegalArgumentException("warnings must not be blank");
      }
    }
    if (!CompositeIndex.ID.matcher(methodology).matches()) {
      throw new IllegalArgumentException(
          "methodology must be a methodology id such as pci or papi-2009, was '" + methodology + "'");
    }
    List<UnitCode> seen = new ArrayList<>();
    for (UnitResult unit : units) {
      if (seen.contains(unit.unit())) {
        throw new IllegalArgumentException("units must be distinct, was " + unit.unit() + " twice");
      }
      seen.add(unit.unit());
    }
    for (UnitRankInterval interval : intervals) {
      if (!seen.contains(interval.unit())) {
        throw new IllegalArgumentException("interval of unit " + interval.unit() + " names a unit without a result");
      }
    }
  }

  /**
   * Creates a document without uncertainty settings or warnings, as format version 1 holds.
   *
   * @param methodology the methodology id
   * @param rankingMethod the ranking method
   * @param units the unit results, with distinct units
   * @param intervals the rank intervals, each of a listed unit
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the methodology id is not an id, a unit appears twice or an interval
   *     names an unlisted unit
   */
  public CompositeResultDocument(
      String methodology, RankingMethod rankingMethod, List<UnitResult> units, List<UnitRankInterval> intervals) {
    this(methodology, rankingMethod, units, intervals, Optional.empty(), List.of());
  }

  /**
   * Returns this document with warnings added after its own, such as {@code 12 rows were read, none of a
   * component of pci for 2020}.
   *
   * @param more the warnings to add, each non-blank
   * @return the document
   * @throws NullPointerException if {@code more} or a warning is null
   * @throws IllegalArgumentException if a warning is blank
   */
  public CompositeResultDocument withWarnings(List<String> more) {
    List<String> all = new ArrayList<>(warnings);
    all.addAll(Objects.requireNonNull(more, "more"));
    return new CompositeResultDocument(methodology, rankingMethod, units, intervals, uncertainty, all);
  }

  /**
   * Takes the published scores, ranks and groups of a result.
   *
   * @param result the engine's result
   * @return the document content, without intervals
   * @throws NullPointerException if {@code result} is null
   */
  public static CompositeResultDocument of(CompositeResult result) {
    return build(result, List.of(), Optional.empty());
  }

  /**
   * Takes the published scores, ranks and groups of a result and the rank intervals of its uncertainty
   * analysis.
   *
   * @param result the engine's result
   * @param uncertainty the uncertainty analysis of the same units
   * @return the document content
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an interval names a unit the result lacks
   */
  public static CompositeResultDocument of(CompositeResult result, UncertaintyResult uncertainty) {
    return build(result, Objects.requireNonNull(uncertainty, "uncertainty").intervals(), Optional.empty());
  }

  /**
   * Takes the published scores, ranks and groups of a result, the rank intervals of its uncertainty analysis and
   * the settings the analysis ran with (draws, seed, weight noise by level).
   *
   * @param result the engine's result
   * @param uncertainty the uncertainty analysis of the same units
   * @param options the options the analysis ran with
   * @return the document content
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an interval names a unit the result lacks
   */
  public static CompositeResultDocument of(
      CompositeResult result, UncertaintyResult uncertainty, UncertaintyOptions options) {
    Objects.requireNonNull(result, "result");
    return build(result, Objects.requireNonNull(uncertainty, "uncertainty").intervals(),
        Optional.of(UncertaintySettings.of(result.index(), options)));
  }

  private static CompositeResultDocument build(
      CompositeResult result, List<UnitRankInterval> intervals, Optional<UncertaintySettings> settings) {
    Objects.requireNonNull(result, "result");
    CompositeIndex index = result.index();
    Map<UnitCode, String> groups =
        index.grouping().map(g -> result.ranking().groups(g)).orElse(Map.of());
    List<UnitResult> units = new ArrayList<>();
    for (UnitCode unit : result.units()) {
      Map<ComponentCode, BigDecimal> scores = new LinkedHashMap<>();
      for (IndexNode node : index.root().nodes()) {
        result.score(unit, node.code()).ifPresent(score -> scores.put(node.code(), score));
      }
      units.add(new UnitResult(unit, scores, result.total(unit), result.ranking().rank(unit),
          Optional.ofNullable(groups.get(unit))));
    }
    return new CompositeResultDocument(
        index.id(), result.ranking().method(), units, intervals, settings, List.of());
  }

  /**
   * The published outcome for one unit, such as Quảng Ngãi with PCI 64.32, rank 30, group "Khá".
   *
   * <p>Immutable and thread-safe.
   *
   * @param unit the unit's code, e.g. {@code 51}
   * @param scores the published score of each node that has one, by node code, in the index's order
   * @param rankingScore the total the ranking compared (the published total: rounded by the total's rounding
   *     rule, exact when it has none), empty when the unit is unscored or the document is of format version 1
   * @param rank the rank (fractional for the fractional method), empty when the unit is unranked
   * @param group the group label of the index's grouping, empty when none applies
   */
  public record UnitResult(
      UnitCode unit,
      Map<ComponentCode, BigDecimal> scores,
      Optional<BigDecimal> rankingScore,
      OptionalDouble rank,
      Optional<String> group) {

    /**
     * Validates and copies the components.
     *
     * @param unit the unit's code
     * @param scores the scores by node code
     * @param rankingScore the total the ranking compared, or empty
     * @param rank the rank or empty
     * @param group the group label or empty
     * @throws NullPointerException if a component or a score is null
     * @throws IllegalArgumentException if the rank is below 1
     */
    public UnitResult {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(rankingScore, "rankingScore");
      Objects.requireNonNull(rank, "rank");
      Objects.requireNonNull(group, "group");
      Map<ComponentCode, BigDecimal> copy = new LinkedHashMap<>();
      Objects.requireNonNull(scores, "scores").forEach((code, score) -> copy.put(Objects.requireNonNull(code, "scores key"), Objects.requireNonNull(score, "scores of " + code)));
      scores = Collections.unmodifiableMap(copy);
      if (rank.isPresent() && !(rank.getAsDouble() >= 1)) {
        throw new IllegalArgumentException("rank of " + unit + " must be at least 1, was " + rank.getAsDouble());
      }
    }

    /**
     * Creates a unit result without a ranking score, as format version 1 holds.
     *
     * @param unit the unit's code
     * @param scores the scores by node code
     * @param rank the rank or empty
     * @param group the group label or empty
     * @throws NullPointerException if a component or a score is null
     * @throws IllegalArgumentException if the rank is below 1
     */
    public UnitResult(UnitCode unit, Map<ComponentCode, BigDecimal> scores, OptionalDouble rank, Optional<String> group) {
      this(unit, scores, Optional.empty(), rank, group);
    }
  }
}
