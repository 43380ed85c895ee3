package org.reformindicators.core.target;

import java.util.Objects;
import java.util.Optional;
import org.reformindicators.core.text.NumberText;

/**
 * An average gain in rank per year from a baseline, as a band of places, such as
 * {@code RankImprovementPerYear.of(5, 8, Baseline.of(CalendarYear.of(2020)))} for "xếp thứ hạng tăng bình quân mỗi
 * năm từ 5 - 8 bậc" (T1a).
 *
 * <p>The average is {@code (baseline rank − rank) / years}, in places a year (a gain is positive because 1 is
 * best). Like every band of the plan it is a commitment at its weaker end: {@link #minPlaces()} or more a year
 * meets it, more than {@link #maxPlaces()} exceeds it (the readings of Decision 1256/QĐ-UBND in {@code docs/plan-1256-model.md}).
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param minPlaces the weaker end, places a year, positive
 * @param maxPlaces the stronger end, places a year, not below {@code minPlaces}
 * @param baselineRank the period whose rank the average is measured from (2020 for T1a and T1c)
 */
public record RankImprovementPerYear(double minPlaces, double maxPlaces, Baseline baselineRank)
    implements TargetKind {

  /**
   * Validates the band.
   *
   * @param minPlaces the weaker end
   * @param maxPlaces the stronger end
   * @param baselineRank the baseline
   * @throws NullPointerException if {@code baselineRank} is null
   * @throws IllegalArgumentException if an end is not finite, {@code minPlaces ≤ 0}, {@code minPlaces > maxPlaces},
   *     or the stated baseline rank is below 1
   */
  public RankImprovementPerYear {
    Objects.requireNonNull(baselineRank, "baselineRank");
    Checks.requirePositive("rank improvement minPlaces", minPlaces);
    Checks.requireFinite("rank improvement maxPlaces", maxPlaces);
    if (minPlaces > maxPlaces) {
      throw new IllegalArgumentException(
          "rank improvement minPlaces must not exceed maxPlaces, was "
              + NumberText.machine(minPlaces)
              + " > "
              + NumberText.machine(maxPlaces));
    }
    if (baselineRank.value().isPresent() && baselineRank.value().getAsDouble() < 1) {
      throw new IllegalArgumentException(
          "baseline rank must be at least 1, was " + NumberText.machine(baselineRank.value().getAsDouble()));
    }
  }

  /**
   * Returns the band {@code minPlaces}–{@code maxPlaces} places a year from a baseline.
   *
   * @param minPlaces the weaker end
   * @param maxPlaces the stronger end
   * @param baselineRank the baseline
   * @return the kind
   * @throws NullPointerException if {@code baselineRank} is null
   * @throws IllegalArgumentException as the constructor
   */
  public static RankImprovementPerYear of(double minPlaces, double maxPlaces, Baseline baselineRank) {
    return new RankImprovementPerYear(minPlaces, maxPlaces, baselineRank);
  }

  /**
   * Returns the average gain in places a year: {@code (baselineRank − rank) / years}.
   *
   * @param baselineRank the rank at the baseline (in the same universe as {@code rank})
   * @param rank the rank now
   * @param years the years between the two, positive
   * @return places gained a year, negative for a loss
   * @throws IllegalArgumentException if a rank is below 1 or not finite, or {@code years} is not positive
   */
  public static double placesPerYear(double baselineRank, double rank, double years) {
    Checks.requireFinite("baseline rank", baselineRank);
    Checks.requireFinite("rank", rank);
    if (baselineRank < 1 || rank < 1) {
      throw new IllegalArgumentException(
          "ranks must be at least 1, was " + NumberText.machine(baselineRank) + " and " + NumberText.machine(rank));
    }
    Checks.requirePositive("years", years);
    return (baselineRank - rank) / years;
  }

  /**
   * Returns whether an average gain meets the band: {@code placesPerYear ≥ minPlaces}.
   *
   * @param placesPerYear the average gain
   * @return {@code true} if at least the weaker end
   */
  public boolean isMet(double placesPerYear) {
    return placesPerYear >= minPlaces;
  }

  /**
   * Returns whether an average gain is better than the whole band: {@code placesPerYear > maxPlaces}.
   *
   * @param placesPerYear the average gain
   * @return {@code true} if above the stronger end
   */
  public boolean isExceeded(double placesPerYear) {
    return placesPerYear > maxPlaces;
  }

  @Override
  public Optional<Baseline> baseline() {
    return Optional.of(baselineRank);
  }

  @Override
  public String kindName() {
    return "rank-improvement-per-year";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * Returns the kind as text, such as {@code +5–8 places a year from 2020}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "+" + NumberText.machine(minPlaces) + "–" + NumberText.machine(maxPlaces) + " places a year from "
        + baselineRank;
  }
}
