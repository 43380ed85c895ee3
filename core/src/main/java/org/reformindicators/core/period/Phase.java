package org.reformindicators.core.period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A multi-year phase (giai đoạn) of two or more consecutive calendar years, such as {@code 2021/2025}
 * ("Giai đoạn 2021–2025"), the span of a five-year plan, or {@code 2018/2025}.
 *
 * <p>Both years are inclusive: {@code 2021/2025} runs from 2021-01-01 to 2025-12-31 and has five years. A
 * phase of one year would be that year, so a phase spans at least two years (one period, one text); {@link
 * ReportingPeriod#ofYears(int, int)} returns a {@link CalendarYear} or a phase as needed.
 *
 * <p>Canonical text: {@code 2021/2025}. Display names: "Giai đoạn 2021–2025" in Vietnamese, "2021–2025
 * phase" in English. {@link #next()} is the adjacent phase of the same length ({@code 2026/2030}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Phase implements ReportingPeriod {

  private static final long serialVersionUID = 1L;

  private final int firstYear;
  private final int lastYear;

  private Phase(int firstYear, int lastYear) {
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  /**
   * Returns the phase from {@code firstYear} to {@code lastYear}, both inclusive, such as {@code 2021/2025}
   * for {@code of(2021, 2025)}.
   *
   * @param firstYear the first year, 1900–2100
   * @param lastYear the last year, after {@code firstYear}, 1900–2100
   * @return the phase
   * @throws IllegalArgumentException if a year is outside 1900–2100, or {@code lastYear} is not after
   *     {@code firstYear}
   */
  public static Phase of(int firstYear, int lastYear) {
    Checks.year(firstYear);
    Checks.year(lastYear);
    if (lastYear < firstYear) {
      throw new IllegalArgumentException(
          "lastYear must not precede firstYear " + firstYear + ", was " + lastYear);
    }
    if (lastYear == firstYear) {
      throw new IllegalArgumentException(
          "lastYear must be after firstYear " + firstYear + ", was " + lastYear
              + ": a phase spans at least two years; use CalendarYear.of(" + firstYear
              + ") or ReportingPeriod.ofYears(" + firstYear + ", " + lastYear + ")");
    }
    return new Phase(firstYear, lastYear);
  }

  /**
   * Returns the first year, such as 2021 for {@code 2021/2025}.
   *
   * @return the first year
   */
  public int firstYear() {
    return firstYear;
  }

  /**
   * Returns the last year, inclusive, such as 2025 for {@code 2021/2025}.
   *
   * @return the last year
   */
  public int lastYear() {
    return lastYear;
  }

  /**
   * Returns the number of years, such as 5 for {@code 2021/2025}.
   *
   * @return the number of years, at least 2
   */
  public int lengthInYears() {
    return lastYear - firstYear + 1;
  }

  /**
   * Returns the years of this phase in order, such as {@code 2021, 2022, 2023, 2024, 2025} for {@code
   * 2021/2025}.
   *
   * @return the years, an unmodifiable list of {@link #lengthInYears()} elements
   */
  public List<CalendarYear> years() {
    List<CalendarYear> years = new ArrayList<>(lengthInYears());
    for (int year = firstYear; year <= lastYear; year++) {
      years.add(CalendarYear.of(year));
    }
    return List.copyOf(years);
  }

  /**
   * Returns {@link PeriodKind#PHASE}.
   *
   * @return {@link PeriodKind#PHASE}
   */
  @Override
  public PeriodKind kind() {
    return PeriodKind.PHASE;
  }

  /**
   * Returns 1 January of the first year, such as 2021-01-01 for {@code 2021/2025}.
   *
   * @return the first day, inclusive
   */
  @Override
  public LocalDate startDate() {
    return LocalDate.of(firstYear, 1, 1);
  }

  /**
   * Returns 31 December of the last year, such as 2025-12-31 for {@code 2021/2025}.
   *
   * @return the last day, inclusive
   */
  @Override
  public LocalDate endDate() {
    return LocalDate.of(lastYear, 12, 31);
  }

  /**
   * Returns the phase of the same length {@code steps} phases later, such as {@code 2031/2035} for {@code
   * 2021/2025} plus 2.
   *
   * @param steps the number of phases, may be negative
   * @return the shifted phase
   * @throws IllegalArgumentException if the result is outside 1900–2100
   */
  @Override
  public Phase plus(long steps) {
    Checks.steps(this, steps);
    long shift = steps * lengthInYears();
    return new Phase(
        Checks.shiftedYear(this, steps, firstYear + shift), Checks.shiftedYear(this, steps, lastYear + shift));
  }

  /**
   * Returns the adjacent later phase of the same length, such as {@code 2026/2030} after {@code 2021/2025}.
   *
   * @return the next phase
   * @throws IllegalArgumentException if it would end after 2100
   */
  @Override
  public Phase next() {
    return plus(1);
  }

  /**
   * Returns the adjacent earlier phase of the same length, such as {@code 2016/2020} before {@code
   * 2021/2025}.
   *
   * @return the previous phase
   * @throws IllegalArgumentException if it would start before 1900
   */
  @Override
  public Phase previous() {
    return plus(-1);
  }

  /**
   * Returns "Giai đoạn 2021–2025" in Vietnamese or "2021–2025 phase" in English (with an en dash).
   *
   * @param locale the reader's locale; Vietnamese for language {@code vi}, English otherwise
   * @return the display name
   * @throws NullPointerException if {@code locale} is null
   */
  @Override
  public String displayName(Locale locale) {
    String years = firstYear + "–" + lastYear;
    return Names.vietnamese(locale) ? "Giai đoạn " + years : years + " phase";
  }

  /**
   * Returns whether {@code other} is the same phase.
   *
   * @param other the object to compare with
   * @return whether {@code other} is a {@code Phase} with the same first and last years
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Phase that && firstYear == that.firstYear && lastYear == that.lastYear;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return firstYear * 31 + lastYear;
  }

  /**
   * Returns the canonical text, such as {@code 2021/2025}.
   *
   * @return the first year, a slash and the last year
   */
  @Override
  public String toString() {
    return firstYear + "/" + lastYear;
  }
}
