package org.reformindicators.core.record;

/**
 * The online public-service level a dossier's procedure was offered at, such as {@link #FULL} for a full-process
 * online service (dịch vụ công trực tuyến toàn trình).
 *
 * <p>Decree 42/2022/NĐ-CP replaced the four levels of Decree 43/2011/NĐ-CP with "full-process" and "partial"
 * online services. Records received before the change may carry {@link #LEVEL_3} or {@link #LEVEL_4}; this
 * library reads level 4 as full and level 3 as partial when a rule asks "online at level 3 and 4" ({@link
 * #isLevel3Or4OrSuccessor()}), a reading that plan files and rule files state.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum OnlineServiceLevel {
  /** No online service, or levels 1 and 2 (information and forms only). */
  NONE,
  /** Partial online service (dịch vụ công trực tuyến một phần), Decree 42/2022/NĐ-CP. */
  PARTIAL,
  /** Full-process online service (dịch vụ công trực tuyến toàn trình), Decree 42/2022/NĐ-CP. */
  FULL,
  /** Level 3 of Decree 43/2011/NĐ-CP: submitted and handled online, result returned in person. */
  LEVEL_3,
  /** Level 4 of Decree 43/2011/NĐ-CP: submitted, paid and handled online, result returned online or by post. */
  LEVEL_4;

  /**
   * Whether this level counts as "level 3 and 4" of the plan's wording: {@link #LEVEL_3}, {@link #LEVEL_4} and
   * their successors {@link #PARTIAL} and {@link #FULL} under Decree 42/2022/NĐ-CP (a reading of this library).
   *
   * @return {@code true} for every level except {@link #NONE}
   */
  public boolean isLevel3Or4OrSuccessor() {
    return this != NONE;
  }
}
