package org.reformindicators.core.target;

/**
 * A task done or not done by the deadline, such as {@code Completion.of()} for "Hoàn thành việc sắp xếp tinh gọn
 * các đơn vị hành chính …" (T4).
 *
 * <p>A completion is recorded as {@code 1} (done) or {@code 0} (not done), as in the observation CSV
 * ({@code docs/formats/observations.md}). It is never exceeded.
 *
 * <p>This type is immutable and thread-safe.
 */
public record Completion() implements TargetKind {

  private static final Completion INSTANCE = new Completion();

  /**
   * Returns the completion kind.
   *
   * @return the completion kind
   */
  public static Completion of() {
    return INSTANCE;
  }

  /**
   * Returns whether a recorded completion meets the target.
   *
   * @param recorded {@code 1} for done, {@code 0} for not done
   * @return {@code true} for {@code 1}
   * @throws IllegalArgumentException if {@code recorded} is neither 0 nor 1
   */
  public boolean isMet(double recorded) {
    if (recorded == 1) {
      return true;
    }
    if (recorded == 0) {
      return false;
    }
    throw new IllegalArgumentException("completion must be 1 (done) or 0 (not done), was " + recorded);
  }

  /**
   * Returns {@code false}: a completion cannot be exceeded.
   *
   * @param recorded {@code 1} for done, {@code 0} for not done
   * @return {@code false}
   * @throws IllegalArgumentException if {@code recorded} is neither 0 nor 1
   */
  public boolean isExceeded(double recorded) {
    isMet(recorded);
    return false;
  }

  @Override
  public String kindName() {
    return "completion";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * Returns {@code done}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "done";
  }
}
