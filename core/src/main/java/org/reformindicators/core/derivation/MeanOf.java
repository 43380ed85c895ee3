package org.reformindicators.core.derivation;

import org.reformindicators.core.record.DossierRecord;

/**
 * A whole-number quantity of a dossier that a {@link Aggregation#MEAN} rule averages, such as {@link #SATISFACTION}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum MeanOf {
  /** The satisfaction rating, 1 to 5 ({@link DossierRecord#satisfaction()}); dossiers without one are left out. */
  SATISFACTION("satisfaction"),
  /** The calendar days from receipt to completion ({@link DossierRecord#handlingDays()}); open dossiers left out. */
  HANDLING_DAYS("handlingDays");

  private final String fieldName;

  MeanOf(String fieldName) {
    this.fieldName = fieldName;
  }

  /**
   * Returns the name in rule files.
   *
   * @return such as {@code satisfaction}
   */
  public String fieldName() {
    return fieldName;
  }

  /**
   * Finds a quantity by its name in rule files.
   *
   * @param fieldName such as {@code handlingDays}
   * @return the quantity
   * @throws IllegalArgumentException if none has that name; the message lists the names
   */
  public static MeanOf fromFieldName(String fieldName) {
    for (MeanOf quantity : values()) {
      if (quantity.fieldName.equals(fieldName)) {
        return quantity;
      }
    }
    throw new IllegalArgumentException(
        "meanOf must be one of [satisfaction, handlingDays], was '" + fieldName + "'");
  }

  /** Returns the quantity of a dossier, or -1 when it has none (both quantities are never negative). */
  int valueOf(DossierRecord record) {
    return switch (this) {
      case SATISFACTION -> record.satisfaction().isPresent() ? record.satisfaction().getAsInt() : -1;
      case HANDLING_DAYS -> record.handlingDays().isPresent() ? record.handlingDays().getAsInt() : -1;
    };
  }
}
