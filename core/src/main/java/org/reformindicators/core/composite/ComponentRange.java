package org.reformindicators.core.composite;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The values the data may hold for a leaf of a composite index, such as {@code 0–10} for a PCI sub-index.
 *
 * <p>A leaf without a normalisation and without a scoring rule reads its score straight from the data, so a
 * value is possible only between 0 and the leaf's maximum points: 0–10 for a PCI sub-index (VCCI, PCI 2016 handbook: ten
 * sub-indices on 0–10), at most 10 points for a PAPI dimension, at most an area's points for the PAR INDEX
 * (UNDP and CECODES, PAPI reports; Decision 2948/QĐ-BNV of the Ministry of Home Affairs). A leaf with a normalisation or a scoring rule transforms its value, so the
 * data have no range here (the scoring rule itself says which values it accepts), and neither does a leaf
 * without maximum points. Immutable and thread-safe.
 *
 * @param lowest the least possible value, inclusive
 * @param highest the greatest possible value, inclusive
 */
public record ComponentRange(BigDecimal lowest, BigDecimal highest) implements Serializable {

  /**
   * Validates the bounds.
   *
   * @param lowest the least possible value, inclusive
   * @param highest the greatest possible value, inclusive
   * @throws NullPointerException if a bound is null
   * @throws IllegalArgumentException if {@code lowest > highest}
   */
  public ComponentRange {
    Objects.requireNonNull(lowest, "lowest");
    Objects.requireNonNull(highest, "highest");
    if (lowest.compareTo(highest) > 0) {
      throw new IllegalArgumentException("lowest must not exceed highest, was " + lowest.toPlainString() + " > "
          + highest.toPlainString());
    }
  }

  /**
   * Returns the range of a leaf's values in the data: 0 to its maximum points when it reads its score straight
   * from the data.
   *
   * @param leaf the node
   * @return the range, or empty when the node is not a leaf, transforms its value (normalisation or scoring
   *     rule) or has no maximum points
   * @throws NullPointerException if {@code leaf} is null
   */
  public static Optional<ComponentRange> of(IndexNode leaf) {
    Objects.requireNonNull(leaf, "leaf");
    if (!leaf.isLeaf() || leaf.normalisation().isPresent() || leaf.scoring().isPresent()) {
      return Optional.empty();
    }
    return leaf.maxPoints().map(max -> new ComponentRange(BigDecimal.ZERO, max));
  }

  /**
   * Tells whether a value lies within the range, bounds included.
   *
   * @param value the value
   * @return {@code true} when {@code lowest ≤ value ≤ highest}
   * @throws NullPointerException if {@code value} is null
   */
  public boolean contains(BigDecimal value) {
    return value.compareTo(lowest) >= 0 && value.compareTo(highest) <= 0;
  }

  /**
   * Returns the range as text, such as {@code 0–10}.
   *
   * @return the bounds in plain decimals joined by an en dash
   */
  @Override
  public String toString() {
    return lowest.toPlainString() + "–" + highest.toPlainString();
  }
}
