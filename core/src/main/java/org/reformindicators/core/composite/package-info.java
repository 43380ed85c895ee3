/**
 * Composite indices (chỉ số tổng hợp) as immutable, versioned definition trees and their exact evaluation:
 * {@link org.reformindicators.core.composite.CompositeIndex} (PCI, PAPI, PAR INDEX, SIPAS, the 766 index, or
 * any index defined in code), {@link org.reformindicators.core.composite.IndexNode} with weights, maximum
 * points, aggregations, normalisations and scoring rules, the missing-data and rounding policies, the {@link
 * org.reformindicators.core.composite.CompositeCalculator} that computes every node's score from a {@link
 * org.reformindicators.core.composite.DataMatrix} in exact decimal arithmetic, and the breakdown of a unit's
 * score into points contributed and lost. Sub-packages hold the normalisations, scoring rules, rankings and the
 * Monte Carlo uncertainty analysis (JRC COINr's model).
 *
 * <pre>{@code
 * CompositeIndex pci = ...; // read by the io module from pci.yaml, or built with CompositeIndex.builder("pci")
 * DataMatrix data = DataMatrix.builder(List.of("PCI_ENTRY_COSTS", ..., "PCI_LEGAL_INSTITUTIONS"))
 *     .row("51", "8.23", "6.65", "6.96", "6.56", "5.93", "5.46", "5.90", "6.17", "6.24", "6.49")
 *     .build();
 * CompositeResult result = CompositeCalculator.evaluate(pci, data);
 * result.total("51");                 // Optional[64.32] (exactly 64.315, rounded half up)
 * result.breakdown("51").byPointsLost(); // Business Support 7.66 points lost, Labour Training 7.52, ...
 * result.ranking().describe("51");    // e.g. "41/63"
 * }</pre>
 *
 * <p>A methodology ({@link org.reformindicators.core.composite.CompositeIndex} and its nodes) is {@link
 * java.io.Serializable}: Java serialization ships them between JVMs of the same library version inside one job
 * (Spark's executors); it is not a storage or exchange format, which is io's versioned JSON and YAML.
 *
 * @serial exclude
 */
@ValueStyle
package org.reformindicators.core.composite;

import org.reformindicators.core.internal.ValueStyle;
