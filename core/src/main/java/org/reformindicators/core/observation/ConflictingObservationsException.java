package org.reformindicators.core.observation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when observations to be combined hold different facts for the same key, such as two PCI ranks of Quảng
 * Ngãi for 2020; the message and {@link #conflicts()} list every conflict, each with both observations.
 *
 * <p>Instances are immutable and thread-safe once thrown.
 */
public final class ConflictingObservationsException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The conflicts; transient because observations are not serializable. */
  private final transient List<ObservationConflict> conflicts;

  /**
   * Creates the exception.
   *
   * @param conflicts every conflict found, at least one
   * @throws NullPointerException if {@code conflicts} or an element is null
   * @throws IllegalArgumentException if {@code conflicts} is empty
   */
  public ConflictingObservationsException(List<ObservationConflict> conflicts) {
    super(message(conflicts));
    this.conflicts = List.copyOf(conflicts);
  }

  private static String message(List<ObservationConflict> conflicts) {
    Objects.requireNonNull(conflicts, "conflicts");
    if (conflicts.isEmpty()) {
      throw new IllegalArgumentException("conflicts must not be empty");
    }
    return conflicts.size()
        + (conflicts.size() == 1 ? " conflicting observation: " : " conflicting observations: ")
        + conflicts.stream().map(ObservationConflict::toString).collect(Collectors.joining("; "));
  }

  /**
   * Returns every conflict, ordered by key.
   *
   * @return the conflicts; empty only after deserialization, which does not keep them
   */
  public List<ObservationConflict> conflicts() {
    return conflicts == null ? List.of() : conflicts;
  }
}
