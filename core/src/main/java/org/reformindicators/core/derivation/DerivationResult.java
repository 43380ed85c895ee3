package org.reformindicators.core.derivation;

import java.util.List;
import java.util.Objects;
import org.reformindicators.core.observation.Observation;

/**
 * The observations a {@link Derivation} gave and its {@link DerivationSummary}.
 *
 * @param observations the observations, sorted by indicator, unit, breakdown and period
 * @param summary what was read and what could not be attributed
 */
public record DerivationResult(List<Observation> observations, DerivationSummary summary) {

  /**
   * Copies the observations.
   *
   * @param observations the observations
   * @param summary the summary
   * @throws NullPointerException if an argument is null
   */
  public DerivationResult {
    observations = List.copyOf(observations);
    Objects.requireNonNull(summary, "summary");
  }
}
