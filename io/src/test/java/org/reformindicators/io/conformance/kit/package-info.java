/**
 * The conformance test kit for implementers, shipped in the io test-jar: {@link
 * org.reformindicators.io.conformance.kit.ConformanceKit} runs every vector against a {@link
 * org.reformindicators.io.conformance.kit.SystemUnderTest}; {@link
 * org.reformindicators.io.conformance.kit.BundledEngineSystem} is the bundled engine behind that interface.
 */
package org.reformindicators.io.conformance.kit;
