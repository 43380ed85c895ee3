package org.reformindicators.core.progress;

import static java.util.Objects.requireNonNull;

/**
 * What a progress method's category says, such as {@code ("moderate progress", "tiến bộ vừa phải",
 * AT_RISK)} for Eurostat's {@link EurostatCategory#MODERATE_PROGRESS}: its published English label, a
 * Vietnamese rendering and the common outlook it maps to.
 *
 * <p>Immutable and thread-safe.
 *
 * @param labelEn the label the source publishes, in English
 * @param labelVi the Vietnamese rendering of the label
 * @param outlook the common outlook the category maps to
 */
public record CategoryDescription(String labelEn, String labelVi, ProgressOutlook outlook) {

  /**
   * Validates the description.
   *
   * @param labelEn the label the source publishes, in English
   * @param labelVi the Vietnamese rendering of the label
   * @param outlook the common outlook the category maps to
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a label is blank
   */
  public CategoryDescription {
    requireNonNull(labelEn, "labelEn");
    requireNonNull(labelVi, "labelVi");
    requireNonNull(outlook, "outlook");
    if (labelEn.isBlank() || labelVi.isBlank()) {
      throw new IllegalArgumentException(
          "category labels must not be blank, were \"" + labelEn + "\" / \"" + labelVi + "\"");
    }
  }
}
