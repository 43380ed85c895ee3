package org.reformindicators.core.target;

import java.util.Objects;

/**
 * A threshold whose value comes from a named outside norm supplied at evaluation time, such as
 * {@code ExternalThreshold.of("CENTRAL_STAFF_REDUCTION_RATIO", Comparison.AT_LEAST, …)} for "tinh giản biên chế …
 * bảo đảm tỷ lệ theo quy định của Trung ương" (T12a: staff reduction at the ratio the central government sets).
 *
 * <p>The plan does not state the value, so the kind cannot be judged until the caller supplies the norm;
 * {@link #resolve(double)} turns it into an ordinary {@link Threshold}.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param normId the identifier of the norm, in the code syntax of {@code docs/formats/observations.md}
 * @param comparison how the value is compared with the norm
 * @param description what the norm is and who sets it, in Vietnamese and English
 */
public record ExternalThreshold(String normId, Comparison comparison, BilingualText description)
    implements TargetKind {

  /**
   * Validates the kind.
   *
   * @param normId the norm identifier
   * @param comparison the comparison
   * @param description the description
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the norm id breaks the code syntax
   */
  public ExternalThreshold {
    Objects.requireNonNull(normId, "normId");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(description, "description");
    Checks.requireCode("normId", normId);
  }

  /**
   * Returns an external threshold.
   *
   * @param normId the norm identifier
   * @param comparison the comparison
   * @param description the description
   * @return the kind
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the norm id breaks the code syntax
   */
  public static ExternalThreshold of(String normId, Comparison comparison, BilingualText description) {
    return new ExternalThreshold(normId, comparison, description);
  }

  /**
   * Returns the threshold once the value of the norm is known.
   *
   * @param normValue the value of the norm, in the indicator's unit
   * @return {@code new Threshold(comparison(), normValue)}
   * @throws IllegalArgumentException if {@code normValue} is not finite
   */
  public Threshold resolve(double normValue) {
    return new Threshold(comparison, normValue);
  }

  @Override
  public String kindName() {
    return "external-threshold";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * Returns the kind as text, such as {@code ≥ CENTRAL_STAFF_REDUCTION_RATIO}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return comparison.symbol() + " " + normId;
  }
}
