package org.reformindicators.core.evaluation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.period.ReportingPeriod;

/**
 * The part of a clause an assessment covers, such as {@code SECTOR=LAND} (one breakdown value), {@code 2022}
 * (one period of a recurring clause) or {@code until 2025-06-30} (a lapsed clause judged up to its last day).
 *
 * <p>Each part's {@code toString()} gives the canonical text and {@link #parse(CharSequence)} reads it back. Immutable and
 * thread-safe.
 */
public sealed interface ClausePart permits ClausePart.ByBreakdown, ClausePart.InPeriod, ClausePart.UpTo {

  /**
   * Reads a part from its canonical text: {@code until 2025-06-30}, {@code SECTOR=LAND} or a period such as
   * {@code 2022}.
   *
   * @param text the text
   * @return the part
   * @throws IllegalArgumentException if the text is none of these forms
   * @throws NullPointerException if {@code text} is null
   */
  static ClausePart parse(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString();
    if (s.startsWith(UpTo.PREFIX)) {
      try {
        return new UpTo(LocalDate.parse(s.substring(UpTo.PREFIX.length())));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("part must be 'until' and a date such as 2025-06-30, was '" + s + "'");
      }
    }
    int eq = s.indexOf('=');
    if (eq >= 0) {
      return new ByBreakdown(s.substring(0, eq), s.substring(eq + 1));
    }
    return new InPeriod(ReportingPeriod.parse(s));
  }

  /**
   * One value of a breakdown, such as {@code SECTOR=LAND}.
   *
   * @param dimension the breakdown dimension, e.g. {@code SECTOR}
   * @param value the value, e.g. {@code LAND}
   */
  record ByBreakdown(String dimension, String value) implements ClausePart {

    /**
     * Checks the dimension and value.
     *
     * @param dimension the dimension
     * @param value the value
     * @throws IllegalArgumentException if the pair is not a valid {@link BreakdownKey} (its one message)
     * @throws NullPointerException if either is null
     */
    public ByBreakdown {
      BreakdownKey.of(dimension, value);
    }

    /**
     * Returns the pair as a breakdown key.
     *
     * @return the key {@code DIMENSION=VALUE}
     */
    public BreakdownKey key() {
      return BreakdownKey.of(dimension, value);
    }

    /**
     * Returns {@code DIMENSION=VALUE}.
     *
     * @return the canonical text
     */
    @Override
    public String toString() {
      return dimension + "=" + value;
    }
  }

  /**
   * One period of a recurring clause, such as {@code 2022}.
   *
   * @param period the period
   */
  record InPeriod(ReportingPeriod period) implements ClausePart {

    /**
     * Checks the period.
     *
     * @param period the period
     * @throws NullPointerException if {@code period} is null
     */
    public InPeriod {
      Objects.requireNonNull(period, "period");
    }

    /**
     * Returns the period's canonical text.
     *
     * @return the canonical text, e.g. {@code 2022}
     */
    @Override
    public String toString() {
      return period.toString();
    }
  }

  /**
   * A lapsed clause judged on the data up to its last applicable day, such as {@code until 2025-06-30}.
   *
   * @param lastDay the last day the clause applied
   */
  record UpTo(LocalDate lastDay) implements ClausePart {

    private static final String PREFIX = "until ";

    /**
     * Checks the day.
     *
     * @param lastDay the lastDay
     * @throws NullPointerException if {@code lastDay} is null
     */
    public UpTo {
      Objects.requireNonNull(lastDay, "lastDay");
    }

    /**
     * Returns {@code until} and the day.
     *
     * @return the canonical text, e.g. {@code until 2025-06-30}
     */
    @Override
    public String toString() {
      return PREFIX + lastDay;
    }
  }
}
