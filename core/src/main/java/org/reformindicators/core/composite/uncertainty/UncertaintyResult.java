package org.reformindicators.core.composite.uncertainty;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.reformindicators.core.area.UnitCode;

/**
 * The outcome of a Monte Carlo uncertainty analysis: for every scored unit its nominal, median, 5th and 95th
 * percentile rank, such as {@code interval("51")} → {@code nominal 41, [35, 46]}.
 *
 * <p>Units without a nominal total are listed as unranked and took no part. Immutable and thread-safe.
 */
public final class UncertaintyResult {

  private final List<UnitRankInterval> intervals;
  private final List<UnitCode> unrankedUnits;
  private final int draws;
  private final long seed;
  private final Map<UnitCode, Integer> position = new HashMap<>();
  private final int[] counts;

  UncertaintyResult(
      List<UnitRankInterval> intervals, List<UnitCode> unrankedUnits, int draws, long seed, int[] counts) {
    this.intervals = List.copyOf(intervals);
    this.unrankedUnits = List.copyOf(unrankedUnits);
    this.draws = draws;
    this.seed = seed;
    this.counts = counts.clone();
    for (int i = 0; i < this.intervals.size(); i++) {
      position.put(this.intervals.get(i).unit(), i);
    }
  }

  /**
   * Returns every scored unit's interval, in data-matrix order.
   *
   * @return the intervals
   */
  public List<UnitRankInterval> intervals() {
    return intervals;
  }

  /**
   * Returns a unit's interval.
   *
   * @param unit the unit's code
   * @return the interval, or empty when the unit is unranked or unknown
   * @throws NullPointerException if {@code unit} is null
   */
  public Optional<UnitRankInterval> interval(UnitCode unit) {
    Integer i = position.get(Objects.requireNonNull(unit, "unit"));
    return i == null ? Optional.empty() : Optional.of(intervals.get(i));
  }

  /**
   * Returns how often a unit took each rank over the draws.
   *
   * @param unit the unit's code of a scored unit
   * @return an array of length {@code n + 1} ({@code n} scored units) whose entry {@code r} counts the draws
   *     in which the unit ranked {@code r} (entry 0 is always 0); the entries sum to {@link #draws()}
   * @throws NullPointerException if {@code unit} is null
   * @throws IllegalArgumentException if the unit is not a scored unit
   */
  public int[] rankCounts(UnitCode unit) {
    Integer i = position.get(Objects.requireNonNull(unit, "unit"));
    if (i == null) {
      throw new IllegalArgumentException("unit must be a scored unit of the analysis, was '" + unit + "'");
    }
    int stride = intervals.size() + 1;
    int[] out = new int[stride];
    System.arraycopy(counts, i * stride, out, 0, stride);
    return out;
  }

  /**
   * Returns the units without a nominal total.
   *
   * @return the unranked units
   */
  public List<UnitCode> unrankedUnits() {
    return unrankedUnits;
  }

  /**
   * Returns the number of draws.
   *
   * @return the draws
   */
  public int draws() {
    return draws;
  }

  /**
   * Returns the seed used.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }
}
