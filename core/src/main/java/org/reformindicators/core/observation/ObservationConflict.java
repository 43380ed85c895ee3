package org.reformindicators.core.observation;

import java.util.Objects;

/**
 * Two different observations with the same key, such as {@code PCI_RANK, unit 51, period 2020: 36 of 63 (A) vs 37
 * of 63 (A)}.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param key the shared key
 * @param first one observation
 * @param second another observation, different from {@code first}
 */
public record ObservationConflict(ObservationKey key, Observation first, Observation second) {

  /**
   * Checks that both observations have the key and differ.
   *
   * @param key the shared key
   * @param first one observation
   * @param second another observation
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an observation has another key or the two are equal
   */
  public ObservationConflict {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    if (!first.key().equals(key) || !second.key().equals(key)) {
      throw new IllegalArgumentException(
          "conflicting observations must share the key " + key + ", were " + first.key() + " and " + second.key());
    }
    if (first.equals(second)) {
      throw new IllegalArgumentException("equal observations do not conflict: " + first.describe());
    }
  }

  /**
   * Returns the conflict as text with both values and statuses, such as {@code "PCI_RANK, unit 51, period 2020:
   * 36 of 63 (A) vs 37 of 63 (A)"}; when value and status agree, the observations are shown in full so that the
   * difference (note, source) is visible.
   *
   * @return the description
   */
  @Override
  public String toString() {
    String a = first.valueText() + " (" + first.status().code() + ")";
    String b = second.valueText() + " (" + second.status().code() + ")";
    if (a.equals(b)) {
      a = first.toString();
      b = second.toString();
    }
    return key + ": " + a + " vs " + b;
  }
}
