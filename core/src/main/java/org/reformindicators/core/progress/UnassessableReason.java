package org.reformindicators.core.progress;

/**
 * Why a progress method could not assess a series, such as {@code ZERO_BASE} when a compound growth rate
 * would divide by a base value of 0.
 *
 * <p>{@code docs/methods.md} requires an explicit "cannot assess" outcome with a reason wherever a formula is
 * undefined, never {@code NaN} in a report. Each reason carries a short English and Vietnamese text for
 * reports. Immutable and thread-safe.
 */
public enum UnassessableReason {
  /** There is no observation at all. */
  NO_OBSERVATIONS(
      "there is no observation to assess", "không có số liệu để đánh giá"),
  /** The method needs more data points than the series holds (e.g. one point, or two for a regression). */
  TOO_FEW_OBSERVATIONS(
      "too few observations for this method", "không đủ số liệu cho phương pháp này"),
  /** No observation lies after the base time, so no rate of change can be measured. */
  NO_OBSERVATION_AFTER_BASE(
      "no observation after the base period", "không có số liệu sau kỳ gốc"),
  /** The method needs a quantified target and the input has none. */
  NO_TARGET(
      "the method needs a quantified target", "phương pháp cần một chỉ tiêu định lượng"),
  /** The target time is not after the base time, so no required rate exists. */
  TARGET_TIME_NOT_AFTER_BASE(
      "the target year is not after the base year", "năm mục tiêu không sau năm gốc"),
  /** A compound growth rate would divide by a base value of zero. */
  ZERO_BASE(
      "the base value is zero, so a compound growth rate is undefined",
      "giá trị kỳ gốc bằng 0 nên không tính được tốc độ tăng bình quân"),
  /** A compound growth rate needs non-zero values and one of the values used is zero. */
  ZERO_VALUE(
      "a value used in a compound growth rate is zero",
      "một giá trị dùng để tính tốc độ tăng bình quân bằng 0"),
  /** Values of different signs: a compound growth rate is undefined. */
  MIXED_SIGNS(
      "the values have different signs, so a compound growth rate is undefined",
      "các giá trị trái dấu nên không tính được tốc độ tăng bình quân");

  private final String english;
  private final String vietnamese;

  UnassessableReason(String english, String vietnamese) {
    this.english = english;
    this.vietnamese = vietnamese;
  }

  /**
   * Returns the reason as a short English phrase.
   *
   * @return the English text, e.g. "the base value is zero, so a compound growth rate is undefined"
   */
  public String labelEn() {
    return english;
  }

  /**
   * Returns the reason as a short Vietnamese phrase.
   *
   * @return the Vietnamese text, e.g. "giá trị kỳ gốc bằng 0 nên không tính được tốc độ tăng bình quân"
   */
  public String labelVi() {
    return vietnamese;
  }
}
