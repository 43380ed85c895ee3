package org.reformindicators.core.progress;

/**
 * The categories of Eurostat's EU SDG monitoring report, such as {@code MODERATE_PROGRESS} for a ratio of
 * actual to required growth between 60 % and 95 % ({@code docs/methods.md}).
 *
 * <p>Each constant documents the {@link ProgressOutlook} it maps to. Immutable and thread-safe.
 */
public enum EurostatCategory implements ProgressCategory {
  /**
   * The latest value meets or beats the target (a library addition: Eurostat rates the trend only; the
   * evaluation needs to say "achieved"). Maps to {@link ProgressOutlook#ACHIEVED}.
   */
  TARGET_ACHIEVED("target achieved", "đã đạt mục tiêu", ProgressOutlook.ACHIEVED),
  /**
   * With a target, ratio R ≥ 95 %; without, sign-adjusted CAGR ≥ 1 %. Maps to {@link
   * ProgressOutlook#ON_TRACK}.
   */
  SIGNIFICANT_PROGRESS("significant progress", "tiến bộ đáng kể", ProgressOutlook.ON_TRACK),
  /**
   * With a target, 60 % ≤ R &lt; 95 %; without, 0 ≤ CAGR &lt; 1 %. Maps to {@link ProgressOutlook#AT_RISK}.
   */
  MODERATE_PROGRESS("moderate progress", "tiến bộ vừa phải", ProgressOutlook.AT_RISK),
  /** With a target, 0 ≤ R &lt; 60 %. Maps to {@link ProgressOutlook#AT_RISK}. */
  INSUFFICIENT_PROGRESS("insufficient progress", "tiến bộ chưa đủ", ProgressOutlook.AT_RISK),
  /**
   * With a target, R &lt; 0 (or the target was met at the base and is no longer). Maps to {@link
   * ProgressOutlook#OFF_TRACK}.
   */
  MOVEMENT_AWAY("movement away from the target", "đi xa mục tiêu", ProgressOutlook.OFF_TRACK),
  /** Without a target, −1 % &lt; CAGR &lt; 0. Maps to {@link ProgressOutlook#OFF_TRACK}. */
  MODERATE_MOVEMENT_AWAY("moderate movement away from SD objectives", "đi xa mục tiêu ở mức vừa",
      ProgressOutlook.OFF_TRACK),
  /** Without a target, CAGR ≤ −1 %. Maps to {@link ProgressOutlook#OFF_TRACK}. */
  SIGNIFICANT_MOVEMENT_AWAY(
      "significant movement away from SD objectives", "đi xa mục tiêu đáng kể", ProgressOutlook.OFF_TRACK),
  /** The data cannot be assessed (see the result's reason). Maps to {@link ProgressOutlook#NOT_ASSESSABLE}. */
  CANNOT_ASSESS("cannot be assessed", "không đánh giá được", ProgressOutlook.NOT_ASSESSABLE);

  private final CategoryDescription description;

  EurostatCategory(String labelEn, String labelVi, ProgressOutlook outlook) {
    this.description = new CategoryDescription(labelEn, labelVi, outlook);
  }

  @Override
  public CategoryDescription description() {
    return description;
  }
}
