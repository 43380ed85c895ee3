/**
 * Uncertainty and sensitivity analysis of a composite index's ranks, modelled on JRC's COINr ({@code
 * get_sensitivity}, {@code remove_elements}): a seeded Monte Carlo over noisy weights and alternative
 * aggregations or normalisations giving each unit its nominal, median, 5th and 95th percentile rank, and the
 * rank change of every unit when one component is removed (JRC COINr, {@code get_sensitivity}). The Monte Carlo loop works on
 * primitive arrays with preallocated buffers.
 *
 * <p>The serialized forms of the values here are those of their generated implementations, which are not
 * part of the documented API.
 *
 * @serial exclude
 */
@ValueStyle
package org.reformindicators.core.composite.uncertainty;

import org.reformindicators.core.internal.ValueStyle;
