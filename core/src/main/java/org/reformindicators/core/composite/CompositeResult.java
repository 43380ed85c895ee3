package org.reformindicators.core.composite;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.composite.ranking.Ranking;
import org.reformindicators.core.composite.ranking.RankingMethod;

/**
 * The scores of every node of a {@link CompositeIndex} for every unit, as computed by {@link
 * CompositeCalculator}, such as {@code result.total("51")} → {@code Optional[64.32]} for PCI 2019 Quảng Ngãi.
 *
 * <p>Each node has an exact score and a published score (the exact one rounded by the node's {@link
 * Rounding}, or the exact one when the node has none). A missing score (a unit the missing-data policy could
 * not score) is an empty {@link Optional}, never NaN. Immutable and thread-safe.
 */
public final class CompositeResult {

  private final CompositeIndex index;
  private final List<UnitCode> units;
  private final Map<UnitCode, Integer> unitIndex = new HashMap<>();
  private final Map<IndexNode, BigDecimal[]> scores;

  CompositeResult(CompositeIndex index, List<UnitCode> units, Map<IndexNode, BigDecimal[]> scores) {
    this.index = index;
    this.units = List.copyOf(units);
    for (int i = 0; i < this.units.size(); i++) {
      unitIndex.put(this.units.get(i), i);
    }
    this.scores = new IdentityHashMap<>(scores);
  }

  /**
   * Returns the methodology evaluated.
   *
   * @return the methodology
   */
  public CompositeIndex index() {
    return index;
  }

  /**
   * Returns the units, in data-matrix order.
   *
   * @return the units' codes
   */
  public List<UnitCode> units() {
    return units;
  }

  /**
   * Returns a node's exact (unrounded) score for a unit.
   *
   * @param unit the unit's code
   * @param code the node's code
   * @return the exact score, empty when the unit has none
   * @throws IllegalArgumentException if the unit or the code is unknown
   */
  public Optional<BigDecimal> exactScore(UnitCode unit, ComponentCode code) {
    return Optional.ofNullable(scores.get(node(code))[unit(unit)]);
  }

  /**
   * Returns a node's published score for a unit: the exact score rounded by the node's rounding.
   *
   * @param unit the unit's code
   * @param code the node's code
   * @return the published score, empty when the unit has none
   * @throws IllegalArgumentException if the unit or the code is unknown
   */
  public Optional<BigDecimal> score(UnitCode unit, ComponentCode code) {
    IndexNode node = node(code);
    BigDecimal exact = scores.get(node)[unit(unit)];
    if (exact == null) {
      return Optional.empty();
    }
    return Optional.of(node.rounding().map(r -> r.apply(exact)).orElse(exact));
  }

  /**
   * Returns the published total of a unit, e.g. {@code 64.32}.
   *
   * @param unit the unit's code
   * @return the published total, empty when the unit is unscored
   * @throws IllegalArgumentException if the unit is unknown
   */
  public Optional<BigDecimal> total(UnitCode unit) {
    return score(unit, index.root().code());
  }

  /**
   * Ranks the units by their published totals with the methodology's ranking method (competition ranking
   * unless the methodology says otherwise); unscored units are unranked.
   *
   * @return the ranking
   */
  public Ranking ranking() {
    return ranking(index.rankingMethod());
  }

  /**
   * Ranks the units by their published totals with the given method.
   *
   * @param method how ties share ranks
   * @return the ranking
   * @throws NullPointerException if {@code method} is null
   */
  public Ranking ranking(RankingMethod method) {
    return ranking(method, RankingBasis.PUBLISHED);
  }

  /**
   * Ranks the units by their totals with the given method, on the published or the exact totals.
   *
   * @param method how ties share ranks
   * @param basis whether the published (rounded) or the exact totals are compared
   * @return the ranking
   * @throws NullPointerException if an argument is null
   */
  public Ranking ranking(RankingMethod method, RankingBasis basis) {
    Objects.requireNonNull(basis, "basis");
    ComponentCode root = index.root().code();
    List<BigDecimal> totals = new ArrayList<>();
    for (UnitCode unit : units) {
      Optional<BigDecimal> total = basis == RankingBasis.PUBLISHED ? total(unit) : exactScore(unit, root);
      totals.add(total.orElse(null));
    }
    return Ranking.of(units, totals, method);
  }

  /**
   * Breaks a unit's total down into the points each top-level component contributes and loses.
   *
   * @param unit the unit's code
   * @return the breakdown of the root
   * @throws IllegalArgumentException if the unit is unknown or unscored
   * @throws IllegalStateException if the root's aggregation is not additive
   */
  public ScoreBreakdown breakdown(UnitCode unit) {
    return breakdown(unit, index.root().code());
  }

  /**
   * Breaks a unit's score of a composite node down into its children's contributions.
   *
   * @param unit the unit's code
   * @param code the code of a composite node
   * @return the breakdown
   * @throws IllegalArgumentException if the unit or code is unknown, the node is a leaf or the unit has no
   *     score for it
   * @throws IllegalStateException if the node's aggregation is not additive
   */
  public ScoreBreakdown breakdown(UnitCode unit, ComponentCode code) {
    IndexNode node = node(code);
    int u = unit(unit);
    if (node.isLeaf()) {
      throw new IllegalArgumentException("code must name a composite node, " + code + " is a leaf");
    }
    BigDecimal score = scores.get(node)[u];
    if (score == null) {
      throw new IllegalArgumentException("unit " + unit + " has no score for " + code);
    }
    Aggregation aggregation = node.aggregation().orElseThrow();
    int k = node.children().size();
    BigDecimal[] x = new BigDecimal[k];
    BigDecimal[] w = new BigDecimal[k];
    BigDecimal[] m = new BigDecimal[k];
    for (int i = 0; i < k; i++) {
      IndexNode child = node.children().get(i);
      x[i] = scores.get(child)[u];
      w[i] = child.effectiveWeight();
      m[i] = child.maxPoints().orElse(null);
    }
    BigDecimal[] points = DecimalAggregator.contributions(aggregation, x, w, m, false);
    BigDecimal[] maxima = DecimalAggregator.contributions(aggregation, x, w, m, true);
    List<Contribution> contributions = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      contributions.add(
          new Contribution(
              node.children().get(i).code(),
              Optional.ofNullable(x[i]),
              points[i] == null ? BigDecimal.ZERO : points[i],
              Optional.ofNullable(maxima[i])));
    }
    return new ScoreBreakdown(unit, code, score, contributions);
  }

  private IndexNode node(ComponentCode code) {
    Objects.requireNonNull(code, "code");
    return index
        .node(code)
        .orElseThrow(() -> new IllegalArgumentException("code must be a node of " + index.id() + ", was " + code));
  }

  private int unit(UnitCode unit) {
    Integer u = unitIndex.get(Objects.requireNonNull(unit, "unit"));
    if (u == null) {
      throw new IllegalArgumentException("unit must be one of the evaluated units, was '" + unit + "'");
    }
    return u;
  }

  @Override
  public String toString() {
    return "CompositeResult[" + index.id() + ", " + units.size() + " units]";
  }
}
