package org.reformindicators.core.progress;

/**
 * The anticipated-progress categories of UN ESCAP's Asia-Pacific SDG progress report, such as {@code
 * ACCELERATE} when the forecast at the target year moves towards the target but falls short ({@code docs/methods.md}).
 *
 * <p>Each constant documents the {@link ProgressOutlook} it maps to. Immutable and thread-safe.
 */
public enum EscapCategory implements ProgressCategory {
  /**
   * The latest value meets or beats the target (current status 10). Maps to {@link
   * ProgressOutlook#ACHIEVED}.
   */
  TARGET_ACHIEVED("target achieved", "đã đạt mục tiêu", ProgressOutlook.ACHIEVED),
  /** Progress gap ≤ 0: the forecast reaches the target. Maps to {@link ProgressOutlook#ON_TRACK}. */
  MAINTAIN_PROGRESS("maintain progress to achieve target", "duy trì tiến độ để đạt mục tiêu", ProgressOutlook.ON_TRACK),
  /**
   * 0 &lt; progress gap ≤ 1: the forecast is no worse than the base but short of the target. Maps to
   * {@link ProgressOutlook#AT_RISK}.
   */
  ACCELERATE("accelerate progress", "cần đẩy nhanh tiến độ", ProgressOutlook.AT_RISK),
  /**
   * Progress gap &gt; 1: the forecast is worse than the base (or a target met at the base is no longer).
   * Maps to {@link ProgressOutlook#OFF_TRACK}.
   */
  REVERSE_TREND("reverse trend", "cần đảo ngược xu hướng", ProgressOutlook.OFF_TRACK),
  /** Too few data points or no target. Maps to {@link ProgressOutlook#NOT_ASSESSABLE}. */
  INSUFFICIENT_DATA("insufficient data", "không đủ số liệu", ProgressOutlook.NOT_ASSESSABLE);

  private final CategoryDescription description;

  EscapCategory(String labelEn, String labelVi, ProgressOutlook outlook) {
    this.description = new CategoryDescription(labelEn, labelVi, outlook);
  }

  @Override
  public CategoryDescription description() {
    return description;
  }
}
