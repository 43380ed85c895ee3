/**
 * Binding of observations ({@link org.reformindicators.core.observation.Observation}), their SDMX statuses
 * (written as the one-letter code, e.g. {@code "A"}) and observation sets as JSON and YAML documents of kind
 * {@code observations}; the same fields as the observation CSV plus {@code source}.
 */
package org.reformindicators.io.internal.observation;
