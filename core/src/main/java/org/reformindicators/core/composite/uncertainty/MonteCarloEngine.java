package org.reformindicators.core.composite.uncertainty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.composite.AggregationMethod;
import org.reformindicators.core.composite.ComponentCode;
import org.reformindicators.core.composite.CompositeCalculator;
import org.reformindicators.core.composite.CompositeIndex;
import org.reformindicators.core.composite.CompositeResult;
import org.reformindicators.core.composite.DataMatrix;
import org.reformindicators.core.composite.IndexNode;
import org.reformindicators.core.composite.ScoringException;
import org.reformindicators.core.composite.ScoringProblem;
import org.reformindicators.core.composite.normalisation.Normalisation;
import org.reformindicators.core.composite.ranking.Ranker;
import org.reformindicators.core.text.NumberText;

/**
 * The primitive-array form of a composite index evaluated on one data matrix, re-aggregated once per Monte
 * Carlo draw. Nodes are numbered in pre-order (the root is 0); node {@code n}'s score for unit {@code u} is at
 * {@code n * units + u} of the flat buffers. Only the units with a nominal total take part. The leaf scores of
 * each normalisation (nominal first, then the alternatives) are computed once, exactly, by {@link
 * CompositeCalculator}; which nodes are present for which unit is fixed by the nominal evaluation (coverage
 * counts components, so it does not depend on weights). A missing score is stored as 1.0 with presence 0, so
 * that {@code w · presence · f(x)} vanishes for every aggregation without a branch. Not thread-safe: one
 * engine per thread.
 */
final class MonteCarloEngine {

  private static final int ARITHMETIC = AggregationMethod.WEIGHTED_ARITHMETIC.ordinal();
  private static final int GEOMETRIC = AggregationMethod.WEIGHTED_GEOMETRIC.ordinal();
  private static final int HARMONIC = AggregationMethod.WEIGHTED_HARMONIC.ordinal();
  private static final int SUM = AggregationMethod.SUM.ordinal();
  private static final double GUARD = 0x1p-48;
  /** Rounded totals below this magnitude are integers that convert to {@code long} exactly. */
  private static final double EXACT_LONG = 0x1p52;
  /** The widest spread of scaled rounded totals that the radix ranking sorts (two passes of 8 bits). */
  private static final long RADIX_RANGE = 1L << 16;

  final List<UnitCode> unitIds;
  final List<UnitCode> unrankedUnits;
  final List<ComponentCode> rootChildren = new ArrayList<>();
  final int[] rootChildIds;
  private final List<ComponentCode> nodeCodes = new ArrayList<>();
  private final int units;
  private final int nodeCount;
  private final double[] nominalWeight;
  private final double[] maxPoints;
  private final int[] nominalMethod;
  private final double[] scale;
  private final int[] internalOrder;
  private final int[] kidStart;
  private final int[] kidEnd;
  private final int[] kids;
  private final int[] depth;
  private final double[] present;
  /** Whether every child of a node is present for every unit: its weighted sums need no presence factor. */
  private final boolean[] childrenComplete;
  private final double[][] leafValues;
  private final boolean[] leaf;
  private final boolean rounded;
  private final double roundingFactor;

  // Buffers reused across draws.
  private final double[] scores;
  private final double[] weights;
  private final double[] num;
  private final double[] den;
  private final double[] total;
  private final int[] order;
  private final int[] ranks;
  // Buffers of the radix ranking: negated scaled totals, their offsets from the best, units after the low pass,
  // and the bucket counts (shifted by one, then prefix-summed into start positions) of each pass.
  private final long[] values;
  private final int[] digits;
  private final int[] scratch;
  private final int[] lowCount = new int[257];
  private final int[] highCount = new int[257];

  MonteCarloEngine(CompositeIndex index, DataMatrix data, UncertaintyOptions options) {
    List<IndexNode> nodes = index.root().nodes();
    nodeCount = nodes.size();
    CompositeResult nominal = CompositeCalculator.evaluate(index, data);
    List<UnitCode> ranked = new ArrayList<>();
    List<UnitCode> unranked = new ArrayList<>();
    for (UnitCode unit : data.units()) {
      (nominal.exactScore(unit, index.root().code()).isPresent() ? ranked : unranked).add(unit);
    }
    if (ranked.size() < 2) {
      throw new ScoringException(new ScoringProblem(ScoringProblem.Source.DATA, index.root().code(),
          "an uncertainty analysis ranks units, so it needs at least 2 units with a score, there "
              + (ranked.size() == 1 ? "is 1" : "are " + ranked.size())));
    }
    unitIds = List.copyOf(ranked);
    unrankedUnits = List.copyOf(unranked);
    units = unitIds.size();

    nominalWeight = new double[nodeCount];
    maxPoints = new double[nodeCount];
    nominalMethod = new int[nodeCount];
    scale = new double[nodeCount];
    depth = new int[nodeCount];
    leaf = new boolean[nodeCount];
    kidStart = new int[nodeCount];
    kidEnd = new int[nodeCount];
    List<Integer> kidList = new ArrayList<>();
    List<Integer> internal = new ArrayList<>();
    Map<IndexNode, Integer> id = new IdentityHashMap<>();
    for (int n = 0; n < nodeCount; n++) {
      id.put(nodes.get(n), n);
      nodeCodes.add(nodes.get(n).code());
    }
    for (int n = 0; n < nodeCount; n++) {
      IndexNode node = nodes.get(n);
      nominalWeight[n] = node.effectiveWeight().doubleValue();
      maxPoints[n] = node.maxPoints().map(BigDecimal::doubleValue).orElse(Double.NaN);
      leaf[n] = node.isLeaf();
      kidStart[n] = kidList.size();
      for (IndexNode child : node.children()) {
        int c = id.get(child);
        kidList.add(c);
        depth[c] = depth[n] + 1;
      }
      kidEnd[n] = kidList.size();
      if (!node.isLeaf()) {
        internal.add(n);
        nominalMethod[n] = node.aggregation().orElseThrow().method().ordinal();
        scale[n] = node.aggregation().orElseThrow().scale().doubleValue();
      }
    }
    kids = kidList.stream().mapToInt(Integer::intValue).toArray();
    internalOrder = new int[internal.size()];
    for (int i = 0; i < internalOrder.length; i++) {
      internalOrder[i] = internal.get(internal.size() - 1 - i); // reverse pre-order: children first
    }
    rootChildIds = Arrays.copyOfRange(kids, kidStart[0], kidEnd[0]);
    for (IndexNode child : index.root().children()) {
      rootChildren.add(child.code());
    }
    checkAlternativeAggregations(nodes, options.alternativeAggregations());

    present = new double[nodeCount * units];
    for (int n = 0; n < nodeCount; n++) {
      for (int u = 0; u < units; u++) {
        boolean has = nominal.exactScore(unitIds.get(u), nodes.get(n).code()).isPresent();
        present[n * units + u] = has ? 1.0 : 0.0;
      }
    }
    childrenComplete = new boolean[nodeCount];
    for (int n = 0; n < nodeCount; n++) {
      boolean complete = true;
      for (int k = kidStart[n]; k < kidEnd[n] && complete; k++) {
        for (int u = 0; u < units && complete; u++) {
          complete = present[kids[k] * units + u] == 1.0;
        }
      }
      childrenComplete[n] = complete;
    }
    List<Normalisation> alternatives = options.alternativeNormalisations();
    leafValues = new double[1 + alternatives.size()][];
    leafValues[0] = leafRows(nodes, nominal);
    for (int a = 0; a < alternatives.size(); a++) {
      leafValues[a + 1] =
          leafRows(nodes, CompositeCalculator.evaluate(index, data, Optional.of(alternatives.get(a))));
    }
    checkPositive(nodes, options);

    OptionalInt decimals = options.rankingDecimals(index.root().rounding());
    rounded = decimals.isPresent();
    roundingFactor = rounded ? Math.pow(10, decimals.getAsInt()) : 1.0;

    scores = new double[nodeCount * units];
    weights = new double[nodeCount];
    num = new double[units];
    den = new double[units];
    total = new double[units];
    order = new int[units];
    for (int u = 0; u < units; u++) {
      order[u] = u;
    }
    ranks = new int[units];
    values = new long[units];
    digits = new int[units];
    scratch = new int[units];
  }

  private void checkAlternativeAggregations(List<IndexNode> nodes, List<AggregationMethod> alternatives) {
    if (!alternatives.contains(AggregationMethod.POINTS_SHARE)) {
      return;
    }
    for (int n = 0; n < nodeCount; n++) {
      for (int k = kidStart[n]; k < kidEnd[n]; k++) {
        if (Double.isNaN(maxPoints[kids[k]])) {
          throw new IllegalArgumentException(
              "alternative aggregation POINTS_SHARE needs maxPoints on every child, "
                  + nodes.get(kids[k]).code()
                  + " has none");
        }
      }
    }
  }

  private void checkPositive(List<IndexNode> nodes, UncertaintyOptions options) {
    boolean needsPositive = false;
    for (AggregationMethod m : options.alternativeAggregations()) {
      needsPositive |= m.requiresPositiveScores();
    }
    for (int n : internalOrder) {
      needsPositive |= AggregationMethod.values()[nominalMethod[n]].requiresPositiveScores();
    }
    if (!needsPositive) {
      return;
    }
    for (double[] values : leafValues) {
      for (int n = 0; n < nodeCount; n++) {
        if (!leaf[n]) {
          continue;
        }
        for (int u = 0; u < units; u++) {
          if (values[n * units + u] <= 0) {
            throw new ScoringException(new ScoringProblem(ScoringProblem.Source.DATA, nodes.get(n).code(),
                unitIds.get(u), NumberText.machine(values[n * units + u])
                    + " is not positive, but a geometric or harmonic"
                    + " aggregation of the analysis needs positive values"));
          }
        }
      }
    }
  }

  private double[] leafRows(List<IndexNode> nodes, CompositeResult result) {
    double[] values = new double[nodeCount * units];
    Arrays.fill(values, 1.0);
    for (int n = 0; n < nodeCount; n++) {
      if (!leaf[n]) {
        continue;
      }
      for (int u = 0; u < units; u++) {
        Optional<BigDecimal> v = result.exactScore(unitIds.get(u), nodes.get(n).code());
        if (v.isPresent()) {
          values[n * units + u] = v.get().doubleValue();
        }
      }
    }
    return values;
  }

  int units() {
    return units;
  }

  /**
   * Runs the Monte Carlo: per draw, the choice of normalisation, then of aggregation (each only when there
   * are alternatives), then one uniform number per perturbed weight in pre-order. Returns the nominal ranks
   * in {@code nominalOut} and the rank counts {@code counts[u * (units + 1) + rank]}.
   */
  void run(UncertaintyOptions options, int[] nominalOut, int[] counts) {
    int[] noisy = new int[nodeCount];
    double[] noise = new double[nodeCount];
    int noisyCount = 0;
    for (int n = 1; n < nodeCount; n++) {
      double x = options.weightNoise(depth[n]);
      if (x > 0) {
        noisy[noisyCount] = n;
        noise[noisyCount++] = x;
      }
    }
    int normalisations = leafValues.length;
    int aggregations = 1 + options.alternativeAggregations().size();
    int[] alternativeMethods = new int[aggregations];
    for (int g = 1; g < aggregations; g++) {
      alternativeMethods[g] = options.alternativeAggregations().get(g - 1).ordinal();
    }

    System.arraycopy(nominalWeight, 0, weights, 0, nodeCount);
    evaluate(0, -1, -1);
    System.arraycopy(ranks, 0, nominalOut, 0, units);

    SplittableRandom random = new SplittableRandom(options.seed());
    int loadedLeaves = -1;
    int stride = units + 1;
    for (int d = options.draws(); d > 0; d--) {
      int a = normalisations > 1 ? random.nextInt(normalisations) : 0;
      int g = aggregations > 1 ? random.nextInt(aggregations) : 0;
      for (int i = 0; i < noisyCount; i++) {
        int n = noisy[i];
        weights[n] = nominalWeight[n] * (1.0 + noise[i] * (2.0 * random.nextDouble() - 1.0));
      }
      if (a != loadedLeaves) {
        System.arraycopy(leafValues[a], 0, scores, 0, scores.length);
        loadedLeaves = a;
      }
      aggregateAndRank(g == 0 ? -1 : alternativeMethods[g]);
      for (int u = 0; u < units; u++) {
        counts[u * stride + ranks[u]]++;
      }
    }
  }

  /**
   * Runs given draws instead of random ones: {@code drawWeights[d][n]} is node {@code n}'s weight in draw {@code d}
   * ({@code NaN} keeps the nominal weight), with the nominal aggregation and normalisation. Returns the nominal
   * ranks in {@code nominalOut} and the rank counts as {@link #run} does.
   */
  void runGiven(double[][] drawWeights, int[] nominalOut, int[] counts) {
    System.arraycopy(nominalWeight, 0, weights, 0, nodeCount);
    evaluate(0, -1, -1);
    System.arraycopy(ranks, 0, nominalOut, 0, units);
    int stride = units + 1;
    for (double[] draw : drawWeights) {
      for (int n = 0; n < nodeCount; n++) {
        weights[n] = Double.isNaN(draw[n]) ? nominalWeight[n] : draw[n];
      }
      aggregateAndRank(-1);
      for (int u = 0; u < units; u++) {
        counts[u * stride + ranks[u]]++;
      }
    }
  }

  /** Returns the pre-order number of the node with this code, or -1. */
  int nodeNumber(ComponentCode code) {
    for (int n = 0; n < nodeCount; n++) {
      if (nodeCodes.get(n).equals(code)) {
        return n;
      }
    }
    return -1;
  }

  int nodeCount() {
    return nodeCount;
  }

  /**
   * Ranks every unit with the nominal choices and one root child's weight set to zero (the component
   * removed, its parent renormalising over the others). Units left without any component get rank 0.
   */
  int[] rankWithout(int removedChild) {
    System.arraycopy(nominalWeight, 0, weights, 0, nodeCount);
    weights[removedChild] = 0.0;
    evaluate(0, -1, removedChild);
    return ranks.clone();
  }

  private void evaluate(int normalisation, int method, int removed) {
    System.arraycopy(leafValues[normalisation], 0, scores, 0, scores.length);
    if (removed < 0) {
      aggregateAndRank(method);
      return;
    }
    aggregate(method);
    // Removal may leave a unit without data: rank the others only.
    int count = 0;
    for (int u = 0; u < units; u++) {
      if (!Double.isNaN(total[u])) {
        count++;
      }
    }
    double[] kept = new double[count];
    int k = 0;
    for (int u = 0; u < units; u++) {
      if (!Double.isNaN(total[u])) {
        kept[k++] = total[u];
      }
    }
    int[] keptRanks = Ranker.competitionRanks(kept);
    k = 0;
    for (int u = 0; u < units; u++) {
      ranks[u] = Double.isNaN(total[u]) ? 0 : keptRanks[k++];
    }
  }

  /**
   * Aggregates, then ranks the units best first; ties get the competition rank of the first unit of their
   * group. Rounded totals are ranked by {@link #rankByRadix()}; unrounded ones (or rounded ones too far apart)
   * by an insertion sort of the unit indices by total, which starts from the previous draw's order.
   */
  private void aggregateAndRank(int method) {
    aggregate(method);
    if (rounded && rankByRadix()) {
      return;
    }
    for (int i = 1; i < units; i++) {
      int unit = order[i];
      double key = total[unit];
      int j = i - 1;
      while (j >= 0 && total[order[j]] < key) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = unit;
    }
    ranks[order[0]] = 1;
    for (int k = 1; k < units; k++) {
      int unit = order[k];
      int previous = order[k - 1];
      ranks[unit] = total[unit] == total[previous] ? ranks[previous] : k + 1;
    }
  }

  /**
   * Ranks rounded totals with a stable least-significant-digit radix sort. A rounded total scaled by {@code
   * 10^d} is an integer; negated, and less the smallest of the draw, it is a digit {@code 0 ≤ D < 2^16} that
   * is 0 for the best unit, so sorting by {@code D} (one pass of 8 bits per byte of the spread; counting, prefix
   * sums, scattering) gives the units best first, and equal totals have equal {@code D}. Each draw's totals are
   * independent of the previous one's, so a warm-started comparison sort meets many inversions: profiled with
   * JFR, the insertion sort of unit indices took two thirds of a 10,000-draw run; this pass costs a fixed
   * {@code O(units + 256)} per byte. The ranks are those of the insertion sort: both depend only on the totals.
   *
   * @return {@code false}, having changed no rank, when a total is NaN or not below 2^52 in magnitude, or the
   *     spread is 2^16 or more
   */
  private boolean rankByRadix() {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int u = 0; u < units; u++) {
      double t = total[u];
      if (!(Math.abs(t) < EXACT_LONG)) {
        return false;
      }
      long v = (long) -t;
      values[u] = v;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    if (max - min >= RADIX_RANGE) {
      return false;
    }
    Arrays.fill(lowCount, 0);
    Arrays.fill(highCount, 0);
    for (int u = 0; u < units; u++) {
      int d = (int) (values[u] - min);
      digits[u] = d;
      lowCount[(d & 0xff) + 1]++;
      highCount[(d >>> 8) + 1]++;
    }
    for (int b = 1; b < 257; b++) {
      lowCount[b] += lowCount[b - 1];
      highCount[b] += highCount[b - 1];
    }
    if (max - min < 1 << 8) {
      for (int u = 0; u < units; u++) {
        order[lowCount[digits[u]]++] = u;
      }
    } else {
      for (int u = 0; u < units; u++) {
        scratch[lowCount[digits[u] & 0xff]++] = u;
      }
      for (int i = 0; i < units; i++) {
        int u = scratch[i];
        order[highCount[digits[u] >>> 8]++] = u;
      }
    }
    int rank = 1;
    int previous = digits[order[0]];
    for (int k = 0; k < units; k++) {
      int unit = order[k];
      int d = digits[unit];
      if (d != previous) {
        rank = k + 1;
        previous = d;
      }
      ranks[unit] = rank;
    }
    return true;
  }

  /** Aggregates every composite node, children first, then writes the (rounded) root scores to total. */
  private void aggregate(int methodOverride) {
    for (int n : internalOrder) {
      int method = methodOverride < 0 ? nominalMethod[n] : methodOverride;
      if (childrenComplete[n] && (method == ARITHMETIC || method == SUM)) {
        aggregateComplete(n, method);
        continue;
      }
      Arrays.fill(num, 0, units, 0.0);
      Arrays.fill(den, 0, units, 0.0);
      double allWeight = 0;
      for (int k = kidStart[n]; k < kidEnd[n]; k++) {
        int c = kids[k];
        double w = weights[c];
        allWeight += w;
        int base = c * units;
        if (method == ARITHMETIC || method == SUM) {
          for (int u = 0; u < units; u++) {
            double pw = w * present[base + u];
            num[u] += pw * scores[base + u];
            den[u] += pw;
          }
        } else if (method == GEOMETRIC) {
          for (int u = 0; u < units; u++) {
            double pw = w * present[base + u];
            num[u] += pw * Math.log(scores[base + u]);
            den[u] += pw;
          }
        } else if (method == HARMONIC) {
          for (int u = 0; u < units; u++) {
            double pw = w * present[base + u];
            num[u] += pw;
            den[u] += pw / scores[base + u];
          }
        } else { // POINTS_SHARE
          double max = maxPoints[c];
          for (int u = 0; u < units; u++) {
            double pw = w * present[base + u];
            num[u] += pw * scores[base + u];
            den[u] += pw * max;
          }
        }
      }
      double s = scale[n];
      int base = n * units;
      for (int u = 0; u < units; u++) {
        double value;
        if (method == GEOMETRIC) {
          value = s * Math.exp(num[u] / den[u]);
        } else if (method == SUM) {
          value = s * num[u] * allWeight / den[u];
        } else {
          value = s * num[u] / den[u];
        }
        scores[base + u] = present[base + u] == 0.0 ? 1.0 : value;
      }
    }
    for (int u = 0; u < units; u++) {
      total[u] = round(scores[u]) + 0.0;
    }
  }

  /**
   * The arithmetic mean or sum of a node whose children are all present for every unit (the usual case: a PCI
   * province has all ten sub-indices). Every presence factor is 1.0 and every unit's weight total is the sum of
   * the weights in child order, so the figures are bit for bit those of the general loop of {@link #aggregate}
   * ({@code w · 1.0 = w}; the same additions in the same order), with one multiply-add per unit and child
   * instead of two multiplications and two additions.
   */
  private void aggregateComplete(int n, int method) {
    double allWeight = 0;
    int first = kidStart[n];
    int firstBase = kids[first] * units;
    double w0 = weights[kids[first]];
    allWeight += w0;
    for (int u = 0; u < units; u++) {
      num[u] = 0.0 + w0 * scores[firstBase + u];
    }
    for (int k = first + 1; k < kidEnd[n]; k++) {
      int c = kids[k];
      double w = weights[c];
      allWeight += w;
      int base = c * units;
      for (int u = 0; u < units; u++) {
        num[u] += w * scores[base + u];
      }
    }
    double s = scale[n];
    int base = n * units;
    for (int u = 0; u < units; u++) {
      double value = method == SUM ? s * num[u] * allWeight / allWeight : s * num[u] / allWeight;
      scores[base + u] = present[base + u] == 0.0 ? 1.0 : value;
    }
  }

  /**
   * Half-up rounding in binary, scaled (ranks need only the order): {@code ⌊|x|·10^d + ½ + |x|·10^d·2⁻⁴⁸⌋},
   * the relative guard (about 16 ulps) absorbing the representation and summation error so that a value such
   * as 64.315, stored as 64.31499999999999, rounds up as it does in decimal.
   */
  private double round(double x) {
    if (!rounded || Double.isNaN(x)) {
      return x;
    }
    double y = Math.abs(x) * roundingFactor;
    double r = Math.floor(y + 0.5 + y * GUARD);
    return x < 0 ? -r : r;
  }
}
