package org.reformindicators.core.plan;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reformindicators.core.area.UnitCode;
import org.reformindicators.core.indicator.Indicator;
import org.reformindicators.core.indicator.IndicatorCatalogue;
import org.reformindicators.core.indicator.IndicatorCode;
import org.reformindicators.core.period.Phase;
import org.reformindicators.core.target.BilingualText;
import org.reformindicators.core.target.ClauseId;
import org.reformindicators.core.target.RankUniverseRule;
import org.reformindicators.core.target.Reading;
import org.reformindicators.core.target.Target;

/**
 * A reform plan with its targets, such as Quảng Ngãi's plan for administrative reform and for raising the
 * province's rank in the PAR INDEX, PAPI and PCI over the phase {@code 2021/2025} (Decision 1256/QĐ-UBND of
 * 2021-12-22), with 38 clauses {@code T1a} … {@code T14d}.
 *
 * <p>A plan carries its identity (id, title, legal reference and thus issuer), the administrative unit it is for
 * (GSO code, {@code 51} for Quảng Ngãi), its phase, the resolutions it implements, the catalogue of the
 * indicators its targets use, the rule it uses to compare ranks across universes, the explicit readings it takes
 * of ambiguous clauses, and its targets in plan order ({@code T1a} … {@code T9c}, {@code T10a} …, never sorted as
 * text). The plan is checked as a whole when it is built; every rejection of a target names its clause:
 * <ul>
 *   <li>clause ids are unique and listed in plan order;</li>
 *   <li>every period a target is judged in lies within the phase, except for milestones;</li>
 *   <li>a milestone refers to a clause of the plan on the same indicator and breakdown with a later deadline;</li>
 *   <li>every indicator (and the parent of a nested share) is in the catalogue, and its measure fits the kind (a
 *       rank band needs a rank, a completion a completion, a qualitative target a qualitative indicator);</li>
 *   <li>target values lie within the indicator's bounds (no percentage above 100);</li>
 *   <li>breakdown values are dimensions and values the indicator declares;</li>
 *   <li>every reading a target takes is one of the plan's readings.</li>
 * </ul>
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param id the plan identifier, lower-case letters, digits and hyphens, such as {@code quang-ngai-1256-2021}
 * @param title the title, in Vietnamese and English
 * @param legalReference the document that issued the plan
 * @param unitCode the GSO code of the administrative unit the plan is for, such as {@code 51}
 * @param phase the phase the plan covers
 * @param implementedResolutions the resolutions the plan implements, possibly empty
 * @param catalogue the catalogue of the indicators the targets use
 * @param rankUniverseRule how ranks from another universe are compared with rank targets
 * @param readings the explicit readings the plan takes, ids unique, possibly empty
 * @param targets the targets in plan order, at least one
 */
public record Plan(
    String id,
    BilingualText title,
    LegalReference legalReference,
    UnitCode unitCode,
    Phase phase,
    List<LegalReference> implementedResolutions,
    IndicatorCatalogue catalogue,
    RankUniverseRule rankUniverseRule,
    List<Reading> readings,
    List<Target> targets) implements Serializable {

  /**
   * Validates the plan as a whole and keeps unmodifiable copies of the lists.
   *
   * @param id the plan identifier
   * @param title the title
   * @param legalReference the legal reference
   * @param unitCode the unit code
   * @param phase the phase
   * @param implementedResolutions the implemented resolutions
   * @param catalogue the indicator catalogue
   * @param rankUniverseRule the rank universe rule
   * @param readings the readings
   * @param targets the targets
   * @throws NullPointerException if an argument or a list element is null
   * @throws IllegalArgumentException if a rule listed in the class description is broken; messages about a
   *     target start with its clause id
   */
  public Plan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(legalReference, "legalReference");
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(rankUniverseRule, "rankUniverseRule");
    implementedResolutions = List.copyOf(Objects.requireNonNull(implementedResolutions, "implementedResolutions"));
    readings = List.copyOf(Objects.requireNonNull(readings, "readings"));
    targets = List.copyOf(Objects.requireNonNull(targets, "targets"));
    PlanValidation.check(id, unitCode, phase, catalogue, readings, targets);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns this plan applied to another unit, such as the Quảng Ngãi plan as a template for commune {@code 20308}:
   * the same targets, readings and catalogue, written once, for the unit with the given code.
   *
   * @param unitCode the GSO code of the unit, 2 to 5 digits
   * @return this plan when the code is its own, otherwise a copy that differs only in {@link #unitCode()}
   * @throws NullPointerException if {@code unitCode} is null
   * @throws IllegalArgumentException if {@code unitCode} is not a GSO code of 2 to 5 digits
   */
  public Plan withUnitCode(UnitCode unitCode) {
    Objects.requireNonNull(unitCode, "unitCode");
    if (unitCode.equals(this.unitCode)) {
      return this;
    }
    return new Plan(
        id, title, legalReference, unitCode, phase, implementedResolutions, catalogue, rankUniverseRule, readings,
        targets);
  }

  /**
   * Returns the issuer, the body that issued {@link #legalReference()}.
   *
   * @return the issuer, such as Ủy ban nhân dân tỉnh Quảng Ngãi
   */
  public BilingualText issuer() {
    return legalReference.issuer();
  }

  /**
   * Returns the clause ids in plan order.
   *
   * @return the clause ids
   */
  public List<ClauseId> clauseIds() {
    return targets.stream().map(Target::clauseId).toList();
  }

  /**
   * Returns the target of a clause.
   *
   * @param clauseId the clause id
   * @return the target, or empty if the plan has no such clause
   * @throws NullPointerException if {@code clauseId} is null
   */
  public Optional<Target> target(ClauseId clauseId) {
    Objects.requireNonNull(clauseId, "clauseId");
    return targets.stream().filter(t -> t.clauseId().equals(clauseId)).findFirst();
  }

  /**
   * Returns the targets measured by an indicator, in plan order.
   *
   * @param indicatorCode the indicator code, such as {@code PCI_RANK}
   * @return the targets, possibly empty
   * @throws NullPointerException if {@code indicatorCode} is null
   */
  public List<Target> targetsOn(IndicatorCode indicatorCode) {
    Objects.requireNonNull(indicatorCode, "indicatorCode");
    return targets.stream().filter(t -> t.indicatorCode().equals(indicatorCode)).toList();
  }

  /**
   * Returns the definition of the indicator that measures a target of this plan.
   *
   * @param target a target of this plan
   * @return the indicator
   * @throws NullPointerException if {@code target} is null
   * @throws IllegalArgumentException if the catalogue has no indicator with the target's code
   */
  public Indicator indicatorOf(Target target) {
    Objects.requireNonNull(target, "target");
    return catalogue
        .find(target.indicatorCode())
        .orElseThrow(
            () -> new IllegalArgumentException(
                target.clauseId() + ": indicator " + target.indicatorCode() + " is not in the catalogue"));
  }

  /**
   * Returns the reading with the given id.
   *
   * @param readingId the reading id
   * @return the reading, or empty if the plan has none with that id
   * @throws NullPointerException if {@code readingId} is null
   */
  public Optional<Reading> reading(String readingId) {
    Objects.requireNonNull(readingId, "readingId");
    return readings.stream().filter(r -> r.id().equals(readingId)).findFirst();
  }

  /**
   * Returns the canonical summary, such as {@code quang-ngai-1256-2021 (1256/QĐ-UBND of 2021-12-22, 2021/2025, 38
   * targets)}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return id + " (" + legalReference + ", " + phase + ", " + targets.size() + " targets)";
  }

  /**
   * Builds a {@link Plan}; all parts except the resolutions and readings are required.
   *
   * <p>Instances are not thread-safe.
   */
  public static final class Builder {
    private String id;
    private BilingualText title;
    private LegalReference legalReference;
    private UnitCode unitCode;
    private Phase phase;
    private final List<LegalReference> implementedResolutions = new ArrayList<>();
    private IndicatorCatalogue catalogue;
    private RankUniverseRule rankUniverseRule;
    private final List<Reading> readings = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the plan identifier.
     *
     * @param id the identifier, such as {@code quang-ngai-1256-2021}
     * @return this builder
     * @throws NullPointerException if {@code id} is null
     */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the title.
     *
     * @param vi the Vietnamese title
     * @param en the English title
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a title is blank
     */
    public Builder title(String vi, String en) {
      this.title = BilingualText.of(vi, en);
      return this;
    }

    /**
     * Sets the legal reference of the plan.
     *
     * @param number the document number, such as {@code 1256/QĐ-UBND}
     * @param date the date of issue
     * @param issuer the issuer
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the number is blank
     */
    public Builder legalReference(String number, LocalDate date, BilingualText issuer) {
      this.legalReference = LegalReference.of(number, date, issuer);
      return this;
    }

    /**
     * Sets the GSO code of the administrative unit.
     *
     * @param unitCode the code, such as {@code 51}
     * @return this builder
     * @throws NullPointerException if {@code unitCode} is null
     */
    public Builder unitCode(UnitCode unitCode) {
      this.unitCode = Objects.requireNonNull(unitCode, "unitCode");
      return this;
    }

    /**
     * Sets the phase.
     *
     * @param phase the phase, such as {@code Phase.of(2021, 2025)}
     * @return this builder
     * @throws NullPointerException if {@code phase} is null
     */
    public Builder phase(Phase phase) {
      this.phase = Objects.requireNonNull(phase, "phase");
      return this;
    }

    /**
     * Adds a resolution the plan implements.
     *
     * @param resolution the resolution
     * @return this builder
     * @throws NullPointerException if {@code resolution} is null
     */
    public Builder implementedResolution(LegalReference resolution) {
      implementedResolutions.add(Objects.requireNonNull(resolution, "resolution"));
      return this;
    }

    /**
     * Sets the indicator catalogue.
     *
     * @param catalogue the catalogue
     * @return this builder
     * @throws NullPointerException if {@code catalogue} is null
     */
    public Builder catalogue(IndicatorCatalogue catalogue) {
      this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
      return this;
    }

    /**
     * Sets the rule for comparing ranks across universes.
     *
     * @param rule the rule
     * @return this builder
     * @throws NullPointerException if {@code rule} is null
     */
    public Builder rankUniverseRule(RankUniverseRule rule) {
      this.rankUniverseRule = Objects.requireNonNull(rule, "rankUniverseRule");
      return this;
    }

    /**
     * Adds a reading.
     *
     * @param reading the reading
     * @return this builder
     * @throws NullPointerException if {@code reading} is null
     */
    public Builder reading(Reading reading) {
      readings.add(Objects.requireNonNull(reading, "reading"));
      return this;
    }

    /**
     * Adds readings, in order.
     *
     * @param readings the readings
     * @return this builder
     * @throws NullPointerException if {@code readings} or a reading is null
     */
    public Builder readings(Collection<Reading> readings) {
      for (Reading reading : Objects.requireNonNull(readings, "readings")) {
        reading(reading);
      }
      return this;
    }

    /**
     * Adds targets, in plan order.
     *
     * @param targets the targets
     * @return this builder
     * @throws NullPointerException if {@code targets} or a target is null
     */
    public Builder targets(Collection<Target> targets) {
      for (Target target : Objects.requireNonNull(targets, "targets")) {
        target(target);
      }
      return this;
    }

    /**
     * Adds the next target in plan order.
     *
     * @param target the target
     * @return this builder
     * @throws NullPointerException if {@code target} is null
     */
    public Builder target(Target target) {
      targets.add(Objects.requireNonNull(target, "target"));
      return this;
    }

    /**
     * Builds the plan.
     *
     * @return the plan
     * @throws IllegalArgumentException if a required part is missing or the plan is inconsistent
     */
    public Plan build() {
      require(id, "id");
      require(title, "title");
      require(legalReference, "legalReference");
      require(unitCode, "unitCode");
      require(phase, "phase");
      require(catalogue, "catalogue");
      require(rankUniverseRule, "rankUniverseRule");
      return new Plan(
          id,
          title,
          legalReference,
          unitCode,
          phase,
          implementedResolutions,
          catalogue,
          rankUniverseRule,
          readings,
          targets);
    }

    private static void require(Object part, String name) {
      if (part == null) {
        throw new IllegalArgumentException("plan " + name + " is required, was not set");
      }
    }
  }
}
