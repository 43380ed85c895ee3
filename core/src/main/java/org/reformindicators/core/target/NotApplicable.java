package org.reformindicators.core.target;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.reformindicators.core.period.ReportingPeriod;

/**
 * The date from which a clause no longer applies, with the reason, such as {@code 2025-07-01} for the
 * district-level clauses T7b and T9b (the district level, cấp huyện, was abolished on that day).
 *
 * <p>A clause that is not applicable from a date is judged on the data up to the day before it; it is neither
 * an error nor a silent pass (the readings of Decision 1256/QĐ-UBND in {@code docs/plan-1256-model.md}).
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param from the first day on which the clause no longer applies
 * @param reason why, in Vietnamese and English
 */
public record NotApplicable(LocalDate from, BilingualText reason) implements Serializable {

  /**
   * Validates the arguments.
   *
   * @param from the first day on which the clause no longer applies
   * @param reason why
   * @throws NullPointerException if an argument is null
   */
  public NotApplicable {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Returns the last day on which the clause still applies.
   *
   * @return the day before {@link #from()}
   */
  public LocalDate lastApplicableDay() {
    return from.minusDays(1);
  }

  /**
   * Returns whether the clause applies on the given day.
   *
   * @param day the day
   * @return {@code true} if {@code day} is before {@link #from()}
   * @throws NullPointerException if {@code day} is null
   */
  public boolean appliesOn(LocalDate day) {
    return day.isBefore(from);
  }

  /**
   * Returns whether the clause applies during the whole of a period.
   *
   * @param period the period
   * @return {@code true} if the period ends before {@link #from()}; {@code false} for 2025 when the clause is not
   *     applicable from 2025-07-01
   * @throws NullPointerException if {@code period} is null
   */
  public boolean appliesThroughout(ReportingPeriod period) {
    return period.endDate().isBefore(from);
  }

  /**
   * Returns whether the clause applies during at least part of a period.
   *
   * @param period the period
   * @return {@code true} if the period starts before {@link #from()}; {@code true} for 2025 (January–June) when
   *     the clause is not applicable from 2025-07-01
   * @throws NullPointerException if {@code period} is null
   */
  public boolean appliesDuringPartOf(ReportingPeriod period) {
    return period.startDate().isBefore(from);
  }
}
