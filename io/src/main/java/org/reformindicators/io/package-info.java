/**
 * The entry points of the io module: the Jackson {@link org.reformindicators.io.ReformIndicatorsModule}
 * and the facades that read and write plans, indicator catalogues, unit registries, methodologies,
 * observation sets, plan assessments and composite results as JSON, YAML and CSV files.
 */
package org.reformindicators.io;
