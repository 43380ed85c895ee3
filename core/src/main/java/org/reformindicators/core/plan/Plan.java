package org.reformindicators.core.plan;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
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
 * <p>Build with {@link #builder()}. Java serialization is for shipping a plan between JVMs running the same
 * library version (Spark), not for storage: that is the plan document of the {@code io} module.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Plan implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Only the generated implementation extends this type. */
  Plan() {}

  /**
   * Returns a builder; all parts except the resolutions and readings are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the plan identifier.
   *
   * @return lower-case letters, digits and hyphens, such as {@code quang-ngai-1256-2021}
   */
  public abstract String id();

  /**
   * Returns the title.
   *
   * @return the title, in Vietnamese and English
   */
  public abstract BilingualText title();

  /**
   * Returns the document that issued the plan.
   *
   * @return the legal reference
   */
  public abstract LegalReference legalReference();

  /**
   * Returns the GSO code of the administrative unit the plan is for.
   *
   * @return the unit code, such as {@code 51}
   */
  public abstract UnitCode unitCode();

  /**
   * Returns the phase the plan covers.
   *
   * @return the phase, such as {@code 2021/2025}
   */
  public abstract Phase phase();

  /**
   * Returns the resolutions the plan implements.
   *
   * @return the resolutions, possibly empty
   */
  public abstract List<LegalReference> implementedResolutions();

  /**
   * Returns the catalogue of the indicators the targets use.
   *
   * @return the catalogue
   */
  public abstract IndicatorCatalogue catalogue();

  /**
   * Returns how ranks from another universe are compared with rank targets.
   *
   * @return the rule
   */
  public abstract RankUniverseRule rankUniverseRule();

  /**
   * Returns the explicit readings the plan takes.
   *
   * @return the readings, ids unique, possibly empty
   */
  public abstract List<Reading> readings();

  /**
   * Returns the targets in plan order.
   *
   * @return the targets, at least one
   */
  public abstract List<Target> targets();

  /**
   * Validates the plan as a whole.
   *
   * @throws IllegalArgumentException if a rule listed in the class description is broken; messages about a
   *     target start with its clause id
   */
  @Value.Check
  void check() {
    PlanValidation.check(id(), unitCode(), phase(), catalogue(), readings(), targets());
  }

  /**
   * Returns this plan applied to another unit, such as the Quảng Ngãi plan as a template for commune {@code 20308}:
   * the same targets, readings and catalogue, written once, for the unit with the given code.
   *
   * @param unitCode the GSO code of the unit, 2 to 5 digits
   * @return a plan that differs from this one only in {@link #unitCode()}; this plan itself when given the same
   *     {@code UnitCode} instance
   * @throws NullPointerException if {@code unitCode} is null
   * @throws IllegalArgumentException if {@code unitCode} is not a GSO code of 2 to 5 digits
   */
  public abstract Plan withUnitCode(UnitCode unitCode);

  /**
   * Returns the issuer, the body that issued {@link #legalReference()}.
   *
   * @return the issuer, such as Ủy ban nhân dân tỉnh Quảng Ngãi
   */
  public BilingualText issuer() {
    return legalReference().issuer();
  }

  /**
   * Returns the clause ids in plan order.
   *
   * @return the clause ids
   */
  public List<ClauseId> clauseIds() {
    return targets().stream().map(Target::clauseId).toList();
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
    return targets().stream().filter(t -> t.clauseId().equals(clauseId)).findFirst();
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
    return targets().stream().filter(t -> t.indicatorCode().equals(indicatorCode)).toList();
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
    return catalogue()
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
    return readings().stream().filter(r -> r.id().equals(readingId)).findFirst();
  }

  /**
   * Returns the canonical summary, such as {@code quang-ngai-1256-2021 (1256/QĐ-UBND of 2021-12-22, 2021/2025, 38
   * targets)}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return id() + " (" + legalReference() + ", " + phase() + ", " + targets().size() + " targets)";
  }

  /**
   * Builds a {@link Plan}: one setter per attribute, generated ({@code id}, {@code unitCode}, {@code phase},
   * {@code catalogue}, {@code rankUniverseRule}, {@code addImplementedResolutions}, {@code addReadings}, {@code
   * addTargets}, …), and conveniences for the title and the legal reference. All parts except the resolutions and
   * readings are required.
   *
   * <p>Instances are not thread-safe.
   */
  public static final class Builder extends ImmutablePlan.Builder {

    Builder() {}

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
      return title(BilingualText.of(vi, en));
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
      return legalReference(LegalReference.of(number, date, issuer));
    }

    /**
     * Builds the plan.
     *
     * @return the plan
     * @throws IllegalArgumentException if a required part is missing or the plan is inconsistent
     */
    @Override
    public Plan build() {
      require(idIsSet(), "id");
      require(titleIsSet(), "title");
      require(legalReferenceIsSet(), "legalReference");
      require(unitCodeIsSet(), "unitCode");
      require(phaseIsSet(), "phase");
      require(catalogueIsSet(), "catalogue");
      require(rankUniverseRuleIsSet(), "rankUniverseRule");
      return super.build();
    }

    private static void require(boolean set, String name) {
      if (!set) {
        throw new IllegalArgumentException("plan " + name + " is required, was not set");
      }
    }
  }
}
