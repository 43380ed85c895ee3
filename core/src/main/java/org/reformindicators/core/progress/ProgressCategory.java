package org.reformindicators.core.progress;

/**
 * A progress method's own category, such as {@link EurostatCategory#MODERATE_PROGRESS}, kept beside the
 * common {@link ProgressOutlook} so a report can show the label the source publishes.
 *
 * <p>Implemented by one enum per method; implementations are immutable and thread-safe.
 */
public interface ProgressCategory {

  /**
   * Returns the machine code of the category, the enum constant's name (e.g. {@code "MODERATE_PROGRESS"}).
   *
   * @return the category's code
   */
  String code();

  /**
   * Returns the label the source publishes, in English (e.g. "moderate progress").
   *
   * @return the published English label
   */
  String labelEn();

  /**
   * Returns the label in Vietnamese, for reports (a rendering: the source publishes in English), e.g. "tiến bộ
   * vừa phải".
   *
   * @return the Vietnamese label
   */
  String labelVi();

  /**
   * Returns the common outlook this category maps to, as documented on the enum constant.
   *
   * @return the outlook of this category
   */
  ProgressOutlook outlook();
}
