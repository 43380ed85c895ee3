/**
 * Binding of composite-index methodologies ({@link org.reformindicators.core.composite.CompositeIndex} and
 * its {@link org.reformindicators.core.composite.IndexNode} tree) in the methodology format of {@code
 * docs/formats/methodology.md}: closed sets of lower-case, hyphenated names for aggregations,
 * normalisations, scoring rules, missing-data policies, ranking methods and groupings, and numbers read from
 * their text as exact decimals.
 */
package org.reformindicators.io.composite;
