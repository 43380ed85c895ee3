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
 *   <li>the indicator is in the catalogue (unless {@link #ignoringUnknownIndicators()} is used: then an
 *       observation of another indicator is checked only by the {@link RankRules} of what it claims);
 *   <li>the value is possible for the indicator's {@link org.reformindicators.core.indicator.Measure} (within a
 *       percentage's 0–100, a score's scale, a rank's 1..universe, a whole number for a count or a rank, …);
 *       nothing is clamped;
 *   <li>a rank carries a universe, and only a rank does;
 *   <li>the period's kind is one the indicator allows;
 *   <li>each breakdown key is a dimension of the indicator and each value one the dimension allows;
 *   <li>when a registry is given, a unit with the code exists on at least one day of the period, and a universe is
 *       no larger than the units of that unit's level in the period ({@link RankRules#universeViolation}).
 * </ul>
 *
 * <p>This type is immutable and thread-safe.
 */
public final class ObservationValidator {

  private final IndicatorCatalogue catalogue;
  private final Optional<UnitRegistry> registry;
  private final RankRules rankRules;
  private final boolean unknownIndicatorsAllowed;

  private ObservationValidator(
      IndicatorCatalogue catalogue, Optional<UnitRegistry> registry, boolean unknownIndicatorsAllowed) {
    this.catalogue = catalogue;
    this.registry = registry;
    this.rankRules = registry.map(RankRules::of).orElse(RankRules.withoutRegistry());
    this.unknownIndicatorsAllowed = unknownIndicatorsAllowed;
  }

  /**
   * Returns a validator against indicator definitions only.
   *
   * @param catalogue the indicator definitions
   * @return the validator
   * @throws NullPointerException if {@code catalogue} is null
   */
  public static ObservationValidator of(IndicatorCatalogue catalogue) {
    return new ObservationValidator(Objects.requireNonNull(catalogue, "catalogue"), Optional.empty(), false);
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
    return new ObservationValidator(catalogue, Optional.of(Objects.requireNonNull(registry, "registry")), false);
  }

  /**
   * Returns a validator like this one that lets observations of indicators outside the catalogue through, such as
   * a data file holding more indicators than a plan uses; those are checked only by the {@link RankRules} of what
   * they claim (and, with a registry, by the unit rules).
   *
   * @return the validator
   */
  public ObservationValidator ignoringUnknownIndicators() {
    return new ObservationValidator(catalogue, registry, true);
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
   * Tells whether observations of indicators outside the catalogue pass the catalogue rules.
   *
   * @return {@code true} after {@link #ignoringUnknownIndicators()}
   */
  public boolean ignoresUnknownIndicators() {
    return unknownIndicatorsAllowed;
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
    return violations(observation).stream().map(ObservationViolation::message).toList();
  }

  /**
   * Lists every rule an observation breaks with the part of the observation each concerns, so that a file reader
   * can point at the column or property, such as {@link ObservationField#VALUE} for a rank outside its universe.
   *
   * @param observation the observation
   * @return the broken rules in the order of {@link #problems(Observation)}; empty when the observation is valid
   * @throws NullPointerException if {@code observation} is null
   */
  public List<ObservationViolation> violations(Observation observation) {
    Objects.requireNonNull(observation, "observation");
    List<ObservationViolation> found = new ArrayList<>();
    Optional<Indicator> indicator = catalogue.find(observation.indicator());
    if (indicator.isPresent()) {
      checkAgainst(indicator.get(), observation, found);
    } else if (unknownIndicatorsAllowed) {
      rankRules.valueViolation(observation).ifPresent(found::add);
    } else {
      found.add(violation(ObservationField.INDICATOR, "indicator " + observation.indicator() + " is not in the catalogue"));
    }
    registry.ifPresent(units -> checkUnit(units, observation, found));
    return List.copyOf(found);
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

  private static ObservationViolation violation(ObservationField field, String message) {
    return new ObservationViolation(field, message);
  }

  private static void checkAgainst(Indicator indicator, Observation observation, List<ObservationViolation> found) {
    boolean rank = indicator.measure().requiresUniverse();
    if (observation.value().isPresent()) {
      indicator
          .violation(observation.value().getAsDouble(), observation.universe())
          .ifPresent(message -> found.add(violation(ObservationField.VALUE, message)));
    } else if (observation.bound().isPresent() && (!rank || observation.universe().isPresent())) {
      Bound bound = observation.bound().get();
      indicator
          .violation(bound.lower(), observation.universe())
          .or(() -> indicator.violation(bound.upper(), observation.universe()))
          .ifPresent(message -> found.add(violation(ObservationField.BOUND, "bound " + bound + ": " + message)));
    } else if (rank && observation.universe().isEmpty()) {
      found.add(
          violation(
              ObservationField.UNIVERSE,
              "a rank needs a universe (the number of units ranked), even when its value is missing"));
    }
    if (!rank && observation.universe().isPresent()) {
      found.add(
          violation(
              ObservationField.UNIVERSE,
              "universe is only for ranks, "
                  + indicator.code()
                  + " is "
                  + indicator.measure()
                  + ", was "
                  + observation.universe().getAsInt()));
    }
    ReportingPeriod period = observation.period();
    if (!indicator.allowsPeriod(period)) {
      found.add(
          violation(
              ObservationField.PERIOD,
              "period kind of "
                  + indicator.code()
                  + " must be one of "
                  + indicator.allowedPeriodKinds()
                  + ", was "
                  + period.kind()
                  + " ("
                  + period
                  + ")"));
    }
    for (Map.Entry<String, String> entry : observation.breakdown().asMap().entrySet()) {
      Optional<BreakdownDimension> dimension = indicator.breakdown(entry.getKey());
      if (dimension.isEmpty()) {
        found.add(
            violation(
                ObservationField.BREAKDOWN,
                "breakdown key of "
                    + indicator.code()
                    + " must be one of "
                    + indicator.breakdowns().stream().map(BreakdownDimension::key).toList()
                    + ", was "
                    + entry.getKey()));
      } else if (!dimension.get().allows(entry.getValue())) {
        found.add(
            violation(
                ObservationField.BREAKDOWN,
                "breakdown value of "
                    + entry.getKey()
                    + " must be one of "
                    + dimension.get().describeValues()
                    + ", was "
                    + entry.getValue()));
      }
    }
  }

  private void checkUnit(UnitRegistry units, Observation observation, List<ObservationViolation> found) {
    ReportingPeriod period = observation.period();
    if (!units.contains(observation.unit())) {
      found.add(violation(ObservationField.UNIT, "unit code " + observation.unit() + " is not in the unit registry"));
    } else if (units.findDuring(observation.unit(), period.startDate(), period.endDate()).isEmpty()) {
      found.add(
          violation(
              ObservationField.UNIT,
              "unit "
                  + observation.unit()
                  + " does not exist during period "
                  + period
                  + " ("
                  + period.startDate()
                  + ".."
                  + period.endDate()
                  + "); it existed "
                  + units.versionsOf(observation.unit()).stream().map(u -> u.validity()).toList()));
    } else {
      rankRules.universeViolation(observation).ifPresent(found::add);
    }
  }
}
