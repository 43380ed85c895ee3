package org.reformindicators.core.record;

/**
 * Where a dossier stands, such as {@link #COMPLETED} for a dossier whose result was returned to the applicant.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DossierOutcome {
  /** Handled and a result issued (đã giải quyết, có kết quả). */
  COMPLETED,
  /** Refused: handled, with a written refusal (từ chối giải quyết). */
  REFUSED,
  /** Withdrawn by the applicant (rút hồ sơ, công dân xin rút). */
  WITHDRAWN,
  /** Still being handled (đang giải quyết). */
  IN_PROGRESS;

  /**
   * Whether the dossier has ended, so it has a completion date.
   *
   * @return {@code true} for every outcome except {@link #IN_PROGRESS}
   */
  public boolean hasEnded() {
    return this != IN_PROGRESS;
  }
}
