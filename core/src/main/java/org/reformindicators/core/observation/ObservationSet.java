package org.reformindicators.core.observation;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.area.UnitRegistry;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCatalogue;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.ReportingPeriod;

/**
 * An immutable, indexed set of observations, such as Quảng Ngãi's published PCI, PAPI and PAR INDEX results, with
 * fast lookup of a {@link TimeSeries} by indicator and unit.
 *
 * <p><b>Keys are unique.</b> An observation's key is its indicator, unit, period and breakdown. When several
 * observations share a key, identical ones are collapsed into one; different ones (in value, status, universe, note
 * or source) are conflicts, and building the set throws a {@link ConflictingObservationsException} listing every
 * conflict with both observations. Nothing is dropped silently.
 *
 * <p><b>Order independence.</b> The observations are kept in a canonical order (indicator, unit, breakdown, period),
 * so two sets built from the same observations in any order, with any identical duplicates, are equal and iterate
 * alike.
 *
 * <p><b>Storage.</b> The observations are held in columns, not as objects: each series (indicator, unit,
 * breakdown) once, then per observation the rank of its period, its value as a {@code double} and its status as
 * a byte, about 16 bytes per observation for a million commune values (issue 14, {@code docs/benchmarks.md});
 * an observation with a universe, a note, a source, counts or a {@linkplain Observation#bound() bound} is also kept
 * whole, and the bounded ones are also listed aside ({@link #boundedObservations()}). {@link #observations()}, {@link
 * #find(ObservationKey)} and {@link #crossSection(IndicatorCode, ReportingPeriod)} build the {@link Observation}
 * objects they return, equal to those added (not always the same instances); {@link #series(IndicatorCode,
 * UnitCode)} and {@link #allSeries()} build each {@link TimeSeries} once, on first request, and keep it.
 *
 * <p><b>Lookups</b> use an index of the series built once: {@link #series(IndicatorCode, UnitCode)} costs O(1)
 * plus the size of the answer, {@link #find(IndicatorCode, UnitCode, ReportingPeriod)} O(log n) in the length of
 * the series, and {@link #crossSection(IndicatorCode, ReportingPeriod)} O(log n) per series of the indicator.
 *
 * <p>Validation against indicator definitions and a unit registry happens when observations are added to a builder
 * made with {@link #builder(IndicatorCatalogue)} or {@link #builder(IndicatorCatalogue, UnitRegistry)}.
 *
 * <p><b>Why its builder is written by hand.</b> The project writes value types as records or Immutables types
 * ({@code docs/architecture.md}); {@link Builder} is the exception on purpose: it is not a bag of attributes
 * but a columnar accumulator that validates each observation against the catalogue and registry as it is added,
 * appends it to primitive columns, and detects duplicate and conflicting keys when the set is built, which a
 * generated builder cannot do without holding every observation as an object.
 *
 * <p>This type is immutable and thread-safe.
 */
public final class ObservationSet {

  /** Canonical order of keys: indicator, unit, breakdown (as text), then period. */
  static final Comparator<ObservationKey> KEY_ORDER =
      Comparator.comparing(ObservationKey::indicator)
          .thenComparing(ObservationKey::unit)
          .thenComparing(ObservationKey::breakdown)
          .thenComparing(ObservationKey::period);

  private static final ObservationSet EMPTY = new Builder(Optional.empty()).build();

  private final ObservationColumns columns;
  /** Series number by indicator, unit and breakdown. */
  private final SeriesIndex seriesIndex;
  /** Rank of each period among {@link ObservationColumns#periods}. */
  private final Map<ReportingPeriod, Integer> periodRanks;
  /** What the {@link SeriesValues} views of this set share. */
  private final SeriesValues.Shared views;
  /** The sorted unit codes, made on first request; volatile, so a set shared between threads publishes it whole. */
  private volatile SortedSet<UnitCode> units;
  /** Series built on first request; racy but safe, as a {@link TimeSeries} is immutable with final fields. */
  private final TimeSeries[] seriesCache;

  private final List<Observation> observations;
  private final List<TimeSeries> allSeries;
  private final Optional<ReportingPeriod> latestPeriod;
  /** The few observations with a bound instead of a value, in canonical order: a side table of the rich rows. */
  private final List<Observation> bounded;

  private ObservationSet(ObservationColumns columns) {
    this.columns = columns;
    int count = columns.seriesCount();
    this.seriesIndex = new SeriesIndex(columns);
    Map<ReportingPeriod, Integer> ranks = new HashMap<>();
    ReportingPeriod latest = null;
    for (int rank = 0; rank < columns.periods.length; rank++) {
      ranks.put(columns.periods[rank], rank);
      latest = later(latest, columns.periods[rank]);
    }
    this.periodRanks = ranks;
    this.views = new SeriesValues.Shared(columns);
    this.seriesCache = new TimeSeries[count];
    this.observations = new Rows();
    this.allSeries = new SeriesList();
    this.latestPeriod = Optional.ofNullable(latest);
    List<Observation> withBound = new ArrayList<>();
    for (Observation rich : columns.richObservations) {
      if (rich.bound().isPresent()) {
        withBound.add(rich);
      }
    }
    this.bounded = List.copyOf(withBound);
  }

  /** The observations, each built when asked for. */
  private final class Rows extends AbstractList<Observation> implements RandomAccess {
    @Override
    public Observation get(int index) {
      Objects.checkIndex(index, columns.size());
      return columns.observation(columns.seriesOf(index), index);
    }

    @Override
    public int size() {
      return columns.size();
    }
  }

  /** The series, each built once when asked for. */
  private final class SeriesList extends AbstractList<TimeSeries> implements RandomAccess {
    @Override
    public TimeSeries get(int index) {
      Objects.checkIndex(index, columns.seriesCount());
      return series(index);
    }

    @Override
    public int size() {
      return columns.seriesCount();
    }
  }

  private TimeSeries series(int index) {
    TimeSeries cached = seriesCache[index];
    if (cached == null) {
      int start = columns.seriesStarts[index];
      Observation[] run = new Observation[columns.seriesStarts[index + 1] - start];
      for (int i = 0; i < run.length; i++) {
        run[i] = columns.observation(index, start + i);
      }
      // The canonical order sorts by period last, so each run is one series already in period order.
      cached = TimeSeries.ofSorted(Arrays.asList(run));
      seriesCache[index] = cached;
    }
    return cached;
  }

  /** Returns the period that ends later; of two ending on the same day, the later one in natural order. */
  private static ReportingPeriod later(ReportingPeriod current, ReportingPeriod candidate) {
    if (current == null) {
      return candidate;
    }
    int byEnd = candidate.endDate().compareTo(current.endDate());
    return byEnd > 0 || (byEnd == 0 && candidate.compareTo(current) > 0) ? candidate : current;
  }

  /**
   * Returns the empty set.
   *
   * @return a set without observations
   */
  public static ObservationSet empty() {
    return EMPTY;
  }

  /**
   * Returns a set of the given observations, without validation against definitions.
   *
   * @param observations the observations, in any order
   * @return the set
   * @throws NullPointerException if {@code observations} or an element is null
   * @throws ConflictingObservationsException if two different observations share a key
   */
  public static ObservationSet of(Collection<Observation> observations) {
    return builder().addAll(observations).build();
  }

  /**
   * Returns a builder that validates nothing beyond each observation's own checks.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(Optional.empty());
  }

  /**
   * Returns a builder that validates each added observation against the indicator definitions.
   *
   * @param catalogue the indicator definitions
   * @return a new builder
   * @throws NullPointerException if {@code catalogue} is null
   */
  public static Builder builder(IndicatorCatalogue catalogue) {
    return new Builder(Optional.of(ObservationValidator.of(catalogue)));
  }

  /**
   * Returns a builder that validates each added observation against the indicator definitions and the unit
   * registry.
   *
   * @param catalogue the indicator definitions
   * @param registry the administrative units
   * @return a new builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(IndicatorCatalogue catalogue, UnitRegistry registry) {
    return new Builder(Optional.of(ObservationValidator.of(catalogue, registry)));
  }

  /**
   * Returns a builder that validates each added observation with the given validator.
   *
   * @param validator the validator
   * @return a new builder
   * @throws NullPointerException if {@code validator} is null
   */
  public static Builder builder(ObservationValidator validator) {
    return new Builder(Optional.of(Objects.requireNonNull(validator, "validator")));
  }

  /**
   * Returns the observations in canonical order (indicator, unit, breakdown, period).
   *
   * @return an unmodifiable list
   */
  public List<Observation> observations() {
    return observations;
  }

  /**
   * Returns the number of observations.
   *
   * @return the size
   */
  public int size() {
    return columns.size();
  }

  /**
   * Returns whether the set has no observation.
   *
   * @return {@code true} if empty
   */
  public boolean isEmpty() {
    return columns.size() == 0;
  }

  /**
   * Returns the observations that carry a {@linkplain Observation#bound() bound} instead of a value, such as a PCI
   * rank published only as "worse than 30 of 63", in canonical order. They are few, and kept aside, so that an
   * evaluation finds them without a scan of the set.
   *
   * @return an unmodifiable list, empty when no observation is bounded
   */
  public List<Observation> boundedObservations() {
    return bounded;
  }

  /**
   * Returns the series of an indicator for a unit, without breakdown (the totals).
   *
   * @param indicator the indicator code
   * @param unit the unit code
   * @return the series in period order; empty when the set has none
   * @throws NullPointerException if an argument is null
   */
  public TimeSeries series(IndicatorCode indicator, UnitCode unit) {
    return series(indicator, unit, BreakdownKey.TOTAL);
  }

  /**
   * Returns the series of an indicator for a unit and one breakdown.
   *
   * @param indicator the indicator code
   * @param unit the unit code
   * @param breakdown the breakdown, such as {@code SECTOR=LAND}
   * @return the series in period order; empty when the set has none
   * @throws NullPointerException if an argument is null
   */
  public TimeSeries series(IndicatorCode indicator, UnitCode unit, BreakdownKey breakdown) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(breakdown, "breakdown");
    int found = seriesIndex.of(indicator, unit, breakdown);
    return found >= 0 ? series(found) : TimeSeries.empty(indicator, unit, breakdown);
  }

  /**
   * Returns the series of an indicator for a unit and one breakdown read in place from the set's columns: the
   * rows of {@link #series(IndicatorCode, UnitCode, BreakdownKey)} with no observation built.
   *
   * @param indicator the indicator code
   * @param unit the unit code
   * @param breakdown the breakdown, {@link BreakdownKey#TOTAL} for the totals
   * @return the series in period order; empty when the set has none
   * @throws NullPointerException if an argument is null
   */
  public SeriesValues seriesValues(IndicatorCode indicator, UnitCode unit, BreakdownKey breakdown) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(breakdown, "breakdown");
    int found = seriesIndex.of(indicator, unit, breakdown);
    return found < 0 ? SeriesValues.empty() : views.series(found);
  }

  /**
   * Returns every series, in canonical order.
   *
   * @return an unmodifiable list of the series
   */
  public List<TimeSeries> allSeries() {
    return allSeries;
  }

  /**
   * Finds the observation of a key.
   *
   * @param key the key
   * @return the observation, or empty
   * @throws NullPointerException if {@code key} is null
   */
  public Optional<Observation> find(ObservationKey key) {
    Objects.requireNonNull(key, "key");
    int series = seriesIndex.of(key.indicator(), key.unit(), key.breakdown());
    Integer period = periodRanks.get(key.period());
    if (series < 0 || period == null) {
      return Optional.empty();
    }
    int row = columns.rowOf(series, period);
    return row < 0 ? Optional.empty() : Optional.of(columns.observation(series, row));
  }

  /**
   * Finds the observation of an indicator, unit and period, without breakdown.
   *
   * @param indicator the indicator code
   * @param unit the unit code
   * @param period the period
   * @return the observation, or empty
   * @throws NullPointerException if an argument is null
   */
  public Optional<Observation> find(IndicatorCode indicator, UnitCode unit, ReportingPeriod period) {
    return find(new ObservationKey(indicator, unit, period, BreakdownKey.TOTAL));
  }

  /**
   * Returns the observations of one indicator in one period across units, without breakdown, such as every
   * province's PCI 2020, ordered by unit code.
   *
   * @param indicator the indicator code
   * @param period the period
   * @return the observations, possibly empty
   * @throws NullPointerException if an argument is null
   */
  public List<Observation> crossSection(IndicatorCode indicator, ReportingPeriod period) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(period, "period");
    Integer rank = periodRanks.get(period);
    if (rank == null) {
      return List.of();
    }
    // Series are sorted by indicator first: find the indicator's run of series, then each unit's total.
    IndicatorCode[] indicators = columns.seriesIndicators;
    int first = Arrays.binarySearch(indicators, indicator);
    if (first < 0) {
      return List.of();
    }
    while (first > 0 && indicators[first - 1].equals(indicator)) {
      first--;
    }
    List<Observation> found = new ArrayList<>();
    for (int s = first; s < indicators.length && indicators[s].equals(indicator); s++) {
      if (columns.seriesBreakdowns[s].isTotal()) {
        int row = columns.rowOf(s, rank);
        if (row >= 0) {
          found.add(columns.observation(s, row));
        }
      }
    }
    return List.copyOf(found);
  }

  /**
   * Returns the indicator codes present.
   *
   * @return the sorted codes
   */
  public SortedSet<IndicatorCode> indicators() {
    TreeSet<IndicatorCode> codes = new TreeSet<>(Arrays.asList(columns.seriesIndicators));
    return Collections.unmodifiableSortedSet(codes);
  }

  /**
   * Returns the unit codes present, sorted once per set on first request (a plan evaluated unit by unit asks each
   * time whether its unit is present).
   *
   * @return the sorted codes, unmodifiable
   */
  public SortedSet<UnitCode> units() {
    SortedSet<UnitCode> sorted = units;
    if (sorted == null) {
      sorted = Collections.unmodifiableSortedSet(new TreeSet<>(Arrays.asList(columns.seriesUnits)));
      units = sorted;
    }
    return sorted;
  }

  /**
   * Returns the period that ends latest among all observations, which an evaluation uses as its default as-of
   * date; of periods ending on the same day, the last in natural order (the shortest, e.g. {@code 2025-Q4} rather
   * than {@code 2025}).
   *
   * @return the latest period, or empty for an empty set
   */
  public Optional<ReportingPeriod> latestPeriod() {
    return latestPeriod;
  }

  /**
   * Returns the observations that satisfy a condition, as a set.
   *
   * @param condition the condition
   * @return the subset
   * @throws NullPointerException if {@code condition} is null
   */
  public ObservationSet filter(Predicate<? super Observation> condition) {
    Objects.requireNonNull(condition, "condition");
    Builder kept = builder();
    for (Observation observation : observations) {
      if (condition.test(observation)) {
        kept.add(observation);
      }
    }
    return kept.build();
  }

  /**
   * Returns the union of this set and another.
   *
   * @param other the other set
   * @return a set with the observations of both; identical observations are kept once
   * @throws NullPointerException if {@code other} is null
   * @throws ConflictingObservationsException if the two sets hold different observations for a key
   */
  public ObservationSet plus(ObservationSet other) {
    Objects.requireNonNull(other, "other");
    return builder().addAll(observations).addAll(other.observations).build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ObservationSet that && columns.sameAs(that.columns);
  }

  @Override
  public int hashCode() {
    return columns.hash();
  }

  /**
   * Returns a summary, such as {@code "ObservationSet[12 observations, 4 series]"}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "ObservationSet[" + columns.size() + " observations, " + columns.seriesCount() + " series]";
  }

  /**
   * Receives the observations that repeat the key of an observation added before them, such as the second of two
   * CSV rows for {@code PCI, unit 51, period 2020}, for {@link Builder#buildKeepingFirst(RepeatedKeys)}.
   */
  @FunctionalInterface
  public interface RepeatedKeys {
    /**
     * Takes one repeated observation with the first observation of its key.
     *
     * @param firstIndex the position of the first observation of the key among those added (0 for the first added)
     * @param first the first observation of the key, the one the set keeps
     * @param index the position of the repeated observation among those added, greater than {@code firstIndex}
     * @param repeat the repeated observation, equal to {@code first} or not; not in the set
     */
    void repeated(int firstIndex, Observation first, int index, Observation repeat);
  }

  /**
   * Collects observations for an {@link ObservationSet}, validating each one as it is added when the builder was
   * made with definitions.
   *
   * <p>Written by hand, not generated: it is an algorithm rather than a bag of attributes (it stores the rows in
   * columns without an object per row, validates each one as it is added, and de-duplicates, checks conflicts and
   * sorts once when built), which an Immutables builder cannot express.
   *
   * <p>A builder is not thread-safe; build it from one thread.
   */
  public static final class Builder {

    private final Optional<ObservationValidator> validator;
    private final ObservationAccumulator rows = new ObservationAccumulator();

    private Builder(Optional<ObservationValidator> validator) {
      this.validator = validator;
    }

    /**
     * Adds an observation.
     *
     * @param observation the observation
     * @return this builder
     * @throws NullPointerException if {@code observation} is null
     * @throws IllegalArgumentException if the builder validates and the observation breaks a rule of {@link
     *     ObservationValidator}; the message names the indicator, unit, period and value
     */
    public Builder add(Observation observation) {
      Objects.requireNonNull(observation, "observation");
      validator.ifPresent(v -> v.validate(observation));
      rows.add(observation);
      return this;
    }

    /**
     * Adds a normal observation ({@code A}) without breakdown, as {@code add(Observation.of(indicator, unit,
     * period, value))} does, without making the observation when the builder does not validate and the unit
     * code was seen before: the fast path of a reader that has parsed and checked a million rows.
     *
     * @param indicator the indicator code
     * @param unit the unit code
     * @param period the period
     * @param value the value, finite
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code value} is not finite, or the
     *     builder validates and the observation breaks a rule of {@link ObservationValidator}
     */
    public Builder add(IndicatorCode indicator, UnitCode unit, ReportingPeriod period, double value) {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(period, "period");
      if (validator.isPresent()) {
        return add(Observation.of(indicator, unit, period, value));
      }
      rows.add(indicator, unit, period, value);
      return this;
    }

    /**
     * Adds observations.
     *
     * @param observations the observations
     * @return this builder
     * @throws NullPointerException if {@code observations} or an element is null
     * @throws IllegalArgumentException if the builder validates and an observation breaks a rule
     */
    public Builder addAll(Iterable<? extends Observation> observations) {
      Objects.requireNonNull(observations, "observations");
      for (Observation observation : observations) {
        add(observation);
      }
      return this;
    }

    /**
     * Builds the set.
     *
     * @return the set
     * @throws ConflictingObservationsException if two different observations share a key; every conflict is
     *     listed, ordered by key
     */
    public ObservationSet build() {
      return new ObservationSet(rows.build());
    }

    /**
     * Builds the set keeping, of the observations that share a key, the one added first, and reports every later
     * one, equal or not, such as a file reader that names the lines of repeated rows: one sort finds the repeats,
     * without a table of the keys seen on the side.
     *
     * @param repeats receives each observation that repeats an earlier one's key, in the set's canonical order of
     *     keys and, within a key, in the order added
     * @return the set of the first observation of each key
     * @throws NullPointerException if {@code repeats} is null
     */
    public ObservationSet buildKeepingFirst(RepeatedKeys repeats) {
      return new ObservationSet(rows.build(Objects.requireNonNull(repeats, "repeats")));
    }
  }
}
