package org.reformindicators.core.progress;

/**
 * The categories of a least-squares linear projection to the deadline, such as {@code
 * PROJECTED_TO_REACH} when the projected value meets the target but its prediction interval does not
 * wholly (as provincial staff compute it in spreadsheets).
 *
 * <p>Each constant documents the {@link ProgressOutlook} it maps to. Immutable and thread-safe.
 */
public enum LinearProjectionCategory implements ProgressCategory {
  /** The latest value meets or beats the target. Maps to {@link ProgressOutlook#ACHIEVED}. */
  TARGET_ACHIEVED("target achieved", "đã đạt mục tiêu", ProgressOutlook.ACHIEVED),
  /**
   * Even the unfavourable end of the prediction interval meets the target. Maps to {@link
   * ProgressOutlook#ON_TRACK}.
   */
  CONFIDENTLY_ON_TRACK("projected to reach the target, whole interval", "dự báo đạt mục tiêu với cả khoảng dự báo",
      ProgressOutlook.ON_TRACK),
  /** The projected value meets the target. Maps to {@link ProgressOutlook#ON_TRACK}. */
  PROJECTED_TO_REACH("projected to reach the target", "dự báo đạt mục tiêu", ProgressOutlook.ON_TRACK),
  /**
   * The projection falls short but the favourable end of the interval meets the target. Maps to {@link
   * ProgressOutlook#AT_RISK}.
   */
  WITHIN_INTERVAL("target within the prediction interval", "mục tiêu nằm trong khoảng dự báo", ProgressOutlook.AT_RISK),
  /**
   * The whole interval falls short and the fitted slope is flat or towards the target. Maps to {@link
   * ProgressOutlook#AT_RISK}.
   */
  PROJECTED_TO_FALL_SHORT("projected to fall short", "dự báo không đạt mục tiêu", ProgressOutlook.AT_RISK),
  /**
   * The whole interval falls short and the fitted slope points away from the target. Maps to {@link
   * ProgressOutlook#OFF_TRACK}.
   */
  MOVING_AWAY("trend moving away from the target", "xu hướng đi xa mục tiêu", ProgressOutlook.OFF_TRACK),
  /** Too few data points or no target. Maps to {@link ProgressOutlook#NOT_ASSESSABLE}. */
  CANNOT_ASSESS("cannot be assessed", "không đánh giá được", ProgressOutlook.NOT_ASSESSABLE);

  private final CategoryDescription description;

  LinearProjectionCategory(String labelEn, String labelVi, ProgressOutlook outlook) {
    this.description = new CategoryDescription(labelEn, labelVi, outlook);
  }

  @Override
  public CategoryDescription description() {
    return description;
  }
}
