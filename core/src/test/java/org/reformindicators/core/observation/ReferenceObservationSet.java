package org.reformindicators.core.observation;

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
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.area.UnitRegistry;
import org.reformindicators.core.indicator.IndicatorCatalogue;
import org.reformindicators.core.indicator.BreakdownKey;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.ReportingPeriod;

/**
 * The observation set as it was before issue 14 (one object and one hash entry per observation), kept in test scope
 * as the oracle of {@link ObservationSet}: property tests check that the columnar set gives the same observations,
 * series, conflicts and assessments. Not to be used outside tests.
 *
 * <p>Original description: an immutable, indexed set of observations, such as Quảng Ngãi's published PCI, PAPI and PAR INDEX results, with
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
 * <p><b>Lookups</b> use hash indexes built once: {@link #series(IndicatorCode, UnitCode)} and {@link
 * #find(IndicatorCode, UnitCode, ReportingPeriod)} cost O(1) plus the size of the answer, {@link
 * #crossSection(IndicatorCode, ReportingPeriod)} likewise.
 *
 * <p>Validation against indicator definitions and a unit registry happens when observations are added to a builder
 * made with {@link #builder(IndicatorCatalogue)} or {@link #builder(IndicatorCatalogue, UnitRegistry)}.
 *
 * <p>This type is immutable and thread-safe.
 */
public final class ReferenceObservationSet {

  /** Canonical order of keys: indicator, unit, breakdown (as text), then period. */
  static final Comparator<ObservationKey> KEY_ORDER =
      Comparator.comparing(ObservationKey::indicator)
          .thenComparing(ObservationKey::unit)
          .thenComparing(k -> k.breakdown().toString())
          .thenComparing(ObservationKey::period);

  private static final ReferenceObservationSet EMPTY = new Builder(Optional.empty()).build();

  private final List<Observation> observations;
  private final Map<ObservationKey, Observation> byKey;
  private final Map<SeriesKey, TimeSeries> seriesByKey;
  private final List<TimeSeries> allSeries;
  private final Map<IndicatorPeriod, List<Observation>> crossSections;
  private final Optional<ReportingPeriod> latestPeriod;

  /** The key of a series: an observation key without the period. */
  private record SeriesKey(IndicatorCode indicator, UnitCode unit, BreakdownKey breakdown) {
    static SeriesKey of(Observation observation) {
      return new SeriesKey(observation.indicator(), observation.unit(), observation.breakdown());
    }
  }

  /** The key of a cross-section: one indicator in one period, totals only. */
  private record IndicatorPeriod(IndicatorCode indicator, ReportingPeriod period) {}

  private ReferenceObservationSet(List<Observation> sorted) {
    this.observations = sorted;
    Map<ObservationKey, Observation> keys = new HashMap<>(sorted.size() * 2);
    Map<SeriesKey, TimeSeries> series = new HashMap<>();
    List<TimeSeries> seriesInOrder = new ArrayList<>();
    Map<IndicatorPeriod, List<Observation>> sections = new HashMap<>();
    ReportingPeriod latest = null;
    int runStart = 0;
    for (int i = 0; i < sorted.size(); i++) {
      Observation observation = sorted.get(i);
      keys.put(observation.key(), observation);
      if (observation.breakdown().isTotal()) {
        sections
            .computeIfAbsent(new IndicatorPeriod(observation.indicator(), observation.period()), k -> new ArrayList<>())
            .add(observation);
      }
      latest = later(latest, observation.period());
      boolean runEnds =
          i + 1 == sorted.size() || !SeriesKey.of(sorted.get(i + 1)).equals(SeriesKey.of(observation));
      if (runEnds) {
        // The canonical order sorts by period last, so each run is one series already in period order.
        TimeSeries run = TimeSeries.ofSorted(sorted.subList(runStart, i + 1));
        series.put(SeriesKey.of(observation), run);
        seriesInOrder.add(run);
        runStart = i + 1;
      }
    }
    sections.replaceAll((k, list) -> List.copyOf(list));
    this.byKey = Collections.unmodifiableMap(keys);
    this.seriesByKey = Collections.unmodifiableMap(series);
    this.allSeries = List.copyOf(seriesInOrder);
    this.crossSections = Collections.unmodifiableMap(sections);
    this.latestPeriod = Optional.ofNullable(latest);
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
  public static ReferenceObservationSet empty() {
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
  public static ReferenceObservationSet of(Collection<Observation> observations) {
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
    return observations.size();
  }

  /**
   * Returns whether the set has no observation.
   *
   * @return {@code true} if empty
   */
  public boolean isEmpty() {
    return observations.isEmpty();
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
   * @param breakdown the breakdown values by key, such as {@code SECTOR=LAND}
   * @return the series in period order; empty when the set has none
   * @throws NullPointerException if an argument is null
   */
  public TimeSeries series(IndicatorCode indicator, UnitCode unit, BreakdownKey breakdown) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(breakdown, "breakdown");
    TimeSeries found = seriesByKey.get(new SeriesKey(indicator, unit, breakdown));
    return found != null ? found : TimeSeries.empty(indicator, unit, breakdown);
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
    return Optional.ofNullable(byKey.get(Objects.requireNonNull(key, "key")));
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
    return crossSections.getOrDefault(new IndicatorPeriod(indicator, period), List.of());
  }

  /**
   * Returns the indicator codes present.
   *
   * @return the sorted codes
   */
  public SortedSet<IndicatorCode> indicators() {
    TreeSet<IndicatorCode> codes = new TreeSet<>();
    allSeries.forEach(s -> codes.add(s.indicator()));
    return Collections.unmodifiableSortedSet(codes);
  }

  /**
   * Returns the unit codes present.
   *
   * @return the sorted codes
   */
  public SortedSet<UnitCode> units() {
    TreeSet<UnitCode> codes = new TreeSet<>();
    allSeries.forEach(s -> codes.add(s.unit()));
    return Collections.unmodifiableSortedSet(codes);
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
  public ReferenceObservationSet filter(Predicate<? super Observation> condition) {
    Objects.requireNonNull(condition, "condition");
    return new ReferenceObservationSet(observations.stream().filter(condition).toList());
  }

  /**
   * Returns the union of this set and another.
   *
   * @param other the other set
   * @return a set with the observations of both; identical observations are kept once
   * @throws NullPointerException if {@code other} is null
   * @throws ConflictingObservationsException if the two sets hold different observations for a key
   */
  public ReferenceObservationSet plus(ReferenceObservationSet other) {
    Objects.requireNonNull(other, "other");
    return builder().addAll(observations).addAll(other.observations).build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReferenceObservationSet && observations.equals(((ReferenceObservationSet) other).observations);
  }

  @Override
  public int hashCode() {
    return observations.hashCode();
  }

  /**
   * Returns a summary, such as {@code "ReferenceObservationSet[12 observations, 4 series]"}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "ReferenceObservationSet[" + observations.size() + " observations, " + allSeries.size() + " series]";
  }

  /** An observation with its breakdown text, computed once rather than in each of the n log n comparisons. */
  private record Sortable(Observation observation, String breakdownText) {}

  private static final Comparator<Sortable> SORTABLE_ORDER =
      Comparator.comparing((Sortable s) -> s.observation().indicator())
          .thenComparing(s -> s.observation().unit())
          .thenComparing(Sortable::breakdownText)
          .thenComparing(s -> s.observation().period());

  /**
   * Sorts observations in {@link #KEY_ORDER} (indicator, unit, breakdown text, period).
   *
   * @param observations the observations, with distinct keys
   * @return them sorted, unmodifiable
   */
  private static List<Observation> canonicalOrder(List<Observation> observations) {
    Sortable[] rows = new Sortable[observations.size()];
    for (int i = 0; i < rows.length; i++) {
      Observation o = observations.get(i);
      rows[i] = new Sortable(o, o.breakdown().toString());
    }
    Arrays.sort(rows, SORTABLE_ORDER);
    Observation[] sorted = new Observation[rows.length];
    for (int i = 0; i < rows.length; i++) {
      sorted[i] = rows[i].observation();
    }
    return List.of(sorted);
  }

  /**
   * Collects observations for an {@link ReferenceObservationSet}, validating each one as it is added when the builder was
   * made with definitions.
   *
   * <p>A builder is not thread-safe; build it from one thread.
   */
  public static final class Builder {

    private final Optional<ObservationValidator> validator;
    private final Map<ObservationKey, List<Observation>> byKey = new HashMap<>();

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
      List<Observation> same = byKey.computeIfAbsent(observation.key(), k -> new ArrayList<>(1));
      if (!same.contains(observation)) {
        same.add(observation);
      }
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
    public ReferenceObservationSet build() {
      List<ObservationConflict> conflicts = new ArrayList<>();
      List<Observation> unique = new ArrayList<>(byKey.size());
      for (Map.Entry<ObservationKey, List<Observation>> entry : byKey.entrySet()) {
        List<Observation> same = entry.getValue();
        if (same.size() == 1) {
          unique.add(same.get(0));
        } else {
          List<Observation> ordered = new ArrayList<>(same);
          ordered.sort(Comparator.comparing(Observation::toString));
          for (int i = 1; i < ordered.size(); i++) {
            conflicts.add(new ObservationConflict(entry.getKey(), ordered.get(0), ordered.get(i)));
          }
        }
      }
      if (!conflicts.isEmpty()) {
        conflicts.sort(
            Comparator.comparing(ObservationConflict::key, KEY_ORDER)
                .thenComparing(c -> c.second().toString()));
        throw new ConflictingObservationsException(conflicts);
      }
      return new ReferenceObservationSet(canonicalOrder(unique));
    }
  }
}
