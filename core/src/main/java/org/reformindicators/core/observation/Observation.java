package org.reformindicators.core.observation;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.text.NumberText;

/**
 * One value of one indicator for one administrative unit and one reporting period, such as Quảng Ngãi's PCI rank
 * in 2020: {@code PCI_RANK, unit 51, period 2020, value 36} of a universe of 63, status {@code A}.
 *
 * <p>The value is a finite {@code double} ({@code NaN} and infinities are rejected). A missing value is explicit:
 * the observation has no value and a missing-value {@linkplain ObservationStatus status} ({@code M}, {@code O},
 * {@code L}, {@code Q} or {@code H}); conversely a missing-value status never comes with a value. A value published
 * only as a range (a rank "worse than 30 of 63") is a {@linkplain #bound() bound} instead of a value, with any
 * status. The {@linkplain
 * #universe() universe} is the number of units actually ranked (63, or 61 when two provinces went unscored). The
 * {@linkplain #breakdown() breakdown} is a {@link BreakdownKey}, such as
 * {@code SECTOR=LAND}. This type checks what it can alone; checks against an indicator definition and a unit
 * registry are made by {@link ObservationValidator}, and the checks of what a rank claims (a whole number from 1 to
 * its universe) by {@link RankRules}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Observation {

  /** Only the generated implementation extends this type. */
  Observation() {}

  /**
   * Returns a builder; {@code indicator}, {@code unit} and {@code period} are required, the status defaults to
   * {@link ObservationStatus#NORMAL_VALUE}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a normal observation ({@code A}) without breakdown.
   *
   * @param indicator the indicator code
   * @param unit the unit code
   * @param period the period
   * @param value the value, finite
   * @return the observation
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public static Observation of(IndicatorCode indicator, UnitCode unit, ReportingPeriod period, double value) {
    return builder().indicator(indicator).unit(unit).period(period).value(value).build();
  }

  /**
   * Returns a normal rank observation ({@code A}), such as 36 of 63.
   *
   * @param indicator the indicator code, for example {@code PCI_RANK}
   * @param unit the unit code
   * @param period the period
   * @param rank the place, 1 = best
   * @param universe the number of units ranked
   * @return the observation
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code universe} is less than 1
   */
  public static Observation rank(
      IndicatorCode indicator, UnitCode unit, ReportingPeriod period, int rank, int universe) {
    return builder().indicator(indicator).unit(unit).period(period).value(rank).universe(universe).build();
  }

  /**
   * Returns an observation without value.
   *
   * @param indicator the indicator code
   * @param unit the unit code
   * @param period the period
   * @param status a missing-value status
   * @return the observation
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code status} is not a missing-value status
   */
  public static Observation missing(
      IndicatorCode indicator, UnitCode unit, ReportingPeriod period, ObservationStatus status) {
    return builder().indicator(indicator).unit(unit).period(period).status(status).build();
  }

  /**
   * Returns the indicator code.
   *
   * @return the indicator code
   */
  public abstract IndicatorCode indicator();

  /**
   * Returns the code of the administrative unit; with the period it identifies the unit in a {@link
   * org.reformindicators.core.area.UnitRegistry} (a code may be reused by a successor).
   *
   * @return the unit code, for example {@code 51}
   */
  public abstract UnitCode unit();

  /**
   * Returns the reporting period.
   *
   * @return the period
   */
  public abstract ReportingPeriod period();

  /**
   * Returns the value.
   *
   * @return the finite value, or empty exactly when the status is a missing-value status
   */
  public abstract OptionalDouble value();

  /**
   * Returns the SDMX observation status.
   *
   * @return the status, {@link ObservationStatus#NORMAL_VALUE} unless given
   */
  @Value.Default
  public ObservationStatus status() {
    return ObservationStatus.NORMAL_VALUE;
  }

  /**
   * Returns the number of units ranked, for a rank.
   *
   * @return the universe, at least 1, or empty
   */
  public abstract OptionalInt universe();

  /**
   * Returns the breakdown, such as {@code SECTOR=LAND}.
   *
   * @return the breakdown; {@link BreakdownKey#TOTAL} (the default) for the total
   */
  @Value.Default
  public BreakdownKey breakdown() {
    return BreakdownKey.TOTAL;
  }

  /**
   * Returns the inclusive bounds of a value published only as a range, such as a rank "worse than 30 of 63"
   * ({@code 31–63}); an observation with a bound has no value (the observation CSV columns {@code lower} and
   * {@code upper}), and may have any status.
   *
   * @return the bound, or empty
   */
  public abstract Optional<Bound> bound();

  /**
   * Returns the numerator behind a value derived from records, such as 412 dossiers passed electronically of 500:
   * the count (or, for a mean, the sum) from which the value was computed, so that ratios re-aggregate exactly
   * (the observation CSV column {@code numerator}, {@code docs/formats/observations.md}).
   *
   * @return the numerator, finite and not negative, present exactly when the denominator is; or empty
   */
  public abstract OptionalDouble numerator();

  /**
   * Returns the denominator behind a value derived from records, such as 500 dossiers received.
   *
   * @return the denominator, finite and positive, present exactly when the numerator is; or empty
   */
  public abstract OptionalDouble denominator();

  /**
   * Returns a free-text note, such as "59/63, 2 not ranked".
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns where the value was published, such as "VCCI, PCI 2020 report".
   *
   * @return the source, or empty
   */
  public abstract Optional<String> source();

  /**
   * Returns the key of this observation: indicator, unit, period and breakdown.
   *
   * @return the key
   */
  @Value.Lazy
  public ObservationKey key() {
    return new ObservationKey(indicator(), unit(), period(), breakdown());
  }

  /**
   * Returns the value as text, such as {@code "36 of 63"} for a rank, {@code "31–63 of 63"} for a bounded rank,
   * {@code "63.2"} or {@code "missing (O)"}.
   *
   * @return the value or the bound, its universe if any, or the missing-value status
   */
  public String valueText() {
    if (value().isEmpty() && bound().isPresent()) {
      String range = bound().get().toString();
      return universe().isPresent() ? range + " of " + universe().getAsInt() : range;
    }
    if (value().isEmpty()) {
      return "missing (" + status().code() + ")";
    }
    String value = NumberText.machine(value().getAsDouble());
    return universe().isPresent() ? value + " of " + universe().getAsInt() : value;
  }

  /**
   * Returns the key and value as text for messages, such as {@code "PCI_RANK, unit 51, period 2020, value 64 of
   * 63"} or {@code "PAPI, unit 51, period 2022, value missing (O)"}.
   *
   * @return the description
   */
  public String describe() {
    return key() + ", value " + valueText();
  }

  /**
   * Validates the observation on its own.
   *
   * <p>A value of negative zero is normalised to zero, so that equal numbers make equal observations.
   *
   * @return this observation, or an equal one with {@code -0.0} replaced by {@code 0.0}
   * @throws IllegalArgumentException if the unit code, the value, the status, the universe, the breakdown, the
   *     note or the source is impossible; the message names the indicator, unit and period
   */
  @Value.Check
  public Observation check() {
    // The message prefix is built only for a failure: a set of a million observations builds them on access.
    OptionalDouble value = value();
    if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
      throw new IllegalArgumentException(
          where() + ": value must be finite (a missing value has no value and a missing status), was "
              + value.getAsDouble());
    }
    if (bound().isPresent() && value.isPresent()) {
      throw new IllegalArgumentException(
          where() + ": a bound comes instead of a value, was value " + NumberText.machine(value.getAsDouble())
              + " and bound " + bound().get());
    }
    if (value.isEmpty() && bound().isEmpty() && !status().isMissing()) {
      throw new IllegalArgumentException(
          where() + ": a value or a bound is required with status " + status().code()
              + " (only M, O, L, Q and H mark a missing value), was none");
    }
    if (value.isPresent() && status().isMissing()) {
      throw new IllegalArgumentException(
          where() + ": missing-value status " + status().code() + " must come without a value, was "
              + NumberText.machine(value.getAsDouble()));
    }
    if (universe().isPresent() && universe().getAsInt() < 1) {
      throw new IllegalArgumentException(where() + ": universe must be at least 1, was " + universe().getAsInt());
    }
    if (numerator().isPresent() || denominator().isPresent()) {
      checkCounts();
    }
    note().ifPresent(text -> requireText(this, "note", text));
    source().ifPresent(text -> requireText(this, "source", text));
    if (value.isPresent() && Double.doubleToRawLongBits(value.getAsDouble()) == Long.MIN_VALUE) {
      return builder().from(this).value(0.0).build();
    }
    return this;
  }

  private void checkCounts() {
    if (numerator().isEmpty() || denominator().isEmpty()) {
      throw new IllegalArgumentException(
          where() + ": numerator and denominator must be given together, was " + (numerator().isPresent()
              ? "a numerator without denominator" : "a denominator without numerator"));
    }
    double numerator = numerator().getAsDouble();
    double denominator = denominator().getAsDouble();
    if (!Double.isFinite(numerator) || numerator < 0) {
      throw new IllegalArgumentException(where() + ": numerator must be finite and not negative, was " + numerator);
    }
    if (!Double.isFinite(denominator) || denominator <= 0) {
      throw new IllegalArgumentException(where() + ": denominator must be finite and positive, was " + denominator);
    }
  }

  private String where() {
    return indicator() + ", unit " + unit() + ", period " + period();
  }

  private static void requireText(Observation observation, String field, String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException(observation.where() + ": " + field + " must not be blank when present, was '" + text + "'");
    }
  }

  /**
   * Builds {@link Observation} values: one setter per attribute (lists also take {@code add…} and {@code addAll…}),
   * {@code from(…)} to start from an existing value, and {@code build()}, which validates. The implementation
   * is generated and not part of the API.
   *
   * <p>Instances are not thread-safe.
   */
  public static final class Builder extends ImmutableObservation.Builder {
    Builder() {}
  }
}
