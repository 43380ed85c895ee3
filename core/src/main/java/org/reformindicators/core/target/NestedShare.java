package org.reformindicators.core.target;

import java.util.Objects;
import org.reformindicators.core.indicator.IndicatorCode;

/**
 * A share of a sub-population that another indicator defines ("trong số đó", of which), such as
 * {@code NestedShare.of(IndicatorCode.of("QNG_PAYABLE_PROCEDURES_ONLINE_PAYMENT"), Threshold.atLeast(30))} for T6b: of the
 * procedures offering online payment, at least 30 % of payment transactions are made online.
 *
 * <p>The indicator of the clause is the share <em>within</em> the sub-population; {@link #parentIndicatorCode()}
 * names the indicator whose population it is (the subject of the preceding clause). Both shares are percentages
 * on 0–100; {@link #shareOfWhole(double, double)} gives the implied share of the whole population.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param parentIndicatorCode the code of the indicator that defines the sub-population
 * @param share the threshold on the share within the sub-population, a percentage
 */
public record NestedShare(IndicatorCode parentIndicatorCode, Threshold share) implements TargetKind {

  /**
   * Validates the kind.
   *
   * @param parentIndicatorCode the parent indicator code
   * @param share the threshold on the nested share
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the threshold is not a percentage
   *     within 0..100
   */
  public NestedShare {
    Objects.requireNonNull(parentIndicatorCode, "parentIndicatorCode");
    Objects.requireNonNull(share, "share");
    Checks.requirePercent("nested share", share.value());
  }

  /**
   * Returns a nested share.
   *
   * @param parentIndicatorCode the parent indicator code
   * @param share the threshold on the nested share
   * @return the kind
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as the constructor
   */
  public static NestedShare of(IndicatorCode parentIndicatorCode, Threshold share) {
    return new NestedShare(parentIndicatorCode, share);
  }

  /**
   * Returns whether a nested share meets the threshold.
   *
   * @param nestedShare the share within the sub-population
   * @return {@code share().isMet(nestedShare)}
   */
  public boolean isMet(double nestedShare) {
    return share.isMet(nestedShare);
  }

  /**
   * Returns whether a nested share beats the threshold.
   *
   * @param nestedShare the share within the sub-population
   * @return {@code share().isExceeded(nestedShare)}
   */
  public boolean isExceeded(double nestedShare) {
    return share.isExceeded(nestedShare);
  }

  /**
   * Returns the share of the whole population implied by a share of it and a share within that part: 80 % of
   * procedures online, 80 % of those on the national portal, is 64 % of all procedures on the portal.
   *
   * @param parentShare the share of the whole that forms the sub-population, 0–100
   * @param nestedShare the share within the sub-population, 0–100
   * @return {@code parentShare · nestedShare / 100}
   * @throws IllegalArgumentException if a share is outside 0..100
   */
  public static double shareOfWhole(double parentShare, double nestedShare) {
    Checks.requirePercent("parent share", parentShare);
    Checks.requirePercent("nested share", nestedShare);
    return parentShare * nestedShare / 100;
  }

  @Override
  public double[] levels() {
    return share.levels();
  }

  @Override
  public String kindName() {
    return "nested-share";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * Returns the kind as text, such as {@code ≥ 30 of QNG_PAYABLE_PROCEDURES_ONLINE_PAYMENT}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return share + " of " + parentIndicatorCode;
  }
}
