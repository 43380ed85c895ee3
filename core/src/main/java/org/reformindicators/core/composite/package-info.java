/**
 * Composite indices (chỉ số tổng hợp) as immutable, versioned definition trees and their exact evaluation:
 * {@link org.reformindicators.core.composite.CompositeIndex} (PCI, PAPI, PAR INDEX, SIPAS, the 766 index, or
 * any index defined in code), {@link org.reformindicators.core.composite.IndexNode} with weights, maximum
 * points, aggregations, normalisations and scoring rules, the missing-data and rounding policies, the {@link
 * org.reformindicators.core.composite.CompositeCalculator} that computes every node's score from a {@link
 * org.reformindicators.core.composite.DataMatrix} in exact decimal arithmetic, and the breakdown of a unit's
 * score into points contributed and lost. Sub-packages hold the normalisations, scoring rules, rankings and the
 * Monte Carlo uncertainty analysis (JRC COINr's model; methods.md §2).
 */
package org.reformindicators.core.composite;
