package org.reformindicators.examples.report;

import java.util.Objects;
import org.reformindicators.core.text.Language;

/**
 * One row of a progress report, one clause of a plan, such as {@code T1b | PAR INDEX rank by 2025 |
 * rank 25–30 of 63 by 2025 | 39/63 (2021) | on track | …}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param id the clause id, such as {@code T1b}
 * @param name the clause's short name in the report's language
 * @param target the target as text, such as {@code ≤ 30 of 63 by 2025}
 * @param latestValue the latest value as text, or the empty string when there is no data
 * @param latestPeriod the period of the latest value, such as {@code 2021}, or the empty string
 * @param sample whether the latest value is an illustrative sample rather than a published result
 * @param status the machine status code, such as {@code ON_TRACK}
 * @param statusLabel the status in the report's language
 * @param exceeded whether the result is better than the whole target (shown beside the status)
 * @param explanation why the clause has this status, in the report's language
 */
public record ClauseLine(
    String id,
    String name,
    String target,
    String latestValue,
    String latestPeriod,
    boolean sample,
    String status,
    String statusLabel,
    boolean exceeded,
    String explanation) {

  /**
   * Validates the components.
   *
   * @param id the clause id, such as {@code T1b}
   * @param name the clause's short name in the report's language
   * @param target the target as text, such as {@code ≤ 30 of 63 by 2025}
   * @param latestValue the latest value as text, or the empty string when there is no data
   * @param latestPeriod the period of the latest value, such as {@code 2021}, or the empty string
   * @param sample whether the latest value is an illustrative sample rather than a published result
   * @param status the machine status code, such as {@code ON_TRACK}
   * @param statusLabel the status in the report's language
   * @param exceeded whether the result is better than the whole target (shown beside the status)
   * @param explanation why the clause has this status, in the report's language
   * @throws NullPointerException if a component is {@code null}
   * @throws IllegalArgumentException if the id or status is blank
   */
  public ClauseLine {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(latestValue, "latestValue");
    Objects.requireNonNull(latestPeriod, "latestPeriod");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(statusLabel, "statusLabel");
    Objects.requireNonNull(explanation, "explanation");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    if (status.isBlank()) {
      throw new IllegalArgumentException("status of clause " + id + " must not be blank");
    }
  }

  /**
   * Returns the status as shown, such as {@code Đạt (vượt)} for an achieved target that was
   * exceeded.
   *
   * @param language the language of the marker
   * @return the status label, with the exceeded marker when it applies
   */
  public String statusText(Language language) {
    return exceeded ? statusLabel + " (" + ReportLabels.text(language, "exceeded") + ")" : statusLabel;
  }

  /**
   * Returns the latest value with its period, such as {@code 39 (2021)}, {@code 88.2* (2025)} for a
   * sample, or the empty string when there is no data.
   *
   * @return the latest value and period as one text
   */
  public String latestWithPeriod() {
    if (latestValue.isEmpty()) {
      return "";
    }
    String value = sample ? latestValue + "*" : latestValue;
    return latestPeriod.isEmpty() ? value : value + " (" + latestPeriod + ")";
  }
}
