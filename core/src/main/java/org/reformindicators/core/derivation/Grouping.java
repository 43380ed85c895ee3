package org.reformindicators.core.derivation;

/**
 * A dimension by which derived observations are broken down within a unit, such as {@link #AGENCY}: one observation
 * per agency, with the breakdown key {@code AGENCY}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Grouping {
  /** By the code of the handling agency; breakdown key {@code AGENCY}. */
  AGENCY,
  /** By procedure code; breakdown key {@code PROCEDURE}. */
  PROCEDURE,
  /** By handling level; breakdown key {@code LEVEL} with the values {@code PROVINCE}, {@code DISTRICT}, {@code COMMUNE}. */
  LEVEL,
  /**
   * By the sector of the dossier's procedure, from the procedure list (such as {@code LAND}); breakdown key {@code
   * SECTOR}. A dossier whose procedure is unlisted or has no sector is left out of such a group.
   */
  SECTOR;

  /**
   * Returns the breakdown key.
   *
   * @return the key, the constant's name
   */
  public String key() {
    return name();
  }
}
