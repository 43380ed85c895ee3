package org.reformindicators.core.target;

import java.util.Objects;

/**
 * A target assessed by hand, carried with the criterion an assessor checks, such as the criterion of T13a:
 * "the civil service has a sound structure and meets job-title standards, job positions and competency
 * frameworks".
 *
 * <p>No value can meet or exceed it; an engine records the assessor's verdict instead. The verbatim source text
 * is on the {@link Target}.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param criterion what an assessor checks, in English, not blank
 */
public record Qualitative(String criterion) implements TargetKind {

  /**
   * Validates the criterion.
   *
   * @param criterion the criterion
   * @throws NullPointerException if {@code criterion} is null
   * @throws IllegalArgumentException if {@code criterion} is blank
   */
  public Qualitative {
    Objects.requireNonNull(criterion, "criterion");
    Checks.requireText("qualitative criterion", criterion);
  }

  /**
   * Returns a qualitative target.
   *
   * @param criterion what an assessor checks
   * @return the kind
   * @throws NullPointerException if {@code criterion} is null
   * @throws IllegalArgumentException if {@code criterion} is blank
   */
  public static Qualitative of(String criterion) {
    return new Qualitative(criterion);
  }

  @Override
  public boolean isMeasured() {
    return false;
  }

  @Override
  public String kindName() {
    return "qualitative";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * Returns the kind as text: {@code assessed by hand: } and the criterion.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "assessed by hand: " + criterion;
  }
}
