/**
 * Binding of observations ({@link org.reformindicators.core.observation.Observation}), their SDMX statuses
 * (written as the one-letter code, e.g. {@code "A"}) and observation sets as JSON and YAML documents of kind
 * {@code observations}; the same fields as the observation CSV plus {@code source}.
 *
 * <p>Internal: not part of the API and left out of the published Javadoc; it may change in any release. Use
 * {@link org.reformindicators.io.ReformIndicatorsIo} or {@link org.reformindicators.io.ReformIndicatorsModule}.
 */
package org.reformindicators.io.internal.observation;
