package org.reformindicators.core.observation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.reformindicators.core.area.AdministrativeLevel;
import org.reformindicators.core.area.AdministrativeUnit;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.area.UnitRegistry;
import org.reformindicators.core.area.VietnamUnits;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.indicator.Measure;
import org.reformindicators.core.period.ReportingPeriod;
import org.reformindicators.core.text.NumberText;

/**
 * Checks what a rank observation claims on its own, without an indicator catalogue, such as rejecting {@code
 * PCI_RANK, unit 51, period 2020, value 64 of 63}.
 *
 * <p>An observation claims to be a rank when its indicator code ends in {@value IndicatorCode#RANK_SUFFIX}
 * ({@code docs/formats/observations.md}: the rank of an index uses the total's code with this suffix) or when it carries a universe.
 * Its value must then be a whole number of at least 1 and, when a universe is stated, at most that universe
 * (the rule of {@link Measure#rank()}). A missing value is not checked.
 *
 * <p>With a unit registry, a universe is also checked against the units that could have been ranked: when the
 * registry has a unit with the observation's unit code during the period, the universe must not exceed the
 * largest number of units of that unit's level that exist together on one day of the period, counted in the
 * registry, which is taken to list every unit of the levels it has. The bundled registry ({@link #vietnam()})
 * lists the 63 provinces but only one of the 34 provincial-level units of 1 July 2025, so for provinces it uses
 * the official counts instead: {@value #PROVINCES_BEFORE_REORGANISATION} for a period that starts by {@value
 * VietnamUnits#LAST_DAY_OF_63_PROVINCES} (the year 2025 included), {@value #PROVINCES_AFTER_REORGANISATION} for one
 * that starts on or after {@value VietnamUnits#FIRST_DAY_OF_34_PROVINCES} (Resolution 202/2025/QH15). When the
 * registry has no unit with the code during the period (a commune, a district or an agency it does not list, a
 * code of another country), nothing bounds the universe from above: it is only checked against the rank on the
 * same row, and by {@link Observation} itself (at least 1).
 *
 * <p>Immutable and thread-safe (the counts per level and period are computed once and kept in a concurrent map).
 */
public final class RankRules {

  /** Provincial-level units of Vietnam until 30 June 2025 ({@code provinces-2024.csv}, General Statistics Office). */
  public static final int PROVINCES_BEFORE_REORGANISATION = 63;

  /** Provincial-level units of Vietnam from 1 July 2025 (Resolution 202/2025/QH15). */
  public static final int PROVINCES_AFTER_REORGANISATION = 34;

  private static final RankRules WITHOUT_REGISTRY = new RankRules(Optional.empty(), false);

  private final Optional<UnitRegistry> registry;
  /** Whether provinces are bounded by the official counts of Vietnam rather than counted in the registry. */
  private final boolean officialProvinceCounts;
  private final ConcurrentMap<LevelPeriod, Integer> largest = new ConcurrentHashMap<>();

  private record LevelPeriod(AdministrativeLevel level, ReportingPeriod period) {}

  private RankRules(Optional<UnitRegistry> registry, boolean officialProvinceCounts) {
    this.registry = registry;
    this.officialProvinceCounts = officialProvinceCounts;
  }

  /**
   * Returns the rules without a unit registry: a universe is only checked against the rank on its row.
   *
   * @return the rules
   */
  public static RankRules withoutRegistry() {
    return WITHOUT_REGISTRY;
  }

  /**
   * Returns the rules with the bundled registry of Vietnamese units, provinces bounded by the official counts (63,
   * then 34 from 1 July 2025).
   *
   * @return the rules
   */
  public static RankRules vietnam() {
    return Vietnam.RULES;
  }

  /**
   * Returns the rules with a unit registry that bounds the universe of the units it knows; for the bundled
   * registry ({@code VietnamUnits.registry()}) these are {@link #vietnam()}.
   *
   * @param registry the administrative units, taken to list every unit of the levels it has
   * @return the rules
   * @throws NullPointerException if {@code registry} is null
   */
  public static RankRules of(UnitRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    return registry == VietnamUnits.registry() ? vietnam() : new RankRules(Optional.of(registry), false);
  }

  /** Loads the bundled registry on first use only. */
  private static final class Vietnam {
    static final RankRules RULES = new RankRules(Optional.of(VietnamUnits.registry()), true);
  }

  /**
   * Tells whether an observation claims to be a rank: its indicator code ends in {@value
   * IndicatorCode#RANK_SUFFIX} or it has a universe.
   *
   * @param observation the observation
   * @return {@code true} for {@code PCI_RANK, …} and for any observation with a universe
   * @throws NullPointerException if {@code observation} is null
   */
  public static boolean claimsRank(Observation observation) {
    return observation.universe().isPresent()
        || observation.indicator().value().endsWith(IndicatorCode.RANK_SUFFIX);
  }

  /**
   * Lists the rules an observation breaks: {@link #valueViolation} then {@link #universeViolation}.
   *
   * @param observation the observation
   * @return the broken rules, empty when there is none
   * @throws NullPointerException if {@code observation} is null
   */
  public List<ObservationViolation> violations(Observation observation) {
    List<ObservationViolation> found = new ArrayList<>(2);
    valueViolation(observation).ifPresent(found::add);
    universeViolation(observation).ifPresent(found::add);
    return found;
  }

  /**
   * Checks the value of an observation that claims to be a rank: a whole number, at least 1, at most the
   * universe when one is stated.
   *
   * @param observation the observation
   * @return the broken rule, concerning {@link ObservationField#VALUE}, such as {@code rank must be within 1..63
   *     (universe), was 64}, or for a bounded rank {@link ObservationField#BOUND} when an end of the bound is no
   *     possible rank; empty when the observation is no rank, has neither value nor bound, or is a possible rank
   * @throws NullPointerException if {@code observation} is null
   */
  public Optional<ObservationViolation> valueViolation(Observation observation) {
    if (!claimsRank(observation)) {
      return Optional.empty();
    }
    if (observation.value().isEmpty()) {
      return observation.bound().flatMap(bound -> boundViolation(observation, bound));
    }
    double value = observation.value().getAsDouble();
    Optional<String> broken = rankViolation(observation, value);
    return broken.map(message -> new ObservationViolation(ObservationField.VALUE, message));
  }

  /** A bounded rank: both ends must be possible ranks. */
  private static Optional<ObservationViolation> boundViolation(Observation observation, Bound bound) {
    return rankViolation(observation, bound.lower())
        .or(() -> rankViolation(observation, bound.upper()))
        .map(message -> new ObservationViolation(ObservationField.BOUND, "bound " + bound + ": " + message));
  }

  private static Optional<String> rankViolation(Observation observation, double value) {
    String was = observation.value().isPresent() ? observation.valueText() : NumberText.machine(value);
    Optional<String> broken;
    if (observation.universe().isPresent()) {
      broken = Measure.rank().violation(value, observation.universe());
    } else if (value != Math.rint(value)) {
      broken = Optional.of("rank must be a whole number, was " + was);
    } else if (value < 1) {
      broken = Optional.of("rank must be at least 1 (1 = best), was " + was);
    } else {
      broken = Optional.empty();
    }
    return broken;
  }

  /**
   * Checks a universe against the units of the registry, as the class documentation says.
   *
   * @param observation the observation
   * @return the broken rule, concerning {@link ObservationField#UNIVERSE}, such as {@code universe must be at most
   *     63, the number of provinces in the unit registry during 2020, was 999999999}; empty without a
   *     universe, without a registry, or when the registry does not know the unit during the period
   * @throws NullPointerException if {@code observation} is null
   */
  public Optional<ObservationViolation> universeViolation(Observation observation) {
    if (observation.universe().isEmpty()) {
      return Optional.empty();
    }
    int universe = observation.universe().getAsInt();
    for (AdministrativeUnit unit : unitsDuring(observation.unit(), observation.period())) {
      int bound = largest(unit.level(), observation.period());
      if (universe > bound) {
        return Optional.of(
            new ObservationViolation(
                ObservationField.UNIVERSE,
                "universe must be at most "
                    + bound
                    + ", the number of "
                    + plural(unit.level())
                    + " in the unit registry during "
                    + observation.period()
                    + ", was "
                    + universe));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the largest universe possible for a rank of a unit in a period, as the class documentation says.
   *
   * @param unitCode the unit code, such as {@code 51}
   * @param period the period
   * @return the largest number of units of the unit's level that exist together on one day of the period (the
   *     largest over the unit's levels, if it changed level); empty without a registry or when the registry has
   *     no unit with the code during the period
   * @throws NullPointerException if an argument is null
   */
  public OptionalInt largestUniverse(UnitCode unitCode, ReportingPeriod period) {
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(period, "period");
    return unitsDuring(unitCode, period).stream().mapToInt(unit -> largest(unit.level(), period)).max();
  }

  private List<AdministrativeUnit> unitsDuring(UnitCode unitCode, ReportingPeriod period) {
    return registry.map(units -> units.findDuring(unitCode, period.startDate(), period.endDate())).orElse(List.of());
  }

  private int largest(AdministrativeLevel level, ReportingPeriod period) {
    return largest.computeIfAbsent(new LevelPeriod(level, period), key -> count(registry.orElseThrow(), key));
  }

  /** The most units of the level existing on one day of the period: on its first day or when a unit starts. */
  private int count(UnitRegistry units, LevelPeriod key) {
    LocalDate start = key.period().startDate();
    if (officialProvinceCounts && key.level() == AdministrativeLevel.PROVINCE) {
      return start.isBefore(VietnamUnits.reorganisationDate())
          ? PROVINCES_BEFORE_REORGANISATION
          : PROVINCES_AFTER_REORGANISATION;
    }
    LocalDate end = key.period().endDate();
    List<AdministrativeUnit> during =
        units.all().stream()
            .filter(unit -> unit.level() == key.level() && unit.existsDuring(start, end))
            .toList();
    List<LocalDate> days = new ArrayList<>();
    days.add(start);
    for (AdministrativeUnit unit : during) {
      unit.validFrom().filter(from -> from.isAfter(start) && !from.isAfter(end)).ifPresent(days::add);
    }
    int most = 0;
    for (LocalDate day : days) {
      most = Math.max(most, (int) during.stream().filter(unit -> unit.existsOn(day)).count());
    }
    return most;
  }

  private static String plural(AdministrativeLevel level) {
    return switch (level) {
      case NATIONAL -> "national units";
      case PROVINCE -> "provinces";
      case DISTRICT -> "districts";
      case COMMUNE -> "communes";
      case AGENCY -> "agencies";
    };
  }
}
