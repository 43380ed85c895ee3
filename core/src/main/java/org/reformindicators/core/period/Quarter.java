package org.reformindicators.core.period;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * A calendar quarter (quý), such as {@code 2025-Q3} (July–September, "Quý III/2025").
 *
 * <p>Canonical text: {@code 2025-Q3}, which is also the SDMX form; DHIS2 {@code 2025Q3} is read as the same
 * period. Display names: "Quý III/2025" in Vietnamese (Roman numeral), "Q3 2025" in English.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Quarter implements ReportingPeriod {

  private static final long serialVersionUID = 1L;

  private final int year;
  private final int quarter;

  private Quarter(int year, int quarter) {
    this.year = year;
    this.quarter = quarter;
  }

  /**
   * Returns the quarter {@code quarter} of {@code year}, such as {@code 2025-Q3} for {@code of(2025, 3)}.
   *
   * @param year the year, 1900–2100
   * @param quarter the quarter of the year, 1–4
   * @return the quarter
   * @throws IllegalArgumentException if {@code year} is outside 1900–2100 or {@code quarter} outside 1–4
   */
  public static Quarter of(int year, int quarter) {
    return new Quarter(Checks.year(year), Checks.range("quarter", quarter, 1, 4));
  }

  /**
   * Returns the quarter containing a day, such as {@code 2025-Q1} for 2025-03-31.
   *
   * @param date the day
   * @return the quarter containing {@code date}
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalArgumentException if the year is outside 1900–2100
   */
  public static Quarter containing(LocalDate date) {
    requireNonNull(date, "date");
    return of(date.getYear(), (date.getMonthValue() + 2) / 3);
  }

  /**
   * Returns the year, such as 2025 for {@code 2025-Q3}.
   *
   * @return the year, 1900–2100
   */
  public int year() {
    return year;
  }

  /**
   * Returns the quarter of the year, such as 3 for {@code 2025-Q3}.
   *
   * @return 1–4
   */
  public int quarter() {
    return quarter;
  }

  /**
   * Returns {@link PeriodKind#QUARTER}.
   *
   * @return {@link PeriodKind#QUARTER}
   */
  @Override
  public PeriodKind kind() {
    return PeriodKind.QUARTER;
  }

  /**
   * Returns the first day of the quarter's first month, such as 2025-07-01 for {@code 2025-Q3}.
   *
   * @return the first day, inclusive
   */
  @Override
  public LocalDate startDate() {
    return LocalDate.of(year, quarter * 3 - 2, 1);
  }

  /**
   * Returns the last day of the quarter's last month, such as 2025-09-30 for {@code 2025-Q3}.
   *
   * @return the last day, inclusive
   */
  @Override
  public LocalDate endDate() {
    return YearMonth.of(year, quarter * 3).atEndOfMonth();
  }

  /**
   * Returns the quarter {@code steps} quarters later, such as {@code 2026-Q1} for {@code 2025-Q3} plus 2.
   *
   * @param steps the number of quarters, may be negative
   * @return the shifted quarter
   * @throws IllegalArgumentException if the result is outside 1900–2100
   */
  @Override
  public Quarter plus(long steps) {
    Checks.steps(this, steps);
    long index = year * 4L + (quarter - 1) + steps;
    int newYear = Checks.shiftedYear(this, steps, Math.floorDiv(index, 4));
    return new Quarter(newYear, Math.floorMod(index, 4) + 1);
  }

  /**
   * Returns the next quarter, such as {@code 2026-Q1} after {@code 2025-Q4}.
   *
   * @return the next quarter
   * @throws IllegalArgumentException if this is {@code 2100-Q4}
   */
  @Override
  public Quarter next() {
    return plus(1);
  }

  /**
   * Returns the previous quarter, such as {@code 2024-Q4} before {@code 2025-Q1}.
   *
   * @return the previous quarter
   * @throws IllegalArgumentException if this is {@code 1900-Q1}
   */
  @Override
  public Quarter previous() {
    return plus(-1);
  }

  /**
   * Returns "Quý III/2025" in Vietnamese or "Q3 2025" in English.
   *
   * @param locale the reader's locale; Vietnamese for language {@code vi}, English otherwise
   * @return the display name
   * @throws NullPointerException if {@code locale} is null
   */
  @Override
  public String displayName(Locale locale) {
    return Names.vietnamese(locale)
        ? "Quý " + Names.romanQuarter(quarter) + "/" + year
        : "Q" + quarter + " " + year;
  }

  /**
   * Returns whether {@code other} is the same quarter.
   *
   * @param other the object to compare with
   * @return whether {@code other} is a {@code Quarter} with the same year and quarter
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Quarter that && year == that.year && quarter == that.quarter;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return year * 4 + quarter;
  }

  /**
   * Returns the canonical text, such as {@code 2025-Q3}.
   *
   * @return the year, {@code -Q} and the quarter
   */
  @Override
  public String toString() {
    return year + "-Q" + quarter;
  }
}
