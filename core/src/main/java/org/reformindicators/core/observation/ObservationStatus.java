package org.reformindicators.core.observation;

import java.util.Arrays;
import java.util.Objects;

/**
 * The status of an observation, an SDMX observation-status code such as {@code A} (normal value) or {@code B}
 * (time series break).
 *
 * <p>The codes and labels are those of the SDMX cross-domain code list {@code CL_OBS_STATUS}, version 2.2 (SDMX
 * Statistical Working Group; 20 codes, published at https://sdmx.org/?page_id=3215/). Five of them mark a missing
 * value, for which an observation carries no value ({@code docs/formats/observations.md}: an empty value is allowed only with
 * {@code M}, {@code O}, {@code L}, {@code Q} or {@code H}).
 *
 * <p>This type is immutable and thread-safe.
 */
public enum ObservationStatus {
  /** {@code A}: normal value. */
  NORMAL_VALUE("A", "Normal value", false),
  /** {@code B}: time series break, e.g. online services counted as "level 3 and 4" before Decree 42/2022/NĐ-CP. */
  TIME_SERIES_BREAK("B", "Time series break", false),
  /** {@code D}: definition differs. */
  DEFINITION_DIFFERS("D", "Definition differs", false),
  /** {@code E}: estimated value. */
  ESTIMATED_VALUE("E", "Estimated value", false),
  /** {@code F}: forecast value. */
  FORECAST_VALUE("F", "Forecast value", false),
  /** {@code G}: experimental value. */
  EXPERIMENTAL_VALUE("G", "Experimental value", false),
  /** {@code H}: missing value; holiday or weekend. */
  MISSING_HOLIDAY_OR_WEEKEND("H", "Missing value; holiday or weekend", true),
  /** {@code I}: imputed value (CCSA definition). */
  IMPUTED_VALUE("I", "Imputed value (CCSA definition)", false),
  /** {@code J}: derogation. */
  DEROGATION("J", "Derogation", false),
  /** {@code K}: data included in another category. */
  INCLUDED_IN_ANOTHER_CATEGORY("K", "Data included in another category", false),
  /** {@code L}: missing value; data exist but were not collected. */
  MISSING_NOT_COLLECTED("L", "Missing value; data exist but were not collected", true),
  /** {@code M}: missing value; data cannot exist (e.g. a district after 2025-06-30). */
  MISSING_CANNOT_EXIST("M", "Missing value; data cannot exist", true),
  /** {@code N}: not significant. */
  NOT_SIGNIFICANT("N", "Not significant", false),
  /** {@code O}: missing value (e.g. a province left unscored in a PAPI edition). */
  MISSING_VALUE("O", "Missing value", true),
  /** {@code P}: provisional value. */
  PROVISIONAL_VALUE("P", "Provisional value", false),
  /** {@code Q}: missing value; suppressed. */
  MISSING_SUPPRESSED("Q", "Missing value; suppressed", true),
  /** {@code S}: strike and other special events. */
  STRIKE("S", "Strike and other special events", false),
  /** {@code U}: low reliability. */
  LOW_RELIABILITY("U", "Low reliability", false),
  /** {@code V}: unvalidated value. */
  UNVALIDATED_VALUE("V", "Unvalidated value", false),
  /** {@code W}: includes data from another category. */
  INCLUDES_DATA_FROM_ANOTHER_CATEGORY("W", "Includes data from another category", false);

  private final String code;
  private final String label;
  private final boolean missing;

  ObservationStatus(String code, String label, boolean missing) {
    this.code = code;
    this.label = label;
    this.missing = missing;
  }

  /**
   * Returns the status with an SDMX code.
   *
   * @param code the code, one upper-case letter such as {@code "A"}
   * @return the status
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if {@code code} is not a code of {@code CL_OBS_STATUS} 2.2
   */
  public static ObservationStatus fromCode(String code) {
    Objects.requireNonNull(code, "code");
    for (ObservationStatus status : values()) {
      if (status.code.equals(code)) {
        return status;
      }
    }
    throw new IllegalArgumentException(
        "status must be an SDMX CL_OBS_STATUS code "
            + Arrays.stream(values()).map(ObservationStatus::code).toList()
            + ", was '"
            + code
            + "'");
  }

  /**
   * Returns the SDMX code.
   *
   * @return the code, for example {@code "A"}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the SDMX label in English.
   *
   * @return the label, for example {@code "Normal value"}
   */
  public String label() {
    return label;
  }

  /**
   * Returns whether this status marks a missing value ({@code H}, {@code L}, {@code M}, {@code O}, {@code Q}), in
   * which case the observation has no value.
   *
   * @return {@code true} for a missing-value status
   */
  public boolean isMissing() {
    return missing;
  }
}
