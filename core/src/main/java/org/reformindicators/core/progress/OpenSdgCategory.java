package org.reformindicators.core.progress;

/**
 * The categories of Statistics Canada's progress measure as implemented by Open SDG, such as {@code
 * LIMITED_PROGRESS} for a ratio of observed to required growth between 0 and 60 % ({@code docs/methods.md}).
 *
 * <p>Each constant documents the {@link ProgressOutlook} it maps to. Immutable and thread-safe.
 */
public enum OpenSdgCategory implements ProgressCategory {
  /** The latest value meets or beats the target, whatever the trend. Maps to {@link ProgressOutlook#ACHIEVED}. */
  TARGET_ACHIEVED("target achieved", "đã đạt mục tiêu", ProgressOutlook.ACHIEVED),
  /** R ≥ 95 %, or without a target CAGR ≥ 1.5 %·C. Maps to {@link ProgressOutlook#ON_TRACK}. */
  ON_TRACK("on track", "đúng hướng", ProgressOutlook.ON_TRACK),
  /**
   * 60 % ≤ R &lt; 95 %, or without a target 0.5 %·C ≤ CAGR &lt; 1.5 %·C. Maps to {@link
   * ProgressOutlook#AT_RISK}.
   */
  ACCELERATION_NEEDED("progress made but acceleration needed", "có tiến bộ nhưng cần tăng tốc",
      ProgressOutlook.AT_RISK),
  /** 0 ≤ R &lt; 60 %, or without a target 0 ≤ CAGR &lt; 0.5 %·C. Maps to {@link ProgressOutlook#AT_RISK}. */
  LIMITED_PROGRESS("limited progress", "tiến bộ hạn chế", ProgressOutlook.AT_RISK),
  /** R &lt; 0, or without a target CAGR &lt; 0. Maps to {@link ProgressOutlook#OFF_TRACK}. */
  DETERIORATION("deterioration", "suy giảm", ProgressOutlook.OFF_TRACK),
  /** Minimum data requirements not met. Maps to {@link ProgressOutlook#NOT_ASSESSABLE}. */
  UNABLE_TO_ASSESS("unable to assess", "không đánh giá được", ProgressOutlook.NOT_ASSESSABLE);

  private final CategoryDescription description;

  OpenSdgCategory(String labelEn, String labelVi, ProgressOutlook outlook) {
    this.description = new CategoryDescription(labelEn, labelVi, outlook);
  }

  @Override
  public CategoryDescription description() {
    return description;
  }
}
