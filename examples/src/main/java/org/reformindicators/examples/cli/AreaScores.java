package org.reformindicators.examples.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.composite.ComponentCode;
import org.reformindicators.core.composite.CompositeCalculator;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.composite.CompositeResult;
import org.reformindicators.core.composite.DataMatrix;
import org.reformindicators.core.composite.IndexNode;
import org.reformindicators.core.composite.Rounding;
import org.reformindicators.core.composite.ranking.Ranking;
import org.reformindicators.core.composite.uncertainty.UncertaintyAnalysis;
import org.reformindicators.core.composite.uncertainty.UncertaintyOptions;
import org.reformindicators.core.composite.uncertainty.UncertaintyResult;
import org.reformindicators.core.composite.uncertainty.UnitRankInterval;

/**
 * The leaf values of a composite index for every area of one period, gathered from observation
 * rows, such as the ten PCI sub-indices of five provinces in 2020; it recomputes every area's score
 * and rank.
 *
 * <p>Mutable while rows are added, not thread-safe.
 */
final class AreaScores {

  private final CompositeIndex index;
  private final Set<String> leafCodes = new LinkedHashSet<>();
  private final Map<String, Map<String, BigDecimal>> values = new TreeMap<>();
  private final Set<String> sampleAreas = new java.util.HashSet<>();

  /**
   * Starts an empty set of values for a methodology.
   *
   * @param index the methodology
   */
  AreaScores(CompositeIndex index) {
    this.index = Objects.requireNonNull(index, "index");
    for (IndexNode leaf : index.leaves()) {
      leafCodes.add(leaf.code().value());
    }
  }

  /**
   * Returns whether the methodology has a leaf indicator of this code.
   *
   * @param indicator the indicator code
   * @return whether values of it are used
   */
  boolean isLeaf(String indicator) {
    return leafCodes.contains(indicator);
  }

  /**
   * Adds one leaf value of an area.
   *
   * @param indicator the leaf indicator code
   * @param area the area code
   * @param value the value, as published
   * @param sample whether the value is an illustrative sample
   * @return {@code false} when the area already has a value of this indicator (a duplicate)
   * @throws IllegalArgumentException if {@code indicator} is not a leaf of the methodology
   */
  boolean add(String indicator, String area, BigDecimal value, boolean sample) {
    if (!isLeaf(indicator)) {
      throw new IllegalArgumentException(
          "indicator must be a leaf of " + index.id() + ", was " + indicator);
    }
    if (sample) {
      sampleAreas.add(area);
    }
    return values.computeIfAbsent(area, a -> new TreeMap<>()).putIfAbsent(indicator, value) == null;
  }

  /**
   * Returns the areas with at least one value, in code order.
   *
   * @return the areas
   */
  List<String> areas() {
    return List.copyOf(values.keySet());
  }

  /**
   * Returns the decimals the methodology publishes its total with (2 when it states none).
   *
   * @return the decimals
   */
  int decimals() {
    return index.root().rounding().map(Rounding::decimals).orElse(2);
  }

  /**
   * Returns the data matrix of every area, with an empty cell where an area lacks a leaf (the
   * methodology's missing-data policy decides).
   *
   * @return the matrix, one row per area, one column per leaf
   */
  DataMatrix matrix() {
    List<String> codes = List.copyOf(leafCodes);
    DataMatrix.Builder builder = DataMatrix.builder(codes.stream().map(ComponentCode::of).toList());
    for (Map.Entry<String, Map<String, BigDecimal>> area : values.entrySet()) {
      BigDecimal[] row = new BigDecimal[codes.size()];
      for (int i = 0; i < row.length; i++) {
        row[i] = area.getValue().get(codes.get(i));
      }
      builder.row(UnitCode.of(area.getKey()), row);
    }
    return builder.build();
  }

  /**
   * Returns the options of an uncertainty analysis with the same relative weight noise at every
   * depth of the methodology's tree.
   *
   * @param draws the number of Monte Carlo draws
   * @param noise the relative weight noise, in [0, 1)
   * @param seed the seed
   * @return the options
   * @throws IllegalArgumentException if a value is out of range
   */
  UncertaintyOptions uncertaintyOptions(int draws, double noise, long seed) {
    return uncertaintyOptions(draws, noise, seed, Set.of());
  }

  /**
   * Returns the options of an uncertainty analysis with the same relative weight noise at the
   * chosen levels of the methodology's tree (1 = the components of the total), or at every level
   * when none is chosen.
   *
   * @param draws the number of Monte Carlo draws
   * @param noise the relative weight noise, in [0, 1)
   * @param seed the seed
   * @param levels the levels perturbed, each within 1..{@link #levels()}; empty for every level
   * @return the options
   * @throws IllegalArgumentException if a value is out of range
   */
  UncertaintyOptions uncertaintyOptions(int draws, double noise, long seed, Set<Integer> levels) {
    double[] noiseByDepth = new double[levels()];
    for (int level = 1; level <= noiseByDepth.length; level++) {
      noiseByDepth[level - 1] = levels.isEmpty() || levels.contains(level) ? noise : 0;
    }
    return UncertaintyOptions.builder().draws(draws).seed(seed).weightNoise(noiseByDepth).build();
  }

  /**
   * Returns the number of levels of the methodology's tree below its total (at least 1).
   *
   * @return the depth, 1 for a total over its leaves
   */
  int levels() {
    return Math.max(1, depth(index.root()));
  }

  private static int depth(IndexNode node) {
    int deepest = 0;
    for (IndexNode child : node.children()) {
      deepest = Math.max(deepest, 1 + depth(child));
    }
    return deepest;
  }

  /**
   * Returns the areas whose total could not be computed (unranked), in code order.
   *
   * @param lines the scored lines
   * @return the areas with values but without a rank
   */
  List<String> unranked(List<ScoreLine> lines) {
    Set<String> ranked = new java.util.HashSet<>();
    lines.forEach(line -> ranked.add(line.area()));
    List<String> unranked = new ArrayList<>();
    for (String area : values.keySet()) {
      if (!ranked.contains(area)) {
        unranked.add(area);
      }
    }
    return unranked;
  }

  /**
   * Scores and ranks every area.
   *
   * @param period the period, for the output
   * @param names the area names by code (areas without a name get the empty string)
   * @param uncertainty the options of a Monte Carlo uncertainty analysis of the ranks, if wanted
   * @return one line per ranked area, best rank first (ties in area-code order), with the engine's
   *     results
   * @throws org.reformindicators.core.composite.MissingDataException if a value is missing and
   *     the methodology's policy forbids it
   */
  Scored score(
      String period, Map<String, String> names, Optional<UncertaintyOptions> uncertainty) {
    DataMatrix matrix = matrix();
    CompositeResult result = CompositeCalculator.evaluate(index, matrix);
    Map<String, UnitRankInterval> intervals = new TreeMap<>();
    Optional<UncertaintyResult> analysis =
        uncertainty.map(options -> UncertaintyAnalysis.run(index, matrix, options));
    analysis.ifPresent(done -> done.intervals().forEach(i -> intervals.put(i.unit().value(), i)));
    Ranking ranking = result.ranking();
    List<ScoreLine> lines = new ArrayList<>();
    for (UnitCode unit : result.units()) {
      String area = unit.value();
      BigDecimal total = result.total(unit).orElse(null);
      if (total == null || ranking.place(unit).isEmpty()) {
        continue;
      }
      UnitRankInterval interval = intervals.get(area);
      lines.add(new ScoreLine(area, names.getOrDefault(area, ""), period, total,
          ranking.place(unit).getAsInt(),
          interval == null ? 0 : interval.lowerRank(),
          interval == null ? 0 : interval.medianRank(),
          interval == null ? 0 : interval.upperRank(),
          sampleAreas.contains(area)));
    }
    lines.sort(Comparator.comparingInt(ScoreLine::rank).thenComparing(ScoreLine::area));
    return new Scored(lines, result, analysis);
  }

  /**
   * The result of {@link #score}: one line per ranked area, and the engine's own results.
   *
   * @param lines one line per ranked area, best rank first
   * @param result the composite result of every area
   * @param uncertainty the uncertainty analysis, when one was asked for
   */
  record Scored(
      List<ScoreLine> lines, CompositeResult result, Optional<UncertaintyResult> uncertainty) {}
}
