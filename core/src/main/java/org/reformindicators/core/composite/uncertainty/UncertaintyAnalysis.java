package org.reformindicators.core.composite.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reformindicators.core.composite.ComponentCode;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.composite.DataMatrix;

/**
 * Uncertainty and sensitivity analysis of a composite index's ranks, such as {@code
 * UncertaintyAnalysis.run(pci, matrix, UncertaintyOptions.builder().draws(10_000).weightNoise(0.25).build())}.
 *
 * <p>The model is the JRC's COINr {@code get_sensitivity} (Saisana, Saltelli &amp; Tarantola,
 * "Uncertainty and sensitivity analysis techniques as tools for the quality assessment of composite
 * indicators", J. R. Stat. Soc. A 168(2), 2005): each draw perturbs the weights and picks the aggregation and
 * normalisation among the alternatives, recomputes every unit's total, rounds it to the published precision
 * and ranks the units (competition ranking); the distribution of each unit's rank over the draws gives its
 * median and its 5th–95th percentile interval. With no noise and no alternatives every draw repeats the
 * nominal calculation, so every interval collapses to the nominal rank. Draws come from {@link
 * java.util.SplittableRandom} seeded by {@link UncertaintyOptions#seed()}: the same options give the same
 * output. The loop runs on primitive arrays with preallocated buffers, counts each unit's ranks in a histogram
 * and ranks rounded totals by a radix sort of the scaled integers: 10,000 draws × 63 units × 10 components took
 * 7.4 ms of thread CPU time (median of 40) on a shared 2-core machine at load 7, against 62 ms for a naive boxed
 * version (the {@code benchmarks} module's {@code UncertaintyBenchmark}; {@code docs/benchmarks.md}).
 * Stateless, thread-safe.
 */
public final class UncertaintyAnalysis {

  private UncertaintyAnalysis() {}

  /**
   * Runs the Monte Carlo analysis.
   *
   * @param index the methodology
   * @param data the data matrix
   * @param options the draws, seed, noise and alternatives
   * @return each scored unit's nominal, median, 5th and 95th percentile rank
   * @throws NullPointerException if an argument is null
   * @throws org.reformindicators.core.composite.ScoringException if fewer than two units have a total, the data
   *     do not suit the nominal calculation or an alternative (as {@link
   *     org.reformindicators.core.composite.CompositeCalculator#evaluate(CompositeIndex, DataMatrix)}), or a
   *     geometric or harmonic alternative meets a non-positive score
   * @throws IllegalArgumentException if a POINTS_SHARE alternative meets a component without maximum points
   */
  public static UncertaintyResult run(CompositeIndex index, DataMatrix data, UncertaintyOptions options) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(options, "options");
    MonteCarloEngine engine = new MonteCarloEngine(index, data, options);
    int n = engine.units();
    int[] nominal = new int[n];
    int[] counts = new int[n * (n + 1)];
    engine.run(options, nominal, counts);
    return result(engine, nominal, counts, options.draws(), options.seed());
  }

  /** The rank intervals (median, 5th and 95th percentiles) of every unit from the rank counts of the draws. */
  private static UncertaintyResult result(MonteCarloEngine engine, int[] nominal, int[] counts, int draws, long seed) {
    int n = engine.units();
    List<UnitRankInterval> intervals = new ArrayList<>(n);
    for (int u = 0; u < n; u++) {
      int offset = u * (n + 1);
      intervals.add(
          new UnitRankInterval(
              engine.unitIds.get(u),
              nominal[u],
              quantile(counts, offset, n, draws, 0.50),
              quantile(counts, offset, n, draws, 0.05),
              quantile(counts, offset, n, draws, 0.95)));
    }
    return new UncertaintyResult(intervals, engine.unrankedUnits, draws, seed, counts);
  }

  /**
   * Runs the analysis on given draws instead of random ones, so that another system can reproduce the rank
   * intervals without Java's random generator (the conformance suite's uncertainty vectors, {@code
   * docs/formats/conformance.md}).
   *
   * <p>Each draw maps node codes to their weight in that draw; a node a draw does not name keeps its nominal
   * weight. Per draw, every unit's total is aggregated with the nominal aggregation and normalisation, rounded
   * half-up to the root's published precision (when it has one) and ranked by competition ranking (ties share
   * the best place); the median and the 5th and 95th percentile ranks are the type-7 quantiles of the ranks over
   * the draws, as in {@link #run} (COINr {@code get_sensitivity}; Saisana, Saltelli &amp; Tarantola 2005). The
   * result's seed is 0: no random generator ran.
   *
   * @param index the methodology
   * @param data the data matrix
   * @param draws the weights of each draw by node code, at least one draw
   * @return each scored unit's nominal, median, 5th and 95th percentile rank over the given draws
   * @throws NullPointerException if an argument or a draw is null
   * @throws IllegalArgumentException if there is no draw, more than {@link UncertaintyOptions#MAX_DRAWS}, a draw
   *     names a code that is not a node of the index, names the root, or gives a weight that is not finite and
   *     positive
   * @throws org.reformindicators.core.composite.ScoringException if fewer than two units have a total, or the data
   *     do not suit the calculation
   */
  public static UncertaintyResult runWithDraws(
      CompositeIndex index, DataMatrix data, List<Map<ComponentCode, Double>> draws) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(draws, "draws");
    if (draws.isEmpty() || draws.size() > UncertaintyOptions.MAX_DRAWS) {
      throw new IllegalArgumentException(
          "draws must hold 1 to " + UncertaintyOptions.MAX_DRAWS + " draws, was " + draws.size());
    }
    UncertaintyOptions nominalOnly = UncertaintyOptions.builder().draws(draws.size()).seed(0L).build();
    MonteCarloEngine engine = new MonteCarloEngine(index, data, nominalOnly);
    double[][] weights = new double[draws.size()][engine.nodeCount()];
    for (int d = 0; d < weights.length; d++) {
      Map<ComponentCode, Double> draw = Objects.requireNonNull(draws.get(d), "draw");
      java.util.Arrays.fill(weights[d], Double.NaN);
      for (Map.Entry<ComponentCode, Double> e : draw.entrySet()) {
        int node = engine.nodeNumber(e.getKey());
        if (node <= 0) {
          throw new IllegalArgumentException(
              "draw " + (d + 1) + ": weight of '" + e.getKey() + "' must name a component of "
                  + index.root().code() + (node == 0 ? ", not the total itself" : ", which has no such node"));
        }
        double w = Objects.requireNonNull(e.getValue(), "weight");
        if (!Double.isFinite(w) || w <= 0) {
          throw new IllegalArgumentException(
              "draw " + (d + 1) + ": weight of '" + e.getKey() + "' must be finite and positive, was " + w);
        }
        weights[d][node] = w;
      }
    }
    int n = engine.units();
    int[] nominal = new int[n];
    int[] counts = new int[n * (n + 1)];
    engine.runGiven(weights, nominal, counts);
    return result(engine, nominal, counts, draws.size(), 0L);
  }

  /**
   * Ranks every unit with each component of the total removed in turn.
   *
   * @param index the methodology, whose root has at least two components
   * @param data the data matrix
   * @return the nominal ranks and the ranks without each component
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the root has fewer than two components
   * @throws org.reformindicators.core.composite.ScoringException if fewer than two units have a total, or the
   *     data do not suit the calculation
   */
  public static ComponentRemoval removeEachComponent(CompositeIndex index, DataMatrix data) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(data, "data");
    if (index.root().children().size() < 2) {
      throw new IllegalArgumentException(
          "removing a component needs a total with at least 2 components, "
              + index.root().code()
              + " has "
              + index.root().children().size());
    }
    UncertaintyOptions nominalOnly = UncertaintyOptions.builder().draws(1).build();
    MonteCarloEngine engine = new MonteCarloEngine(index, data, nominalOnly);
    int n = engine.units();
    int[] nominal = new int[n];
    engine.run(nominalOnly, nominal, new int[n * (n + 1)]);
    int[][] without = new int[engine.rootChildIds.length][];
    for (int c = 0; c < without.length; c++) {
      without[c] = engine.rankWithout(engine.rootChildIds[c]);
    }
    return new ComponentRemoval(engine.unitIds, engine.rootChildren, nominal, without);
  }

  /**
   * The type-7 quantile of the ranks whose counts are {@code counts[offset + r]}, {@code r = 1..n}: with the
   * ranks sorted, {@code h = (draws − 1)·p} and the result interpolates the order statistics ⌊h⌋ and ⌊h⌋+1.
   */
  static double quantile(int[] counts, int offset, int n, int draws, double p) {
    double h = (draws - 1) * p;
    int lower = (int) Math.floor(h);
    double low = orderStatistic(counts, offset, n, lower);
    if (lower + 1 >= draws) {
      return low;
    }
    double high = orderStatistic(counts, offset, n, lower + 1);
    return low + (h - lower) * (high - low);
  }

  /** The k-th smallest rank (0-based) from the counts of each rank. */
  private static int orderStatistic(int[] counts, int offset, int n, int k) {
    int seen = 0;
    for (int r = 1; r <= n; r++) {
      seen += counts[offset + r];
      if (seen > k) {
        return r;
      }
    }
    throw new IllegalStateException("order statistic " + k + " beyond the counted draws");
  }
}
