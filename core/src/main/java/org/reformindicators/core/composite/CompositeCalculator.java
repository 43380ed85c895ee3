package org.reformindicators.core.composite;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.composite.normalisation.Normalisation;
import org.reformindicators.core.composite.scoring.ScoringRule;

/**
 * Computes every node's score for every unit of a {@link DataMatrix}, such as {@code
 * CompositeCalculator.evaluate(pci, matrix).total("51")} giving {@code 64.32} for Quảng Ngãi 2019.
 *
 * <p>The evaluation goes bottom-up. A leaf reads its indicator column, applies its {@link Normalisation} (a
 * statistical transform computed in {@code double} over the column; each result enters the decimal pipeline
 * through {@link BigDecimal#valueOf(double)}) and then its {@link ScoringRule} (exact decimal). A composite
 * node aggregates its children's <em>exact</em> scores with its {@link Aggregation} under the index's {@link
 * MissingDataPolicy}. The arithmetic mean, the sum, the points share and the harmonic mean are computed in
 * {@link BigDecimal}: sums and products of the published decimals are exact and a division that does not
 * terminate keeps 34 significant digits ({@link java.math.MathContext#DECIMAL128}); the geometric mean needs
 * {@code exp} and {@code ln}, computed in {@code double}. Each node's score is then rounded to its published
 * precision ({@link Rounding}, half up) for display and ranking, while parents aggregate the unrounded value.
 * So PCI 2019 for Quảng Ngãi is exactly 64.315 and is published as 64.32, whatever the summation order
 * (VCCI, PCI 2019 provincial profile of Quảng Ngãi: published 64.32 from the same sub-indices).
 *
 * <p>Before any score is computed the inputs are checked, and every problem is reported at once in a {@link
 * ScoringException}: a leaf value outside its {@link ComponentRange} (a PCI sub-index of 11 or -5 on 0–10), a
 * value its scoring rule does not accept, and any number (value, weight, maximum points, scale) that is not 0 and
 * whose magnitude lies outside {@link #MIN_MAGNITUDE}–{@link #MAX_MAGNITUDE}. While the tree is evaluated, a
 * node whose score leaves those magnitudes, a score that is not positive under a geometric or harmonic mean and a
 * normalisation undefined for its column end the evaluation with a {@link ScoringException} naming the node and
 * the unit. The bounds keep every finite input computable: the exact sums stay a few hundred digits long whatever
 * the exponents, and the geometric mean and the Monte Carlo analysis, which work in {@code double}, can neither
 * overflow nor underflow; no {@link ArithmeticException} or {@link NumberFormatException} escapes. Stateless,
 * thread-safe.
 */
public final class CompositeCalculator {

  /** The largest magnitude of a number the calculator accepts (a value, a parameter or a node's score). */
  public static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1E+100");

  /** The smallest magnitude of a non-zero number the calculator accepts. */
  public static final BigDecimal MIN_MAGNITUDE = new BigDecimal("1E-100");

  private CompositeCalculator() {}

  /**
   * Checks a methodology and its data before scoring: every leaf value within its {@link ComponentRange} and
   * accepted by its scoring rule (for a leaf without normalisation), every value and parameter within the
   * supported magnitudes.
   *
   * @param index the methodology
   * @param data the values of (at least) every leaf indicator for every unit
   * @return every problem, in tree order and then unit order; empty when the inputs can be scored
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the matrix lacks a leaf's column
   */
  public static List<ScoringProblem> check(CompositeIndex index, DataMatrix data) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(data, "data");
    requireColumns(index, data);
    return ScoringChecks.inputs(index, data);
  }

  /**
   * Evaluates a methodology on a data matrix.
   *
   * @param index the methodology
   * @param data the values of (at least) every leaf indicator for every unit
   * @return the scores of every node for every unit
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the matrix lacks a leaf's column
   * @throws ScoringException listing every problem {@link #check} finds, or naming the node and unit where a
   *     normalisation is undefined for the data, a geometric or harmonic mean meets a score that is not positive,
   *     or a score leaves the supported magnitudes
   * @throws MissingDataException if a value is missing and the policy is {@link MissingDataPolicy.Kind#FAIL}
   */
  public static CompositeResult evaluate(CompositeIndex index, DataMatrix data) {
    return evaluate(index, data, Optional.empty());
  }

  /**
   * Evaluates a methodology with every leaf normalised by {@code leafNormalisation} instead of its own (none
   * included), as the uncertainty analysis does for alternative normalisations (COINr's {@code
   * get_sensitivity} with an alternative {@code Normalise} step).
   *
   * @param index the methodology
   * @param data the values of every leaf indicator for every unit
   * @param leafNormalisation the normalisation every leaf uses, or empty to keep each leaf's own
   * @return the scores of every node for every unit
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as {@link #evaluate(CompositeIndex, DataMatrix)}
   * @throws ScoringException as {@link #evaluate(CompositeIndex, DataMatrix)}
   * @throws MissingDataException as {@link #evaluate(CompositeIndex, DataMatrix)}
   */
  public static CompositeResult evaluate(
      CompositeIndex index, DataMatrix data, Optional<Normalisation> leafNormalisation) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(leafNormalisation, "leafNormalisation");
    List<ScoringProblem> problems = check(index, data);
    if (!problems.isEmpty()) {
      throw new ScoringException(problems);
    }
    Map<IndexNode, BigDecimal[]> scores = new IdentityHashMap<>();
    evaluateNode(index, index.root(), data, leafNormalisation, scores);
    return new CompositeResult(index, data.units(), scores);
  }

  private static void requireColumns(CompositeIndex index, DataMatrix data) {
    for (IndexNode leaf : index.leaves()) {
      if (!data.hasColumn(leaf.code())) {
        throw new IllegalArgumentException(
            "data must have a column for every leaf of " + index.id() + ", " + leaf.code() + " is missing");
      }
    }
  }

  private static BigDecimal[] evaluateNode(
      CompositeIndex index,
      IndexNode node,
      DataMatrix data,
      Optional<Normalisation> override,
      Map<IndexNode, BigDecimal[]> scores) {
    BigDecimal[] result;
    if (node.isLeaf()) {
      result = leafScores(node, data, override);
    } else {
      List<BigDecimal[]> children = new ArrayList<>();
      for (IndexNode child : node.children()) {
        children.add(evaluateNode(index, child, data, override, scores));
      }
      result = aggregate(index, node, data.units(), children);
    }
    ScoringChecks.requireSupportedScores(node, data.units(), result);
    scores.put(node, result);
    return result;
  }

  private static BigDecimal[] leafScores(IndexNode leaf, DataMatrix data, Optional<Normalisation> override) {
    BigDecimal[] values = data.exactColumn(leaf.code());
    Optional<Normalisation> normalisation = override.isPresent() ? override : leaf.normalisation();
    if (normalisation.isPresent()) {
      double[] normalised;
      try {
        normalised = normalisation.get().apply(data.column(leaf.code()), leaf.direction());
      } catch (IllegalArgumentException e) {
        throw new ScoringException(
            new ScoringProblem(ScoringProblem.Source.DATA, leaf.code(), e.getMessage()));
      }
      for (int u = 0; u < values.length; u++) {
        values[u] = Double.isNaN(normalised[u]) ? null : BigDecimal.valueOf(normalised[u]);
      }
    }
    if (leaf.scoring().isPresent()) {
      ScoringRule rule = leaf.scoring().get();
      for (int u = 0; u < values.length; u++) {
        if (values[u] != null) {
          try {
            values[u] = rule.points(values[u]);
          } catch (IllegalArgumentException e) {
            throw new ScoringException(new ScoringProblem(ScoringProblem.Source.DATA, leaf.code(),
                data.units().get(u), "the " + rule.kind() + " scoring rule does not accept "
                    + ScoringChecks.text(values[u]) + ": " + e.getMessage()));
          }
        }
      }
    }
    return values;
  }

  private static BigDecimal[] aggregate(
      CompositeIndex index, IndexNode node, List<UnitCode> units, List<BigDecimal[]> children) {
    int k = children.size();
    BigDecimal[] weights = new BigDecimal[k];
    BigDecimal[] maxima = new BigDecimal[k];
    for (int i = 0; i < k; i++) {
      IndexNode child = node.children().get(i);
      weights[i] = child.effectiveWeight();
      maxima[i] = child.maxPoints().orElse(null);
    }
    Aggregation aggregation = node.aggregation().orElseThrow();
    MissingDataPolicy policy = index.missingData();
    BigDecimal[] out = new BigDecimal[units.size()];
    BigDecimal[] x = new BigDecimal[k];
    for (int u = 0; u < out.length; u++) {
      int present = 0;
      for (int i = 0; i < k; i++) {
        x[i] = children.get(i)[u];
        if (x[i] != null) {
          present++;
          if (aggregation.method().requiresPositiveScores() && x[i].signum() <= 0) {
            throw new ScoringException(
                ScoringChecks.notPositive(node, node.children().get(i), units.get(u), x[i]));
          }
        }
      }
      if (!policy.accepts(present, k)) {
        if (policy.kind() == MissingDataPolicy.Kind.FAIL) {
          throw new MissingDataException(missingMessage(node, units.get(u), x));
        }
        out[u] = null;
        continue;
      }
      out[u] = DecimalAggregator.aggregate(aggregation, x, weights, maxima);
    }
    return out;
  }

  private static String missingMessage(IndexNode node, UnitCode unit, BigDecimal[] x) {
    List<ComponentCode> missing = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      if (x[i] == null) {
        missing.add(node.children().get(i).code());
      }
    }
    return node.code() + " for unit " + unit + ": components " + missing + " are missing (policy FAIL)";
  }
}
