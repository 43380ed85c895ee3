package org.reformindicators.core.record;

import org.reformindicators.core.area.AdministrativeLevel;

/**
 * The administrative level whose competence a dossier falls under, such as {@link #COMMUNE} for a birth
 * registration handled by a commune People's Committee.
 *
 * <p>The district level is abolished from 2025-07-01 (Resolution 202/2025/QH15), so no dossier received from that
 * day should carry {@link #DISTRICT}; records do not enforce it, because a system may still report older dossiers.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum HandlingLevel {
  /** Province level (cấp tỉnh). */
  PROVINCE,
  /** District level (cấp huyện), abolished from 2025-07-01. */
  DISTRICT,
  /** Commune level (cấp xã). */
  COMMUNE;

  /**
   * Returns the matching administrative level.
   *
   * @return such as {@link AdministrativeLevel#COMMUNE}
   */
  public AdministrativeLevel administrativeLevel() {
    return switch (this) {
      case PROVINCE -> AdministrativeLevel.PROVINCE;
      case DISTRICT -> AdministrativeLevel.DISTRICT;
      case COMMUNE -> AdministrativeLevel.COMMUNE;
    };
  }
}
