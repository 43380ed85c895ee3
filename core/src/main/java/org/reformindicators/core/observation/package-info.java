/**
 * Observations (số liệu quan sát): an {@link org.reformindicators.core.observation.Observation} is one value of one
 * indicator for one administrative unit and one reporting period, with its SDMX {@link
 * org.reformindicators.core.observation.ObservationStatus}, the universe of a rank, breakdown values, a note and a
 * source. An immutable {@link org.reformindicators.core.observation.ObservationSet} indexes observations for fast
 * lookup of a {@link org.reformindicators.core.observation.TimeSeries} by indicator and unit, and rejects
 * conflicting duplicates; an {@link org.reformindicators.core.observation.ObservationValidator} checks observations
 * against indicator definitions and a unit registry, and {@link org.reformindicators.core.observation.RankRules}
 * checks what a rank claims on its own (a whole number within its universe, a universe no larger than the units
 * of its level), even without definitions.
 */
@ValueStyle
package org.reformindicators.core.observation;

import org.reformindicators.core.internal.ValueStyle;
