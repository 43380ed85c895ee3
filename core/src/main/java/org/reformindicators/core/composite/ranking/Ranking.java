package org.reformindicators.core.composite.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.text.NumberText;

/**
 * The ranks of units by score, highest first, with the units left unranked, such as PAPI 2022 "59/63 (2 not
 * ranked)".
 *
 * <p>Units are ranked on the scores given, which should be at the methodology's published precision (the
 * calculator rounds before ranking); ties share a rank as the {@link RankingMethod} says. A
 * unit with no score is unranked: it has no rank and is not counted in the {@linkplain #universe() universe}
 * of the ranking (column {@code universe} of {@code docs/formats/observations.md}). Scores are compared as {@code double}, which separates
 * any two scores that differ within 15 significant digits. Immutable and thread-safe.
 */
public final class Ranking {

  private final RankingMethod method;
  private final Map<UnitCode, BigDecimal> scores;
  private final List<UnitCode> unranked;
  private final Map<UnitCode, Double> ranks;
  private final List<UnitCode> rankOrder;

  private Ranking(RankingMethod method, Map<UnitCode, BigDecimal> scores, List<UnitCode> unranked) {
    this.method = method;
    this.scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    this.unranked = List.copyOf(unranked);
    List<UnitCode> units = new ArrayList<>(scores.keySet());
    double[] values = new double[units.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = scores.get(units.get(i)).doubleValue();
    }
    double[] r = method.rank(values);
    Map<UnitCode, Double> byUnit = new HashMap<>();
    Integer[] order = new Integer[units.size()];
    for (int i = 0; i < r.length; i++) {
      byUnit.put(units.get(i), r[i]);
      order[i] = i;
    }
    // Stable: ties keep the input order.
    Arrays.sort(order, (a, b) -> Double.compare(r[a], r[b]));
    List<UnitCode> sorted = new ArrayList<>(order.length);
    for (Integer i : order) {
      sorted.add(units.get(i));
    }
    this.ranks = Collections.unmodifiableMap(byUnit);
    this.rankOrder = List.copyOf(sorted);
  }

  /**
   * Ranks units by score; a unit whose score is {@code null} is unranked.
   *
   * @param units the units' codes (e.g. GSO province codes), distinct
   * @param scores the score of each unit, {@code null} for an unranked unit, same length as {@code units}
   * @param method how ties share ranks
   * @return the ranking
   * @throws NullPointerException if an argument or a unit identifier is null
   * @throws IllegalArgumentException if the lists differ in length or a unit repeats
   */
  public static Ranking of(List<UnitCode> units, List<BigDecimal> scores, RankingMethod method) {
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(method, "method");
    if (units.size() != scores.size()) {
      throw new IllegalArgumentException(
          "scores must have one entry per unit (" + units.size() + "), was " + scores.size());
    }
    Map<UnitCode, BigDecimal> ranked = new LinkedHashMap<>();
    List<UnitCode> unranked = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      UnitCode unit = Objects.requireNonNull(units.get(i), "units[" + i + "]");
      if (ranked.containsKey(unit) || unranked.contains(unit)) {
        throw new IllegalArgumentException("units must be distinct, '" + unit + "' repeats");
      }
      BigDecimal score = scores.get(i);
      if (score == null) {
        unranked.add(unit);
      } else {
        ranked.put(unit, score);
      }
    }
    return new Ranking(method, ranked, unranked);
  }

  /**
   * Ranks units by score with competition ranking (1, 2, 2, 4).
   *
   * @param scores the score of each ranked unit, in a stable order (e.g. a {@link LinkedHashMap})
   * @param unranked the units left unranked
   * @return the ranking
   * @throws NullPointerException if an argument, a key or a value is null
   * @throws IllegalArgumentException if a unit is both ranked and unranked or repeats
   */
  public static Ranking competition(Map<UnitCode, BigDecimal> scores, List<UnitCode> unranked) {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(unranked, "unranked");
    List<UnitCode> units = new ArrayList<>(scores.keySet());
    List<BigDecimal> values = new ArrayList<>();
    for (UnitCode unit : units) {
      values.add(Objects.requireNonNull(scores.get(unit), "score of " + unit));
    }
    units.addAll(unranked);
    values.addAll(Collections.nCopies(unranked.size(), null));
    return of(units, values, RankingMethod.COMPETITION);
  }

  /**
   * Returns how ties share ranks.
   *
   * @return the ranking method
   */
  public RankingMethod method() {
    return method;
  }

  /**
   * Returns the number of units ranked: the denominator of "43/63".
   *
   * @return the universe of the ranking
   */
  public int universe() {
    return scores.size();
  }

  /**
   * Returns the ranked units, best first (ties in the order given).
   *
   * @return the ranked units in rank order
   */
  public List<UnitCode> rankedUnits() {
    return rankOrder;
  }

  /**
   * Returns the units left unranked, in the order given.
   *
   * @return the unranked units
   */
  public List<UnitCode> unrankedUnits() {
    return unranked;
  }

  /**
   * Returns a unit's rank (1 = best); fractional under {@link RankingMethod#FRACTIONAL}.
   *
   * @param unit the unit's code
   * @return the rank, or empty when the unit is unranked
   * @throws IllegalArgumentException if the unit is not part of the ranking
   */
  public OptionalDouble rank(UnitCode unit) {
    requireKnown(unit);
    Double r = ranks.get(unit);
    return r == null ? OptionalDouble.empty() : OptionalDouble.of(r);
  }

  /**
   * Returns a unit's place as a whole number, as published ("rank 43").
   *
   * @param unit the unit's code
   * @return the place, or empty when the unit is unranked
   * @throws IllegalArgumentException if the unit is not part of the ranking
   * @throws IllegalStateException if the method is {@link RankingMethod#FRACTIONAL}, whose ranks need not be
   *     whole
   */
  public OptionalInt place(UnitCode unit) {
    if (method == RankingMethod.FRACTIONAL) {
      throw new IllegalStateException("place is undefined for FRACTIONAL ranking, use rank(unit)");
    }
    OptionalDouble r = rank(unit);
    return r.isPresent() ? OptionalInt.of((int) r.getAsDouble()) : OptionalInt.empty();
  }

  /**
   * Returns a unit's score.
   *
   * @param unit the unit's code
   * @return the score, or empty when the unit is unranked
   * @throws IllegalArgumentException if the unit is not part of the ranking
   */
  public Optional<BigDecimal> score(UnitCode unit) {
    requireKnown(unit);
    return Optional.ofNullable(scores.get(unit));
  }

  /**
   * Returns a unit's percentile rank {@code (r − 1) / (n − 1)}, with {@code r} the ascending rank with ties
   * "min": 1 for the best score, 0 for the worst (COINr {@code n_prank}).
   *
   * @param unit the unit's code
   * @return the percentile rank, or empty when the unit is unranked
   * @throws IllegalArgumentException if the unit is not part of the ranking, or fewer than two units are
   *     ranked
   */
  public OptionalDouble percentileRank(UnitCode unit) {
    requireKnown(unit);
    if (!scores.containsKey(unit)) {
      return OptionalDouble.empty();
    }
    List<UnitCode> units = new ArrayList<>(scores.keySet());
    double[] values = new double[units.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = scores.get(units.get(i)).doubleValue();
    }
    return OptionalDouble.of(Ranker.percentileRanks(values)[units.indexOf(unit)]);
  }

  /**
   * Returns each ranked unit's group under a grouping rule, e.g. its PAR INDEX band or PAPI quartile group.
   *
   * @param grouping the grouping rule
   * @return the label of each ranked unit, in rank order
   * @throws NullPointerException if {@code grouping} is null
   * @throws IllegalArgumentException if the grouping is undefined for these scores
   */
  public Map<UnitCode, String> groups(RankGrouping grouping) {
    Objects.requireNonNull(grouping, "grouping");
    List<BigDecimal> values = new ArrayList<>();
    for (UnitCode unit : rankOrder) {
      values.add(scores.get(unit));
    }
    List<String> labels = grouping.labels(values);
    Map<UnitCode, String> out = new LinkedHashMap<>();
    for (int i = 0; i < rankOrder.size(); i++) {
      out.put(rankOrder.get(i), labels.get(i));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns a unit's move since an earlier edition of the ranking.
   *
   * @param previous the earlier edition
   * @param unit the unit's code
   * @return the change, or empty when the unit is unranked in either edition or absent from the earlier one
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the unit is not part of this ranking
   * @throws IllegalStateException if either ranking is {@link RankingMethod#FRACTIONAL}
   */
  public Optional<RankChange> changeSince(Ranking previous, UnitCode unit) {
    Objects.requireNonNull(previous, "previous");
    OptionalInt now = place(unit);
    if (now.isEmpty() || !previous.contains(unit)) {
      return Optional.empty();
    }
    OptionalInt before = previous.place(unit);
    if (before.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new RankChange(before.getAsInt(), previous.universe(), now.getAsInt(), universe()));
  }

  /**
   * Tells whether a unit is part of the ranking, ranked or not.
   *
   * @param unit the unit's code
   * @return {@code true} when the unit is ranked or unranked here
   */
  public boolean contains(UnitCode unit) {
    return scores.containsKey(unit) || unranked.contains(unit);
  }

  /**
   * Returns a unit's rank as the press writes it: {@code "43/63"}, or {@code "59/63 (2 not ranked)"} when
   * some units are unranked, or {@code "not ranked"}.
   *
   * @param unit the unit's code
   * @return the text
   * @throws IllegalArgumentException if the unit is not part of the ranking
   */
  public String describe(UnitCode unit) {
    OptionalDouble r = rank(unit);
    if (r.isEmpty()) {
      return "not ranked";
    }
    double value = r.getAsDouble();
    String rank = NumberText.machine(value);
    int total = universe() + unranked.size();
    String text = rank + "/" + total;
    return unranked.isEmpty() ? text : text + " (" + unranked.size() + " not ranked)";
  }

  private void requireKnown(UnitCode unit) {
    Objects.requireNonNull(unit, "unit");
    if (!contains(unit)) {
      throw new IllegalArgumentException("unit must be part of the ranking, was '" + unit + "'");
    }
  }

  @Override
  public String toString() {
    return "Ranking[" + method + ", " + universe() + " ranked, " + unranked.size() + " unranked]";
  }
}
