package org.reformindicators.core.period;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A half of a calendar year, such as {@code 2025-S1} (January–June, "6 tháng đầu năm 2025") or {@code
 * 2025-S2} (July–December, "6 tháng cuối năm 2025").
 *
 * <p>Canonical text: {@code 2025-S1}, which is also the SDMX form; DHIS2 {@code 2025S1} is read as the same
 * period. Display names: "6 tháng đầu năm 2025" / "6 tháng cuối năm 2025" in Vietnamese, "first half of
 * 2025" / "second half of 2025" in English.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HalfYear implements ReportingPeriod {

  private static final long serialVersionUID = 1L;

  private final int year;
  private final int half;

  private HalfYear(int year, int half) {
    this.year = year;
    this.half = half;
  }

  /**
   * Returns the half {@code half} of {@code year}, such as {@code 2025-S1} for {@code of(2025, 1)}.
   *
   * @param year the year, 1900–2100
   * @param half 1 for January–June, 2 for July–December
   * @return the half-year
   * @throws IllegalArgumentException if {@code year} is outside 1900–2100 or {@code half} is not 1 or 2
   */
  public static HalfYear of(int year, int half) {
    return new HalfYear(Checks.year(year), Checks.range("half", half, 1, 2));
  }

  /**
   * Returns the half-year containing a day, such as {@code 2025-S2} for 2025-07-01.
   *
   * @param date the day
   * @return the half-year containing {@code date}
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalArgumentException if the year is outside 1900–2100
   */
  public static HalfYear containing(LocalDate date) {
    requireNonNull(date, "date");
    return of(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
  }

  /**
   * Returns the year, such as 2025 for {@code 2025-S1}.
   *
   * @return the year, 1900–2100
   */
  public int year() {
    return year;
  }

  /**
   * Returns the half of the year, such as 1 for {@code 2025-S1}.
   *
   * @return 1 or 2
   */
  public int half() {
    return half;
  }

  /**
   * Returns {@link PeriodKind#HALF_YEAR}.
   *
   * @return {@link PeriodKind#HALF_YEAR}
   */
  @Override
  public PeriodKind kind() {
    return PeriodKind.HALF_YEAR;
  }

  /**
   * Returns 1 January or 1 July, such as 2025-07-01 for {@code 2025-S2}.
   *
   * @return the first day, inclusive
   */
  @Override
  public LocalDate startDate() {
    return LocalDate.of(year, half == 1 ? 1 : 7, 1);
  }

  /**
   * Returns 30 June or 31 December, such as 2025-06-30 for {@code 2025-S1}.
   *
   * @return the last day, inclusive
   */
  @Override
  public LocalDate endDate() {
    return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
  }

  /**
   * Returns the half-year {@code steps} halves later, such as {@code 2026-S2} for {@code 2025-S1} plus 3.
   *
   * @param steps the number of half-years, may be negative
   * @return the shifted half-year
   * @throws IllegalArgumentException if the result is outside 1900–2100
   */
  @Override
  public HalfYear plus(long steps) {
    Checks.steps(this, steps);
    long index = year * 2L + (half - 1) + steps;
    int newYear = Checks.shiftedYear(this, steps, Math.floorDiv(index, 2));
    return new HalfYear(newYear, Math.floorMod(index, 2) + 1);
  }

  /**
   * Returns the next half-year, such as {@code 2026-S1} after {@code 2025-S2}.
   *
   * @return the next half-year
   * @throws IllegalArgumentException if this is {@code 2100-S2}
   */
  @Override
  public HalfYear next() {
    return plus(1);
  }

  /**
   * Returns the previous half-year, such as {@code 2024-S2} before {@code 2025-S1}.
   *
   * @return the previous half-year
   * @throws IllegalArgumentException if this is {@code 1900-S1}
   */
  @Override
  public HalfYear previous() {
    return plus(-1);
  }

  /**
   * Returns "6 tháng đầu năm 2025" / "6 tháng cuối năm 2025" in Vietnamese, "first half of 2025" /
   * "second half of 2025" in English.
   *
   * @param locale the reader's locale; Vietnamese for language {@code vi}, English otherwise
   * @return the display name
   * @throws NullPointerException if {@code locale} is null
   */
  @Override
  public String displayName(Locale locale) {
    if (Names.vietnamese(locale)) {
      return (half == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
    }
    return (half == 1 ? "first half of " : "second half of ") + year;
  }

  /**
   * Returns whether {@code other} is the same half-year.
   *
   * @param other the object to compare with
   * @return whether {@code other} is a {@code HalfYear} with the same year and half
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof HalfYear that && year == that.year && half == that.half;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return year * 2 + half;
  }

  /**
   * Returns the canonical text, such as {@code 2025-S1}.
   *
   * @return the year, {@code -S} and the half
   */
  @Override
  public String toString() {
    return year + "-S" + half;
  }
}
