package org.reformindicators.core.derivation;

import java.time.LocalDate;
import java.util.Optional;
import org.reformindicators.core.record.DossierRecord;

/**
 * The date that attributes a dossier to a period, such as {@link #COMPLETED}: a dossier received on 2024-12-28 and
 * completed on 2025-01-03 counts in 2025.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DateBasis {
  /** The received date; every dossier has one. */
  RECEIVED,
  /** The completion date; a dossier still in progress has none and is not attributed to any period. */
  COMPLETED;

  /**
   * Returns the date of a dossier on this basis.
   *
   * @param record the dossier
   * @return the date, or empty for {@link #COMPLETED} while in progress
   */
  public Optional<LocalDate> dateOf(DossierRecord record) {
    return this == RECEIVED ? Optional.of(record.received()) : record.completed();
  }
}
