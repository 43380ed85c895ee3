package org.reformindicators.core.progress;

/**
 * A progress method's own category, such as {@link EurostatCategory#MODERATE_PROGRESS}, kept beside the
 * common {@link ProgressOutlook} so a report can show the label the source publishes.
 *
 * <p>Implemented by one enum per method; implementations are immutable and thread-safe.
 */
public interface ProgressCategory {

  /**
   * Returns the enum constant's name; every implementation is an enum, which provides it.
   *
   * @return the constant's name (e.g. {@code "MODERATE_PROGRESS"})
   */
  String name();

  /**
   * Returns what the category says: its labels and the outlook it maps to.
   *
   * @return the category's description
   */
  CategoryDescription description();

  /**
   * Returns the machine code of the category, the enum constant's name (e.g. {@code "MODERATE_PROGRESS"}).
   *
   * @return the category's code
   */
  default String code() {
    return name();
  }

  /**
   * Returns the label the source publishes, in English (e.g. "moderate progress").
   *
   * @return the published English label
   */
  default String labelEn() {
    return description().labelEn();
  }

  /**
   * Returns the label in Vietnamese, for reports (a rendering: the source publishes in English), e.g. "tiến bộ
   * vừa phải".
   *
   * @return the Vietnamese label
   */
  default String labelVi() {
    return description().labelVi();
  }

  /**
   * Returns the common outlook this category maps to, as documented on the enum constant.
   *
   * @return the outlook of this category
   */
  default ProgressOutlook outlook() {
    return description().outlook();
  }
}
