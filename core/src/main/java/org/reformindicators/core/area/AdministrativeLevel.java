package org.reformindicators.core.area;

import java.util.Objects;

/**
 * The level of an administrative unit, such as {@link #PROVINCE} for Quảng Ngãi.
 *
 * <p>The territorial levels are ordered from the top ({@link #NATIONAL}) down to {@link #COMMUNE}. From 2025-07-01
 * Vietnam has two tiers of local government (Resolution 202/2025/QH15): provinces and communes; the district level
 * is abolished, so district units end on 2025-06-30. {@link #AGENCY} is not territorial: it is a department or
 * other body for which an indicator is measured, attached to a territorial unit.
 *
 * <p>This type is immutable and thread-safe.
 */
public enum AdministrativeLevel {
  /** The country (cấp trung ương). */
  NATIONAL,
  /** A province or centrally-run city (cấp tỉnh: tỉnh, thành phố trực thuộc trung ương). */
  PROVINCE,
  /** A district, town or provincial city (cấp huyện), abolished from 2025-07-01. */
  DISTRICT,
  /** A commune, ward or township (cấp xã: xã, phường, thị trấn). */
  COMMUNE,
  /**
   * A department or other body for which an indicator is measured (cơ quan, đơn vị), such as a provincial
   * department.
   */
  AGENCY;

  /**
   * Returns whether this level is part of the territorial hierarchy (every level except {@link #AGENCY}).
   *
   * @return {@code true} for {@link #NATIONAL}, {@link #PROVINCE}, {@link #DISTRICT} and {@link #COMMUNE}
   */
  public boolean isTerritorial() {
    return this != AGENCY;
  }

  /**
   * Returns whether a unit of this level may be the parent of a unit of the child level: a territorial level
   * contains only the territorial levels below it, and an agency may be attached to a unit of any level.
   *
   * @param child the level of the child unit
   * @return {@code true} if the nesting is allowed
   * @throws NullPointerException if {@code child} is null
   */
  public boolean mayContain(AdministrativeLevel child) {
    Objects.requireNonNull(child, "child");
    if (child == AGENCY) {
      return true;
    }
    return isTerritorial() && ordinal() < child.ordinal();
  }
}
