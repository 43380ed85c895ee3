package org.reformindicators.core.observation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.reformindicators.core.area.UnitRegistry;
import org.reformindicators.core.indicator.BreakdownDimension;
import org.reformindicators.core.indicator.Indicator;
import org.reformindicators.core.indicator.IndicatorCatalogue;
import org.reformindicators.core.period.ReportingPeriod;

/**
 * Checks observations against indicator definitions and, optionally, a unit registry, such as rejecting
 * {@code PCI_RANK, unit 51, period 2020, value 64 of 63}.
 *
 * <p>The rules, each reported with the observation's indicator, unit, period and value:
 *
 * <ul>
 *   <li>the indicator is in the catalogue;
 *   <li>the value is possible for the indicator's {@link org.reformindicators.core.indicator.Measure} (within a
 *       percentage's 0–100, a score's scale, a rank's 1..universe, …); nothing is clamped;
 *   <li>a rank carries a universe, and only a rank does;
 *   <li>the period's kind is one the indicator allows;
 *   <li>each breakdown key is a dimension of the indicator and each value one the dimension allows;
 *   <li>when a registry is given, a unit with the code exists on at least one day of the period.
 * </ul>
 *
 * <p>This type is immutable and thread-safe.
 */
public final class ObservationValidator {

  private final IndicatorCatalogue catalogue;
  private final Optional<UnitRegistry> registry;

  private ObservationValidator(IndicatorCatalogue catalogue, Optional<UnitRegistry> registry) {
    this.catalogue = catalogue;
    this.registry = registry;
  }

  /**
   * Returns a validator against indicator definitions only.
   *
   * @param catalogue the indicator definitions
   * @return the validator
   * @throws NullPointerException if {@code catalogue} is null
   */
  public static ObservationValidator of(IndicatorCatalogue catalogue) {
    return new ObservationValidator(Objects.requireNonNull(catalogue, "catalogue"), Optional.empty());
  }

  /**
   * Returns a validator against indicator definitions and a unit registry.
   *
   * @param catalogue the indicator definitions
   * @param registry the administrative units
   * @return the validator
   * @throws NullPointerException if an argument is null
   */
  public static ObservationValidator of(IndicatorCatalogue catalogue, UnitRegistry registry) {
    Objects.requireNonNull(catalogue, "catalogue");
    return new ObservationValidator(catalogue, Optional.of(Objects.requireNonNull(registry, "registry")));
  }

  /**
   * Returns the indicator definitions.
   *
   * @return the catalogue
   */
  public IndicatorCatalogue catalogue() {
    return catalogue;
  }

  /**
   * Returns the unit registry, if one was given.
   *
   * @return the registry, or empty
   */
  public Optional<UnitRegistry> registry() {
    return registry;
  }

  /**
   * Lists every rule an observation breaks, for callers that report problems themselves (such as a file reader
   * adding the line number).
   *
   * @param observation the observation
   * @return the broken rules, each naming the rule and the offending value; empty when the observation is valid
   * @throws NullPointerException if {@code observation} is null
   */
  public List<String> problems(Observation observation) {
    Objects.requireNonNull(observation, "observation");
    List<String> problems = new ArrayList<>();
    Optional<Indicator> found = catalogue.find(observation.indicator());
    if (found.isEmpty()) {
      problems.add("indicator " + observation.indicator() + " is not in the catalogue");
    } else {
      checkAgainst(found.get(), observation, problems);
    }
    registry.ifPresent(units -> checkUnit(units, observation, problems));
    return List.copyOf(problems);
  }

  /**
   * Checks an observation and throws if it breaks any rule.
   *
   * @param observation the observation
   * @return {@code observation}, for chaining
   * @throws NullPointerException if {@code observation} is null
   * @throws IllegalArgumentException if a rule is broken; the message starts with {@link Observation#describe()}
   *     (indicator, unit, period, value) and lists every broken rule
   */
  public Observation validate(Observation observation) {
    List<String> problems = problems(observation);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(observation.describe() + ": " + String.join("; ", problems));
    }
    return observation;
  }

  private static void checkAgainst(Indicator indicator, Observation observation, List<String> problems) {
    boolean rank = indicator.measure().requiresUniverse();
    if (observation.value().isPresent()) {
      indicator.violation(observation.value().getAsDouble(), observation.universe()).ifPresent(problems::add);
    } else if (rank && observation.universe().isEmpty()) {
      problems.add("a rank needs a universe (the number of units ranked), even when its value is missing");
    }
    if (!rank && observation.universe().isPresent()) {
      problems.add(
          "universe is only for ranks, "
              + indicator.code()
              + " is "
              + indicator.measure()
              + ", was "
              + observation.universe().getAsInt());
    }
    ReportingPeriod period = observation.period();
    if (!indicator.allowsPeriod(period)) {
      problems.add(
          "period kind of "
              + indicator.code()
              + " must be one of "
              + indicator.allowedPeriodKinds()
              + ", was "
              + period.kind()
              + " ("
              + period
              + ")");
    }
    for (Map.Entry<String, String> entry : observation.breakdown().entrySet()) {
      Optional<BreakdownDimension> dimension = indicator.breakdown(entry.getKey());
      if (dimension.isEmpty()) {
        problems.add(
            "breakdown key of "
                + indicator.code()
                + " must be one of "
                + indicator.breakdowns().stream().map(BreakdownDimension::key).toList()
                + ", was "
                + entry.getKey());
      } else if (!dimension.get().allows(entry.getValue())) {
        problems.add(
            "breakdown value of "
                + entry.getKey()
                + " must be one of "
                + dimension.get().values()
                + ", was "
                + entry.getValue());
      }
    }
  }

  private static void checkUnit(UnitRegistry units, Observation observation, List<String> problems) {
    ReportingPeriod period = observation.period();
    if (!units.contains(observation.unit())) {
      problems.add("unit code " + observation.unit() + " is not in the unit registry");
    } else if (units.findDuring(observation.unit(), period.startDate(), period.endDate()).isEmpty()) {
      problems.add(
          "unit "
              + observation.unit()
              + " does not exist during period "
              + period
              + " ("
              + period.startDate()
              + ".."
              + period.endDate()
              + "); it existed "
              + units.versionsOf(observation.unit()).stream().map(u -> u.validity()).toList());
    }
  }
}
