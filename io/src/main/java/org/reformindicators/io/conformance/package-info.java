/**
 * The conformance suite: versioned test vectors (a vector's inputs are the library's own documents, its expected
 * outputs are written by hand with their arithmetic), the bundled engine's runner, and the comparison of any
 * system's outputs with the expected ones ({@code docs/formats/conformance.md}, {@code docs/conformance.md}). The
 * vectors ship as resources under {@code org/reformindicators/io/conformance/}; {@link
 * org.reformindicators.io.conformance.ConformanceSuite#bundled()} reads them.
 */
package org.reformindicators.io.conformance;
