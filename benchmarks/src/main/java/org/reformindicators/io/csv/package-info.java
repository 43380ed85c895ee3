/**
 * Benchmarks of the observation CSV that need the package-private tokenizer of {@code io}'s package of the same
 * name ({@code CsvTokenizer}); compiled only into the never-deployed benchmarks jar.
 */
package org.reformindicators.io.csv;
