package org.reformindicators.core.progress;

/**
 * The trend categories of the SDSN Sustainable Development Report, such as {@code STAGNATING} for an
 * achieved linear rate below half the rate required ({@code docs/methods.md}).
 *
 * <p>Each constant documents the {@link ProgressOutlook} it maps to. Immutable and thread-safe.
 */
public enum SdsnCategory implements ProgressCategory {
  /**
   * The latest value meets or beats the target ("maintaining SDG achievement"). Maps to {@link
   * ProgressOutlook#ACHIEVED}.
   */
  MAINTAINING_ACHIEVEMENT("on track or maintaining SDG achievement", "đúng hướng hoặc duy trì kết quả đã đạt",
      ProgressOutlook.ACHIEVED),
  /** Ratio ≥ 1. Maps to {@link ProgressOutlook#ON_TRACK}. */
  ON_TRACK("on track or maintaining SDG achievement", "đúng hướng hoặc duy trì kết quả đã đạt",
      ProgressOutlook.ON_TRACK),
  /** 0.5 ≤ ratio &lt; 1. Maps to {@link ProgressOutlook#AT_RISK}. */
  MODERATELY_IMPROVING("moderately improving", "cải thiện vừa phải", ProgressOutlook.AT_RISK),
  /** 0 ≤ ratio &lt; 0.5. Maps to {@link ProgressOutlook#AT_RISK}. */
  STAGNATING("stagnating", "trì trệ", ProgressOutlook.AT_RISK),
  /**
   * Ratio &lt; 0 (or a target met at the base is no longer). Maps to {@link ProgressOutlook#OFF_TRACK}.
   */
  DECREASING("decreasing", "giảm sút", ProgressOutlook.OFF_TRACK),
  /** The data cannot be assessed. Maps to {@link ProgressOutlook#NOT_ASSESSABLE}. */
  CANNOT_ASSESS("cannot be assessed", "không đánh giá được", ProgressOutlook.NOT_ASSESSABLE);

  private final CategoryDescription description;

  SdsnCategory(String labelEn, String labelVi, ProgressOutlook outlook) {
    this.description = new CategoryDescription(labelEn, labelVi, outlook);
  }

  @Override
  public CategoryDescription description() {
    return description;
  }
}
