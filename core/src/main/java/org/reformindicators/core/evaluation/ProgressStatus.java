package org.reformindicators.core.evaluation;

import java.util.Objects;
import org.reformindicators.core.progress.ProgressOutlook;

/**
 * The status of a clause as of a period, such as {@code ON_TRACK} for the PAR INDEX rank of Quảng Ngãi rising
 * from 63rd (2020) to 39th (2021) against "25–30 of 63 by 2025".
 *
 * <p>One fixed vocabulary of machine codes that no language setting translates; {@link #labelVi()} and {@link
 * #labelEn()} are for display only. {@link #severity()} orders the statuses from the most to the least
 * worrying, which is how the status of a clause with several parts (breakdown values, recurring periods) is
 * combined. Immutable and thread-safe.
 */
public enum ProgressStatus {
  /** The target is met (the assessment flags when it is exceeded). */
  ACHIEVED("Đạt", "Achieved", 6),
  /** The trend reaches the target by its deadline. */
  ON_TRACK("Đúng tiến độ", "On track", 5),
  /** Progress is in the right direction but too slow. */
  AT_RISK("Có nguy cơ không đạt", "At risk", 3),
  /** The indicator is moving away from the target. */
  OFF_TRACK("Đi ngược mục tiêu", "Off track", 2),
  /** The deadline has passed and the target was not met. */
  NOT_ACHIEVED("Không đạt", "Not achieved", 1),
  /** Too little data, an external norm not supplied, …; the assessment gives the reason. */
  NOT_ASSESSABLE("Không đánh giá được", "Not assessable", 4),
  /** The clause no longer applies (e.g. the district level abolished from 2025-07-01). */
  NOT_APPLICABLE("Không áp dụng", "Not applicable", 7),
  /** A qualitative clause, assessed by hand. */
  MANUAL("Đánh giá thủ công", "Assessed by hand", 8);

  private final String labelVi;
  private final String labelEn;
  private final int severity;

  ProgressStatus(String labelVi, String labelEn, int severity) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
    this.severity = severity;
  }

  /**
   * Returns the Vietnamese display label, e.g. "Đúng tiến độ".
   *
   * @return the label
   */
  public String labelVi() {
    return labelVi;
  }

  /**
   * Returns the English display label, e.g. "On track".
   *
   * @return the label
   */
  public String labelEn() {
    return labelEn;
  }

  /**
   * Returns the rank of this status from the most worrying (1, {@link #NOT_ACHIEVED}) to the least: {@code
   * NOT_ACHIEVED}, {@code OFF_TRACK}, {@code AT_RISK}, {@code NOT_ASSESSABLE}, {@code ON_TRACK}, {@code ACHIEVED},
   * {@code NOT_APPLICABLE}, {@code MANUAL}. A clause made of parts takes the status of its most worrying part.
   *
   * @return the severity rank, 1 to 8
   */
  public int severity() {
    return severity;
  }

  /**
   * Returns the more worrying of two statuses by {@link #severity()}.
   *
   * @param other the other status
   * @return {@code this} or {@code other}, whichever has the lower severity rank
   * @throws NullPointerException if {@code other} is null
   */
  public ProgressStatus worse(ProgressStatus other) {
    Objects.requireNonNull(other, "other");
    return other.severity < severity ? other : this;
  }

  /**
   * Maps a progress method's outlook to a status, before a deadline: {@code ACHIEVED → ACHIEVED}, {@code
   * ON_TRACK → ON_TRACK}, {@code AT_RISK → AT_RISK}, {@code OFF_TRACK → OFF_TRACK}, {@code NOT_ASSESSABLE →
   * NOT_ASSESSABLE}. (After a deadline the engine judges the observed value instead and uses {@link
   * #NOT_ACHIEVED}.)
   *
   * @param outlook the outlook
   * @return the status
   * @throws NullPointerException if {@code outlook} is null
   */
  public static ProgressStatus fromOutlook(ProgressOutlook outlook) {
    switch (Objects.requireNonNull(outlook, "outlook")) {
      case ACHIEVED:
        return ACHIEVED;
      case ON_TRACK:
        return ON_TRACK;
      case AT_RISK:
        return AT_RISK;
      case OFF_TRACK:
        return OFF_TRACK;
      default:
        return NOT_ASSESSABLE;
    }
  }
}
